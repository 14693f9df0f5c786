import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import {
  DEMO_POLICE,
  SCREENSHOT_DIR,
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  screenshot,
  signIn,
  trackPageErrors,
} from './support'

// The suspect search page, as demo.police: an offence near a demo nominal's home, the ranked list,
// the map, re-ranking, the CSV and PDF exports, a suspect's network, and the crime reference it
// will not search without.
let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]
let place: { lat: number; lng: number }

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB', acceptDownloads: true })
  const first = await context.newPage()
  await signIn(first, baseUrl(), DEMO_POLICE)
  const list = await first.request.get(`${baseUrl()}/api/nominals?area=cumbria&size=5`)
  expect(list.status(), 'GET /api/nominals').toBe(200)
  const id = ((await list.json()) as { items: { id: string }[] }).items[0]!.id
  const profile = await first.request.get(`${baseUrl()}/api/nominals/${id}`, { headers: { 'X-Vigil-Purpose': 'e2e suspect search' } })
  expect(profile.status(), 'GET /api/nominals/{id}').toBe(200)
  const addresses = ((await profile.json()) as { addresses: { lat: number; lng: number }[] }).addresses
  place = addresses.find((a) => a.lat) ?? { lat: 54.8925, lng: -2.9329 }
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

async function fill(purpose: string): Promise<void> {
  await page.goto(`${baseUrl()}/suspects`)
  await page.getByLabel('Crime reference').fill(purpose)
  await page.getByLabel('Latitude').fill(String(place.lat))
  await page.getByLabel('Longitude').fill(String(place.lng))
  await page.getByLabel('Radius in metres').fill('3000')
  await page.getByLabel('From', { exact: true }).fill('2026-10-01T21:00')
  await page.getByLabel('To', { exact: true }).fill('2026-10-01T23:30')
  await page.getByLabel("Suspect's sex").selectOption('M')
  await page.getByLabel('Description: build, hair, marks, scars, tattoos').fill('stocky, dark hair, tattoo on neck')
}

it('finds, explains, maps, re-ranks and exports suspects for an offence', async () => {
  await fill('CR/E2E/0001')
  await page.getByTestId('suspect-submit').click()
  const table = page.getByTestId('suspect-table')
  await table.waitFor({ timeout: 60_000 })
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
  expect(await page.getByTestId('suspect-map').locator('.leaflet-interactive').count()).toBeGreaterThan(1)
  await expect.poll(() => page.locator('.suspect-reasons li').first().textContent()).toBeTruthy()
  await screenshot(page, 'suspects-results')
  // the viewport at the results: map and the first rows, at a size a person can look at
  await page.locator('#suspect-results-heading').evaluate((h) => h.scrollIntoView())
  await page.screenshot({ path: `${SCREENSHOT_DIR}suspects-results-top.png` })
  await page.getByTestId('suspect-sort').selectOption('OPPORTUNITY')
  expect(await page.locator('caption').textContent()).toContain('Opportunity')
  const download = page.waitForEvent('download')
  await page.getByTestId('suspect-csv').click()
  expect((await download).suggestedFilename()).toBe('suspects-CR_E2E_0001.csv')
  await expectNoSeriousA11yViolations(page)
}, 120_000)

// A planted case of the demo (manifest.json, docs/generator.md) whose offender's GPS tag went to the
// place and whose tagged look-alike stayed at home: BrowserE2EIT passes the manifest's path.
interface PlantedCase {
  id: string
  offender: string
  offenderTagged: boolean
  decoys: { nominal: string; kind: string }[]
  inputs: { lat: number; lng: number; radiusM: number; window: { from: string; to: string }; suspectSex: string; suspectDescription: string }
}

