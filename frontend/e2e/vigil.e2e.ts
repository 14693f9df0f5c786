import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEMO_ANALYST,
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  screenshot,
  signIn,
  trackPageErrors,
} from './support'

// The list and profile, as demo.analyst. A TOTP code signs in once per 30-second step, so this
// file signs in once and every test opens its own page in that one signed-in browser context.
let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  const first = await context.newPage()
  const errors = trackPageErrors(first)
  await signIn(first, baseUrl(), DEMO_ANALYST)
  await first.close()
  expect(errors, 'uncaught errors while signing in').toEqual([])
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

const rows = () => page.locator('[data-testid="nominal-table"] tbody tr')

/** Opens the list at `path` and waits for the results (table or "no results"). */
async function openList(path = '/nominals'): Promise<void> {
  await page.goto(baseUrl() + path)
  await page.waitForURL(/\/nominals(\?|$)/)
  // the first query of a fresh server plans and warms caches: allow it time
  await expect.poll(() => page.locator('[data-testid="results-status"]').textContent(), { timeout: 15_000 }).toMatch(/Showing|No nominals/)
}

/** Runs `action` and waits for the list's next GET /api/nominals to be rendered. */
async function andWaitForResults(action: () => Promise<unknown>): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/nominals' && r.request().method() === 'GET'),
    action(),
  ])
  await page.locator('[data-testid="nominal-table"][aria-busy="false"], [data-testid="results-status"]:has-text("No nominals")').first().waitFor()
}

async function columnTexts(col: string): Promise<string[]> {
  return (await rows().locator(`[data-col="${col}"]`).allTextContents()).map((t) => t.trim())
}

/**
 * True when each adjacent pair is in order under at least one plausible server collation
 * (case-insensitive locale order, code-point order, or lower-cased code-point order).
 */
function isSorted(values: string[], dir: 'asc' | 'desc'): boolean {
  const inOrder = (a: string, b: string) =>
    a.localeCompare(b, 'en', { sensitivity: 'base' }) <= 0 || a <= b || a.toLowerCase() <= b.toLowerCase()
  return values.every((v, i) => {
    if (i === 0) return true
    const prev = values[i - 1]!
    return dir === 'asc' ? inOrder(prev, v) : inOrder(v, prev)
  })
}

describe('Vigil in a browser', () => {
  it('opens / as the nominal list with at least one row', async () => {
    await openList('/')

    expect(new URL(page.url()).pathname).toBe('/nominals')
    await expect.poll(() => page.title()).toBe('Nominals – Vigil')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nominals')
    expect(await rows().count()).toBeGreaterThan(0)
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Nominals' }).count()).toBe(1)
    // The header says who is signed in, and offers to sign out.
    const user = page.locator('[data-testid="signed-in-user"]')
    expect(await user.textContent()).toMatch(/Signed in as .+, .+/)
    expect(await user.getByRole('button', { name: 'Sign out' }).count()).toBe(1)
    await screenshot(page, 'nominal-list')
  })

  it('the list page has no serious or critical accessibility violations', async () => {
    await openList()
    await expectNoSeriousA11yViolations(page)
  })

  it('sorts by surname from the column header', async () => {
    await openList()
    const header = page.locator('th:has(button[data-sort="surname"])')
    const button = page.getByRole('button', { name: 'Surname' })

    // Sorted by surname ascending by default: clicking flips to descending, then back.
    await andWaitForResults(() => button.click())
    await page.waitForURL(/[?&]dir=desc/)
    expect(new URL(page.url()).searchParams.get('sort')).toBe('surname')
    expect(await header.getAttribute('aria-sort')).toBe('descending')
    expect(isSorted(await columnTexts('surname'), 'desc')).toBe(true)

    await andWaitForResults(() => button.click())
    await page.waitForURL(/[?&]dir=asc/)
    expect(await header.getAttribute('aria-sort')).toBe('ascending')
    expect(isSorted(await columnTexts('surname'), 'asc')).toBe(true)
    // Another column's header says it is not the sort column.
    expect(await page.locator('th:has(button[data-sort="town"])').getAttribute('aria-sort')).toBe('none')
  })

  it('filters by MAPPA category', async () => {
    await openList()

    await page.getByLabel('Category', { exact: true }).selectOption('1')
    await andWaitForResults(() => page.getByRole('button', { name: 'Apply filters' }).click())
    await page.waitForURL(/[?&]category=1(&|$)/)

    const categories = await columnTexts('category')
    expect(categories.length).toBeGreaterThan(0)
    expect(new Set(categories)).toEqual(new Set(['1']))
    // The filter survives a reload, because it lives in the URL.
    await page.reload()
    await expect.poll(() => page.getByLabel('Category', { exact: true }).inputValue()).toBe('1')
  })

  it('opens a profile by clicking a row: outside the caseload, it asks why first, then shows the record', async () => {
    await openList()
    const first = rows().first()
    const surname = (await first.locator('[data-col="surname"]').textContent())!.trim()
    const forename = (await first.locator('[data-col="forename"]').textContent())!.trim()
    const id = await first.getAttribute('data-nominal-id')

    await first.locator('[data-col="town"]').click()
    await page.waitForURL(new RegExp(`/nominals/${encodeURIComponent(id!)}$`))

    // An analyst has no caseload: the API answers 428 and the page asks for a purpose.
    const form = page.locator('[data-testid="purpose-form"]')
    await form.waitFor()
    const purpose = page.getByLabel('Why do you need to open this record?')
    expect(await purpose.count()).toBe(1)
    expect(await form.textContent()).toContain('Include a crime or incident reference where you have one')
    expect(await page.locator('[data-testid="protective-marking"]').count()).toBe(0)
    await screenshot(page, 'purpose-form')
    await expectNoSeriousA11yViolations(page)

    // Submitting nothing is refused in the page, with an error summary.
    await page.getByRole('button', { name: 'Open record' }).click()
    await expect.poll(() => page.locator('[data-testid="error-summary"]').textContent()).toContain('Enter why you need to open this record')

    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/nominals/${id}`),
      (async () => {
        await purpose.fill('Automated end-to-end test of the profile page (reference E2E-0001)')
        await page.getByRole('button', { name: 'Open record' }).click()
      })(),
    ])
    expect(response.status()).toBe(200)
    expect(await response.request().headerValue('x-vigil-purpose')).toBe(
      'Automated end-to-end test of the profile page (reference E2E-0001)',
    )

    const h1 = page.getByRole('heading', { level: 1 })
    await expect.poll(() => h1.textContent()).toContain(surname)
    const name = (await h1.textContent())!
    expect(name).toContain(forename)
    for (const section of ['Addresses', 'Orders and conditions', 'MAPPA case', 'Risk']) {
      expect(await page.getByRole('heading', { level: 2, name: section, exact: true }).count(), section).toBe(1)
    }
    const markings = page.locator('[data-testid="protective-marking"]')
    expect(await markings.count()).toBe(2)
    expect(await markings.first().textContent()).toMatch(/OFFICIAL|SECRET/)
    await screenshot(page, 'nominal-profile')

    await expectNoSeriousA11yViolations(page)
  })

  it('Cancel on the purpose form goes back to the list', async () => {
    await openList()
    await rows().first().locator('[data-col="town"]').click()
    await page.locator('[data-testid="purpose-form"]').waitFor()

    await page.getByRole('link', { name: 'Cancel' }).click()
    await page.waitForURL(/\/nominals(\?|$)/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nominals')
  })

  it('shows the Page not found page for an unknown address', async () => {
    await page.goto(`${baseUrl()}/no-such-page`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
  })
})
