import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEMO_ANALYST,
  SCREENSHOT_DIR,
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  screenshot,
  signIn,
  trackPageErrors,
} from './support'

// The graph view, as demo.analyst (a Responsible Authority role): from a nominal's profile,
// "Open network", see the chart and its table, expand a record, highlight a path, export CSV.
let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]

interface Node {
  key: string
  id: string
  kind: string
  caption: string
}
interface Network {
  nodes: Node[]
  edges: { source: string; target: string }[]
}
/** A demo nominal with a network worth drawing, and a neighbour to expand. */
let target: { id: string; network: Network; neighbour: Node }

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'en-GB', acceptDownloads: true })
  const first = await context.newPage()
  await signIn(first, baseUrl(), DEMO_ANALYST)
  const list = await first.request.get(`${baseUrl()}/api/nominals?area=cumbria&size=10`)
  expect(list.status(), 'GET /api/nominals').toBe(200)
  const items = ((await list.json()) as { items: { id: string }[] }).items
  for (const { id } of items) {
    const r = await first.request.get(`${baseUrl()}/api/network?id=${encodeURIComponent(id)}&hops=2`, { timeout: 60_000 })
    if (r.status() !== 200) continue
    const network = (await r.json()) as Network
    const neighbour = network.nodes.find(
      (n) => n.kind === 'ADDRESS' && network.edges.some((e) => e.source === `PERSON:${id}` && e.target === n.key),
    )
    if (network.nodes.length >= 4 && neighbour) {
      target = { id, network, neighbour }
      break
    }
  }
  expect(target, 'a demo nominal with a network').toBeTruthy()
  await first.close()
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

async function openNetworkFromProfile(): Promise<void> {
  await page.goto(`${baseUrl()}/nominals/${encodeURIComponent(target.id)}`)
  // An analyst has no caseload: the profile asks why first.
  await page.locator('[data-testid="purpose-form"]').waitFor()
  await page.getByLabel('Why do you need to open this record?').fill('Automated end-to-end test of the network view (E2E-0005)')
  await page.getByRole('button', { name: 'Open record' }).click()
  await page.getByRole('link', { name: 'Open network' }).click()
  await page.waitForURL(new RegExp(`/nominals/${encodeURIComponent(target.id)}/network$`))
  await expect.poll(() => page.locator('[data-testid="network-records"] tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(1)
}

describe('the network graph view', () => {
  it('opens from the profile, draws the network and lists it in tables', async () => {
    await openNetworkFromProfile()
    const rows = page.locator('[data-testid="network-records"] tbody tr')
    // Every record of the API's answer is listed (plus any collapsed groups).
    expect(await rows.count()).toBeGreaterThanOrEqual(target.network.nodes.length)
    const start = target.network.nodes.find((n) => n.key === `PERSON:${target.id}`)!
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(start.caption)
    expect(await page.locator('[data-testid="network-links"] tbody tr').count()).toBe(target.network.edges.length)
    // The chart is drawn (Cytoscape's canvases) and has a name and a description.
    const chart = page.locator('[data-testid="network-chart"]')
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0)
    expect(await chart.getAttribute('aria-label')).toBe('Network chart')
    expect(await page.locator('#network-chart-description').textContent()).toContain(`${target.network.nodes.length} records`)
    await page.waitForTimeout(300)
    await screenshot(page, 'network')
    await chart.screenshot({ path: `${SCREENSHOT_DIR}network-chart.png` })
    await expectNoSeriousA11yViolations(page)
  })

  it('expands a selected record from the table and merges the answer', async () => {
    await openNetworkFromProfile()
    const rows = page.locator('[data-testid="network-records"] tbody tr')
    const before = await rows.count()
    await page.getByRole('checkbox', { name: `Select ${target.neighbour.caption}`, exact: true }).check()
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/network' && new URL(r.url()).searchParams.get('id') === target.neighbour.id),
      page.getByRole('button', { name: 'Expand' }).click(),
    ])
    expect(response.status()).toBe(200)
    const url = new URL(response.url())
    expect(url.searchParams.get('hops')).toBe('1')
    expect(url.searchParams.get('kind')).toBe('ADDRESS')
    const added = ((await response.json()) as Network).nodes.filter(
      (n) => !target.network.nodes.some((m) => m.key === n.key),
    ).length
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(before + added)
    await expect.poll(() => page.locator('[data-testid="network-status"]').textContent()).toContain(`Expanded ${target.neighbour.caption}`)

    // Pin it: the table says so.
    const row = page.locator('[data-testid="network-records"] tbody tr', { hasText: target.neighbour.caption }).first()
    await page.getByRole('button', { name: 'Pin or unpin' }).click()
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('Yes')

    // The year filter keeps only the links holding in the chosen year (the first year: fewer or as many).
    const links = page.locator('[data-testid="network-links"] tbody tr')
    const all = await links.count()
    await page.getByLabel('Show only links that held in one year').check()
    const slider = page.locator('#network-year')
    await slider.fill(await slider.getAttribute('min') as string)
    await expect.poll(() => page.locator('.network-timeline .hint').textContent()).toMatch(/of \d+ links held in \d{4}/)
    expect(await links.count()).toBeLessThanOrEqual(all)
    await page.getByLabel('Show only links that held in one year').uncheck()
    await expect.poll(() => links.count()).toBe(all)

    // Remove it again: it leaves the table.
    await page.getByRole('button', { name: 'Remove' }).click()
    await expect.poll(() => page.getByRole('checkbox', { name: `Select ${target.neighbour.caption}`, exact: true }).count()).toBe(0)
  })

  it('highlights a path between two selected records and says each step', async () => {
    await openNetworkFromProfile()
    const start = target.network.nodes.find((n) => n.key === `PERSON:${target.id}`)!
    await page.getByRole('checkbox', { name: `Select ${start.caption}`, exact: true }).check()
    await page.getByRole('checkbox', { name: `Select ${target.neighbour.caption}`, exact: true }).check()
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/network/paths'),
      page.getByRole('button', { name: 'Highlight path' }).click(),
    ])
    expect(response.status()).toBe(200)
    const hops = page.locator('[data-testid="path-hops"] li')
    await expect.poll(() => hops.count()).toBeGreaterThan(0)
    expect(await hops.first().textContent()).toMatch(/\S/)
    expect(await page.locator('.network-links__row--path').count()).toBeGreaterThan(0)
    await screenshot(page, 'network-path')
    await page.locator('[data-testid="network-chart"]').screenshot({ path: `${SCREENSHOT_DIR}network-path-chart.png` })
    await expectNoSeriousA11yViolations(page)
  })

  it('exports the records and links as CSV', async () => {
    await openNetworkFromProfile()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Records (CSV)' }).click()])
    expect(download.suggestedFilename()).toBe(`network-${target.id}-records.csv`)
    const text = readFileSync((await download.path())!, 'utf8')
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toBe('key,id,kind,caption,count')
    expect(lines.some((l) => l.startsWith(`PERSON:${target.id},${target.id},Person,`))).toBe(true)
    expect(lines.length - 1).toBeGreaterThanOrEqual(target.network.nodes.length)

    const [links] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Links (CSV)' }).click()])
    const linkLines = readFileSync((await links.path())!, 'utf8').trim().split('\r\n')
    expect(linkLines[0]).toBe('source,type,target,from,to,explanation')
    expect(linkLines.length - 1).toBeGreaterThanOrEqual(target.network.edges.length)

    const [xml] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GraphML' }).click()])
    expect(readFileSync((await xml.path())!, 'utf8')).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">')
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Picture (PNG)' }).click()])
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG')
  })
})