it('shows what a tag says: the offender placed at the scene by his tag, a look-alike ruled out by his trail', async () => {
  const manifestPath = process.env.VIGIL_DEMO_MANIFEST
  expect(manifestPath, 'VIGIL_DEMO_MANIFEST (set by BrowserE2EIT)').toBeTruthy()
  const manifest = JSON.parse(await readFile(manifestPath!, 'utf8')) as { suspectCases: { items: PlantedCase[] } }
  const planted = manifest.suspectCases.items.find((c) => c.offenderTagged && c.decoys.some((d) => d.kind === 'TAG_ALIBI'))!
  expect(planted, 'a planted case with a tagged offender and a tag alibi').toBeTruthy()
  const alibi = planted.decoys.find((d) => d.kind === 'TAG_ALIBI')!.nominal
  await page.goto(`${baseUrl()}/suspects`)
  await page.getByLabel('Crime reference').fill('CR/E2E/0003')
  await page.getByLabel('Latitude').fill(String(planted.inputs.lat))
  await page.getByLabel('Longitude').fill(String(planted.inputs.lng))
  await page.getByLabel('Radius in metres').fill(String(planted.inputs.radiusM))
  await page.getByLabel('From', { exact: true }).fill(planted.inputs.window.from)
  await page.getByLabel('To', { exact: true }).fill(planted.inputs.window.to)
  await page.getByLabel("Suspect's sex").selectOption(planted.inputs.suspectSex)
  await page.getByLabel('Description: build, hair, marks, scars, tattoos').fill(planted.inputs.suspectDescription)
  await page.getByTestId('suspect-submit').click()
  const row = page.getByTestId(`suspect-${planted.offender}`)
  await row.waitFor({ timeout: 60_000 })
  expect(await row.textContent()).toContain('His tag placed him')
  const ruledOut = page.getByTestId('suspect-ruled-out')
  await ruledOut.locator('summary').click()
  const why = ruledOut.locator('li', { hasText: alibi })
  expect(await why.textContent()).toContain('Tag data covers the whole window')
  await row.scrollIntoViewIfNeeded()
  await screenshot(page, 'suspects-tag')
  await expectNoSeriousA11yViolations(page)
}, 120_000)

it('will not search without a crime reference and says so', async () => {
  await fill('')
  await page.getByTestId('suspect-submit').click()
  const error = page.getByTestId('suspect-error')
  await error.waitFor()
  expect(await error.textContent()).toContain('crime reference')
  await screenshot(page, 'suspects-no-reference')
}, 60_000)

it('downloads the list as a marked PDF made by the server, and opens a suspect\'s network', async () => {
  await fill('CR/E2E/0002')
  await page.getByTestId('suspect-submit').click()
  const table = page.getByTestId('suspect-table')
  await table.waitFor({ timeout: 60_000 })
  const download = page.waitForEvent('download', { timeout: 60_000 })
  const [exported] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/suspects/export.pdf', { timeout: 60_000 }),
    page.getByTestId('suspect-pdf').click(),
  ])
  expect(exported.status()).toBe(200)
  expect(exported.headers()['content-type']).toContain('application/pdf')
  const file = await download
  expect(file.suggestedFilename()).toBe('suspects-CR_E2E_0002.pdf')
  const bytes = await readFile((await file.path())!)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(bytes.length).toBeGreaterThan(1000)

  const first = table.locator('tbody tr').first()
  const id = (await first.getAttribute('data-testid'))!.replace('suspect-', '')
  await first.getByRole('link', { name: 'Open network' }).click()
  await page.waitForURL(new RegExp(`/nominals/${encodeURIComponent(id)}/network$`))
  const rows = page.locator('[data-testid="network-records"] tbody tr')
  await expect.poll(() => rows.count(), { timeout: 120_000 }).toBeGreaterThan(0)
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy()
  await screenshot(page, 'suspects-network')
}, 180_000)

it('saves the search to an investigation and searches again from it, filled in', async () => {
  await fill('CR/E2E/0003')
  await page.getByLabel('Plate or part (? unknown)').fill('K?6')
  await page.getByTestId('suspect-submit').click()
  await page.getByTestId('suspect-table').waitFor({ timeout: 60_000 })
  const save = page.getByTestId('save-investigation')
  const name = `Op E2E suspects ${Date.now()}`
  await save.getByLabel('Investigation name').fill(name)
  await save.getByRole('button', { name: 'Save search' }).click()
  const link = page.getByTestId('save-investigation-status').getByRole('link', { name })
  await link.waitFor({ timeout: 30_000 })
  await link.click()
  await page.waitForURL(/\/investigations\/[^/]+$/)
  const searches = page.getByTestId('investigation-searches')
  await searches.waitFor()
  expect(await searches.textContent()).toContain('CR/E2E/0003')
  await searches.getByRole('link', { name: 'Search again' }).click()
  await page.waitForURL(/\/suspects\?investigation=/)
  await page.getByTestId('suspect-filled').waitFor()
  expect(await page.getByLabel('Plate or part (? unknown)').inputValue()).toBe('K?6')
  expect(await page.getByLabel('Latitude').inputValue()).toBe(String(place.lat))
  expect(await page.getByLabel('Crime reference').inputValue()).toBe('')
  await screenshot(page, 'suspects-saved-search-again')
}, 120_000)
