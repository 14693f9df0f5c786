import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEMO_ANALYST,
  DEMO_VLO,
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  screenshot,
  signIn,
  trackPageErrors,
} from './support'

// Conflicts, vetting and the map, as demo.analyst (a Responsible Authority analyst without victim
// details): a whole-area scan from the dashboard, a nominal's map over the plain offline base (no
// tile source configured), and a vetting check. Signs in once; each test opens its own page.
let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]


beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  const first = await context.newPage()
  await signIn(first, baseUrl(), DEMO_ANALYST)
  await first.close()
}, 90_000)
afterAll(async () => {
  await context?.close()
  await browser?.close()
})
beforeEach(async () => {
  page = await context.newPage()
  pageErrors = trackPageErrors(page)
})
afterEach(async () => {
  await page?.close()
  expect(pageErrors, 'uncaught errors in the page').toEqual([])
})

/**
 * Hides the map's overlays (layer control), so that a click or a drag reaches the drawing and editing
 * tools rather than a town's label, a sensitive place or a zone drawn under the pointer: where those
 * lie depends on the demo's data.
 */
async function hideOverlays(p: Page): Promise<void> {
  const checked = p.locator('.leaflet-control-layers-overlays input[type="checkbox"]:checked')
  while ((await checked.count()) > 0) await checked.first().uncheck()
}

