import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEMO_ANALYST,
  type DemoAccount,
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  screenshot,
  signIn,
  trackPageErrors,
} from './support'

// Saved investigations (docs/investigations.md), as demo.analyst: save a nominal's network chart
// to a new investigation, find it on the Investigations page, open it again on the network page
// (drawn again through the network API, the pin back in place). A user of another area cannot see
// it: not listed, and its page is "Not found". A search saved from the search page to the same
// investigation opens the search page again with the same query and filters, and the same results.
const DEMO_ADMIN: DemoAccount = {
  username: 'demo.admin',
  password: 'Vigil-Demo-Admin-1',
  secret: 'JRJYP2H6WM6UNDTO42BYESW5KDYGSKCD',
}

let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]
let nominalId: string
let surname: string
let outsider: DemoAccount
const runId = Date.now().toString(36)
const investigationName = `E2E ring ${runId}`
let investigationId: string | null = null

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'en-GB' })
  const first = await context.newPage()
  await signIn(first, baseUrl(), DEMO_ANALYST)
  const list = await first.request.get(`${baseUrl()}/api/nominals?area=cumbria&size=10`)
  expect(list.status(), 'GET /api/nominals').toBe(200)
  const nominals = ((await list.json()) as { items: { id: string; surname: string }[] }).items
  surname = nominals[0]!.surname
  for (const { id } of nominals) {
    const r = await first.request.get(`${baseUrl()}/api/network?id=${encodeURIComponent(id)}&hops=1`, { timeout: 60_000 })
    if (r.status() === 200 && ((await r.json()) as { nodes: unknown[] }).nodes.length >= 3) {
      nominalId = id
      break
    }
  }
  expect(nominalId, 'a demo nominal with a network').toBeTruthy()
  await first.close()

  // A colleague of another area (Lancashire), made by the demo administrator for this run.
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signIn(admin, baseUrl(), DEMO_ADMIN)
  const csrf = ((await (await admin.request.get(`${baseUrl()}/api/session`)).json()) as { csrfToken: string }).csrfToken
  const password = `Outsider-${runId}-Passw0rd!`
  const created = await admin.request.post(`${baseUrl()}/api/admin/users`, {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      username: `e2e.lancs.${runId}`, displayName: 'E2E Lancashire Analyst', agency: 'lancashire-police', areas: ['lancashire'],
      roles: ['ANALYST'], clearance: 'OFFICIAL_SENSITIVE', vettingLevel: 'NPPV3', vettingExpiry: '2030-01-01', password,
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const body = (await created.json()) as { user: { username: string }; totpSecret: string }
  outsider = { username: body.user.username, password, secret: body.totpSecret }
  await adminContext.close()
}, 240_000)
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

const recordRows = () => page.locator('[data-testid="network-records"] tbody tr')