describe('conflicts, vetting and the map', () => {
  it('scans the area from the dashboard and lists what it found', async () => {
    await page.goto(`${baseUrl()}/conflicts`)
    await page.getByRole('button', { name: 'Scan the whole area now' }).click()
    await expect.poll(async () => page.getByTestId('scan-status').textContent(), { timeout: 120_000, interval: 1000 }).toContain('done')
    await expect.poll(async () => page.getByTestId('conflict-row').count(), { timeout: 20_000 }).toBeGreaterThan(0)
    const text = (await page.locator('table').textContent()) ?? ''
    expect(text).toContain('Inside an exclusion zone')
    await screenshot(page, 'geo-conflicts')
    await expectNoSeriousA11yViolations(page)
  }, 180_000)

  it('draws a nominal map over the plain base, with the purpose asked first', async () => {
    const response = await page.request.get(`${baseUrl()}/api/conflicts?area=cumbria&rule=EXCLUSION_ZONE`)
    expect(response.status()).toBe(200)
    const nominal = ((await response.json()) as { items: { nominal: { id: string } }[] }).items[0]!.nominal.id
    await page.goto(`${baseUrl()}/nominals/${nominal}/map`)
    await page.getByTestId('purpose-form').waitFor()
    await page.locator('#purpose').fill('Checking exclusion zone conflicts for the MAPPA meeting')
    await page.getByRole('button', { name: 'Open record' }).click()
    await page.locator('.leaflet-container').waitFor({ timeout: 20_000 })
    const summary = (await page.getByTestId('map-summary').textContent()) ?? ''
    expect(summary).toContain('exclusion zones')
    expect(summary).toContain('No map tiles are configured')
    expect(await page.locator('.leaflet-interactive').count()).toBeGreaterThan(3)
    // an analyst may not see zones' shapes, so may not edit them either
    expect(await page.getByRole('button', { name: /Edit shape/ }).count()).toBe(0)
    expect(await page.getByTestId('zone-list').count()).toBe(0)
    await screenshot(page, 'geo-map')
    await expectNoSeriousA11yViolations(page)
  }, 60_000)

  it('vets an address and shows what it found, victims redacted', async () => {
    // a home inside a zone: vetting that address again must find it
    const response = await page.request.get(`${baseUrl()}/api/conflicts?area=cumbria&rule=EXCLUSION_ZONE`)
    const items = ((await response.json()) as { items: { id: string; relation: string; nominal: { id: string } }[] }).items
    const home = items.find((i) => i.relation === 'LIVES_AT')!
    const detail = (await (await page.request.get(`${baseUrl()}/api/conflicts/${home.id}`)).json()) as {
      involves: { role: string; id?: string }[]
    }
    const address = detail.involves.find((i) => i.role === 'ADDRESS')!.id!
    await page.goto(`${baseUrl()}/vetting`)
    await page.locator('#vet-nominal').fill(home.nominal.id)
    await page.locator('#vet-address').fill(address)
    await page.locator('#vet-purpose').fill('Vetting a proposed release address')
    await page.getByRole('button', { name: 'Check the address' }).click()
    await page.getByTestId('vetting-result').waitFor({ timeout: 20_000 })
    const text = (await page.getByTestId('vetting-result').textContent()) ?? ''
    expect(text).toContain('Inside an exclusion zone')
    expect(text).toMatch(/details withheld|None\./)
    await screenshot(page, 'geo-vetting')
    await expectNoSeriousA11yViolations(page)
  }, 60_000)

  it('a victim liaison officer draws a circle zone on the map and the server stores it', async () => {
    const vloContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    const vloPage = await vloContext.newPage()
    const errors = trackPageErrors(vloPage)
    try {
      await signIn(vloPage, baseUrl(), DEMO_VLO)
      const response = await vloPage.request.get(`${baseUrl()}/api/conflicts?area=cumbria&rule=EXCLUSION_ZONE`)
      const nominal = ((await response.json()) as { items: { nominal: { id: string } }[] }).items[0]!.nominal.id
      await vloPage.goto(`${baseUrl()}/nominals/${nominal}/map`)
      // a purpose is asked only outside the officer's own caseload
      await vloPage.locator('.leaflet-container, [data-testid="purpose-form"]').first().waitFor({ timeout: 20_000 })
      if (await vloPage.getByTestId('purpose-form').isVisible()) {
        await vloPage.locator('#purpose').fill('Drawing a victim exclusion zone requested by the victim')
        await vloPage.getByRole('button', { name: 'Open record' }).click()
      }
      await vloPage.locator('.leaflet-container').waitFor({ timeout: 20_000 })
      const before = await vloPage.locator('.leaflet-overlay-pane path').count()
      await hideOverlays(vloPage)
      await vloPage.locator('.leaflet-pm-icon-circle').click()
      const box = (await vloPage.locator('.leaflet-container').boundingBox())!
      const cx = box.x + box.width / 2
      const cy = box.y + box.height / 2
      await vloPage.mouse.click(cx, cy)
      await vloPage.mouse.move(cx + 30, cy, { steps: 5 })
      await vloPage.mouse.click(cx + 30, cy)
      await vloPage.locator('#zone-name').fill('Drawn in the browser test')
      await screenshot(vloPage, 'geo-zone-drawn')
      await vloPage.getByRole('button', { name: 'Save zone' }).click()
      await vloPage.getByText(/Zone EZ-.* saved/).waitFor({ timeout: 20_000 })
      await vloPage.locator('.leaflet-container').waitFor()
      // the map is drawn again from the server, all layers on, the new zone among them
      await expect.poll(() => vloPage.locator('.leaflet-overlay-pane path').count(), { timeout: 20_000 }).toBeGreaterThan(before)
      await screenshot(vloPage, 'geo-zone-saved')
      await expectNoSeriousA11yViolations(vloPage)
      expect(errors, 'uncaught errors in the page').toEqual([])
    } finally {
      await vloContext.close()
    }
  }, 90_000)

  it('a victim liaison officer edits a zone\'s shape on the map and the server stores the new shape', async () => {
    const vloContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    const vloPage = await vloContext.newPage()
    const errors = trackPageErrors(vloPage)
    const why = { 'X-Vigil-Purpose': 'Editing a victim exclusion zone after a licence variation' }
    try {
      await signIn(vloPage, baseUrl(), DEMO_VLO)
      const response = await vloPage.request.get(`${baseUrl()}/api/conflicts?area=cumbria&rule=EXCLUSION_ZONE`)
      const nominal = ((await response.json()) as { items: { nominal: { id: string } }[] }).items[0]!.nominal.id
      type Zone = { id: string; version: number; radiusM: number | null; geometry: unknown; centre: unknown }
      const zones = async (): Promise<Zone[]> =>
        ((await (await vloPage.request.get(`${baseUrl()}/api/nominals/${nominal}/map`, { headers: why })).json()) as { zones: Zone[] }).zones
      const zone = (await zones()).find((z) => z.geometry !== null)!
      expect(zone, 'a zone the officer may see').toBeTruthy()
      await vloPage.goto(`${baseUrl()}/nominals/${nominal}/map`)
      await vloPage.locator('.leaflet-container, [data-testid="purpose-form"]').first().waitFor({ timeout: 20_000 })
      if (await vloPage.getByTestId('purpose-form').isVisible()) {
        await vloPage.locator('#purpose').fill(why['X-Vigil-Purpose'])
        await vloPage.getByRole('button', { name: 'Open record' }).click()
      }
      await vloPage.locator('.leaflet-container').waitFor({ timeout: 20_000 })
      await hideOverlays(vloPage)
      await vloPage.getByTestId(`edit-zone-${zone.id}`).click()
      // geoman's handles: a polygon's corners, or a circle's centre and edge
      const handle = vloPage.locator('.leaflet-marker-pane .marker-icon:not(.marker-icon-middle)').first()
      await handle.waitFor({ timeout: 10_000 })
      // grab it only once it stays put (the map may still be moving to the zone)
      let at = (await handle.boundingBox())!
      await expect.poll(async () => {
        const now = (await handle.boundingBox())!
        const still = now.x === at.x && now.y === at.y
        at = now
        return still
      }, { timeout: 10_000, interval: 300 }).toBe(true)
      await vloPage.mouse.move(at.x + at.width / 2, at.y + at.height / 2)
      await vloPage.mouse.down()
      await vloPage.mouse.move(at.x + at.width / 2 + 45, at.y + at.height / 2 + 25, { steps: 8 })
      await vloPage.mouse.up()
      await screenshot(vloPage, 'geo-zone-editing')
      const [put] = await Promise.all([
        vloPage.waitForResponse((r) => new URL(r.url()).pathname === `/api/zones/${zone.id}/shape`, { timeout: 30_000 }),
        vloPage.getByRole('button', { name: 'Save shape' }).click(),
      ])
      expect(put.status()).toBe(200)
      console.log(`zone ${zone.id} reshaped; its conflicts recomputed in ${((await put.json()) as { recomputeMillis: number }).recomputeMillis} ms`)
      await vloPage.getByText(new RegExp(`Zone ${zone.id} reshaped`)).waitFor({ timeout: 30_000 })
      const stored = (await zones()).find((z) => z.id === zone.id)!
      expect(stored.version).toBe(zone.version + 1)
      expect(JSON.stringify([stored.geometry, stored.radiusM, stored.centre])).not.toBe(
        JSON.stringify([zone.geometry, zone.radiusM, zone.centre]))
      await vloPage.locator('.leaflet-container').waitFor()
      await screenshot(vloPage, 'geo-zone-edited')
      await expectNoSeriousA11yViolations(vloPage)
      expect(errors, 'uncaught errors in the page').toEqual([])
    } finally {
      await vloContext.close()
    }
  }, 120_000)

  it("a victim liaison officer edits a zone's name and dates under the map and sees them saved", async () => {
    const vloContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    const vloPage = await vloContext.newPage()
    const errors = trackPageErrors(vloPage)
    const why = { 'X-Vigil-Purpose': 'Correcting a victim exclusion zone after a licence variation' }
    try {
      await signIn(vloPage, baseUrl(), DEMO_VLO)
      const response = await vloPage.request.get(`${baseUrl()}/api/conflicts?area=cumbria&rule=EXCLUSION_ZONE`)
      const nominal = ((await response.json()) as { items: { nominal: { id: string } }[] }).items[0]!.nominal.id
      type Zone = { id: string; version: number; name: string | null; from: string; to: string | null; condition: string;
        geometry: unknown; radiusM: number | null; protectedPerson: { id: string } | null }
      const zones = async (): Promise<Zone[]> =>
        ((await (await vloPage.request.get(`${baseUrl()}/api/nominals/${nominal}/map`, { headers: why })).json()) as { zones: Zone[] }).zones
      const zone = (await zones()).find((z) => z.geometry !== null)!
      expect(zone, 'a zone the officer may see').toBeTruthy()
      await vloPage.goto(`${baseUrl()}/nominals/${nominal}/map`)
      await vloPage.locator('.leaflet-container, [data-testid="purpose-form"]').first().waitFor({ timeout: 20_000 })
      if (await vloPage.getByTestId('purpose-form').isVisible()) {
        await vloPage.locator('#purpose').fill(why['X-Vigil-Purpose'])
        await vloPage.getByRole('button', { name: 'Open record' }).click()
      }
      await vloPage.locator('.leaflet-container').waitFor({ timeout: 20_000 })
      await vloPage.getByTestId(`edit-details-${zone.id}`).click()
      const form = vloPage.getByTestId('zone-details-form')
      await form.waitFor()
      expect(await vloPage.locator('#zone-details-from').inputValue()).toBe(zone.from)
      // a refusal is explained on the form, and nothing is stored
      await vloPage.locator('#zone-details-to').fill('2000-01-01')
      await vloPage.getByRole('button', { name: 'Save details' }).click()
      await expect.poll(() => form.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('to must not be before from')
      const name = `Town centre (varied ${Date.now() % 100000})`
      await vloPage.locator('#zone-details-name').fill(name)
      await vloPage.locator('#zone-details-from').fill('2025-02-01')
      await vloPage.locator('#zone-details-to').fill('2027-03-31')
      await form.scrollIntoViewIfNeeded()
      await screenshot(vloPage, 'geo-zone-details')
      const [put] = await Promise.all([
        vloPage.waitForResponse((r) => new URL(r.url()).pathname === `/api/zones/${zone.id}` && r.request().method() === 'PUT', { timeout: 30_000 }),
        vloPage.getByRole('button', { name: 'Save details' }).click(),
      ])
      expect(put.status()).toBe(200)
      await vloPage.getByText(`Zone ${name} saved`).waitFor({ timeout: 30_000 })
      // the list under the reloaded map shows the new name and dates, and so does the server
      const row = vloPage.getByTestId(`zone-${zone.id}`)
      await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain(name)
      expect(await row.textContent()).toContain('2027')
      const stored = (await zones()).find((z) => z.id === zone.id)!
      expect(stored).toMatchObject({ name, from: '2025-02-01', to: '2027-03-31', version: zone.version + 1,
        condition: zone.condition, radiusM: zone.radiusM })
      expect(stored.protectedPerson?.id).toBe(zone.protectedPerson?.id)
      expect(stored.geometry).toEqual(zone.geometry) // the shape is unchanged
      await row.scrollIntoViewIfNeeded()
      await screenshot(vloPage, 'geo-zone-details-saved')
      await expectNoSeriousA11yViolations(vloPage)
      expect(errors, 'uncaught errors in the page').toEqual([])
    } finally {
      await vloContext.close()
    }
  }, 120_000)
})