describe('saved investigations', () => {
  it('an analyst saves a network chart, finds it on the Investigations page and opens it again', async () => {
    await page.goto(`${baseUrl()}/nominals/${encodeURIComponent(nominalId)}/network`)
    await expect.poll(() => recordRows().count(), { timeout: 60_000 }).toBeGreaterThan(2)
    const drawn = await recordRows().count()
    // Pin the second record: its place is saved with the chart.
    const second = recordRows().nth(1)
    const pinnedCaption = (await second.locator('th').textContent())!.trim()
    await second.locator('input[type="checkbox"]').check()
    await page.getByRole('button', { name: 'Pin or unpin' }).click()
    await expect.poll(() => second.locator('td').nth(2).textContent()).toBe('Yes')

    const save = page.locator('[data-testid="save-investigation"]')
    await save.getByLabel('Investigation name').fill(investigationName)
    await save.getByLabel('Description (optional)').fill('Saved by the end-to-end test')
    await save.getByLabel('Chart name').fill('First look')
    await save.getByRole('button', { name: 'Save chart' }).click()
    const status = page.locator('[data-testid="save-investigation-status"]')
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(`Saved to ${investigationName}`)
    const href = await status.locator('a').getAttribute('href')
    investigationId = decodeURIComponent(href!.replace('/investigations/', ''))
    await screenshot(page, 'investigation-save')

    // The Investigations page, from the header.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Investigations' }).click()
    await page.waitForURL(/\/investigations$/)
    const row = page.locator('[data-testid="investigations"] tbody tr', { hasText: investigationName })
    await row.waitFor()
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'investigations')
    await row.getByRole('link', { name: investigationName }).click()
    await page.waitForURL(new RegExp(`/investigations/${investigationId}$`))
    await expect.poll(() => page.locator('h1').textContent()).toBe(investigationName)
    await expect.poll(() => page.locator('[data-testid="investigation-charts"]').textContent()).toContain('First look')
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'investigation')

    // Open the chart: drawn again through the network API, with the pin in place.
    await page.getByRole('link', { name: /Open on the network page/ }).click()
    await page.waitForURL(/\/network\?investigation=/)
    await page.locator('[data-testid="replayed"]').waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-testid="replayed"]').textContent()).toContain('First look')
    await expect.poll(() => recordRows().count(), { timeout: 60_000 }).toBe(drawn)
    const pinnedRow = recordRows().filter({ has: page.locator('th', { hasText: pinnedCaption }) }).first()
    expect(await pinnedRow.locator('td').nth(2).textContent()).toBe('Yes')
    await screenshot(page, 'investigation-replayed')
  }, 240_000)

  it('a user of another area does not see it: not listed, and its page is not found', async () => {
    expect(investigationId, 'the first test saved one').toBeTruthy()
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    const p = await other.newPage()
    const errors = trackPageErrors(p)
    await signIn(p, baseUrl(), outsider)
    const list = await p.request.get(`${baseUrl()}/api/investigations?size=100`)
    expect(list.status()).toBe(200)
    expect(await list.text()).not.toContain(investigationName)
    expect((await p.request.get(`${baseUrl()}/api/investigations/${investigationId}`)).status()).toBe(404)
    await p.goto(`${baseUrl()}/investigations`)
    await p.locator('h1', { hasText: 'Investigations' }).waitFor()
    await p.waitForLoadState('networkidle')
    expect(await p.locator('main').textContent()).not.toContain(investigationName)
    await p.goto(`${baseUrl()}/investigations/${investigationId}`)
    await expect.poll(() => p.locator('h1').textContent(), { timeout: 20_000 }).toBe('Not found')
    expect(await p.locator('main').textContent()).not.toContain(investigationName)
    await screenshot(p, 'investigation-other-area')
    expect(errors).toEqual([])
    await other.close()
  }, 120_000)

  it('an analyst saves a search from the search page; "Search again" from the investigation shows the same results', async () => {
    expect(investigationId, 'the first test saved one').toBeTruthy()
    const results = page.locator('[data-testid="search-results"] [data-testid="search-result"]')
    const shown = async () => results.evaluateAll((cards) => cards.map((c) => `${c.getAttribute('data-type')}:${c.getAttribute('data-id')}`))
    await page.goto(`${baseUrl()}/search?q=${encodeURIComponent(surname)}&type=PERSON`)
    await expect.poll(() => results.count(), { timeout: 60_000 }).toBeGreaterThan(0)
    const before = await shown()
    const statusBefore = await page.locator('[data-testid="search-status"]').textContent()

    const save = page.locator('[data-testid="save-investigation"]')
    await save.getByLabel('An existing investigation').check()
    await save.getByLabel('Investigation', { exact: true }).selectOption({ label: investigationName })
    await save.getByRole('button', { name: 'Save search' }).click()
    const status = page.locator('[data-testid="save-investigation-status"]')
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(`Saved to ${investigationName}`)
    await screenshot(page, 'search-saved-to-investigation')

    await status.getByRole('link', { name: investigationName }).click()
    await page.waitForURL(new RegExp(`/investigations/${investigationId}$`))
    const searches = page.locator('[data-testid="investigation-searches"]')
    await expect.poll(() => searches.textContent(), { timeout: 20_000 }).toContain(`q: ${surname}`)
    await expectNoSeriousA11yViolations(page)
    await searches.getByRole('link', { name: 'Search again' }).last().click()
    await page.waitForURL(/\/search\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('q')).toBe(surname)
    expect(url.searchParams.getAll('type')).toEqual(['PERSON'])
    await expect.poll(() => results.count(), { timeout: 60_000 }).toBeGreaterThan(0)
    expect(await shown()).toEqual(before)
    expect(await page.locator('[data-testid="search-status"]').textContent()).toBe(statusBefore)
    await screenshot(page, 'search-again')
  }, 180_000)
})
