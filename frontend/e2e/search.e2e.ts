import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
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

// The search page, as demo.analyst: type-ahead, a full search for a misspelt name, a facet.
// Signs in once (a TOTP code works once per 30-second step); each test opens its own page.
let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]

/** A real nominal of the demo area, to search for. */
interface Target {
  id: string
  forename: string
  surname: string
}
let target: Target

const LABEL = 'Search people, vehicles, phones, addresses and intelligence'

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  const first = await context.newPage()
  const errors = trackPageErrors(first)
  await signIn(first, baseUrl(), DEMO_ANALYST)
  // Names to type come from the list API, through the signed-in browser context (same cookies).
  const response = await first.request.get(`${baseUrl()}/api/nominals?area=cumbria&size=5`)
  expect(response.status(), 'GET /api/nominals').toBe(200)
  const items = ((await response.json()) as { items: Target[] }).items
  expect(items.length, 'nominals in the demo area').toBeGreaterThan(0)
  // A surname long enough to misspell by swapping two letters in its middle.
  target = items.find((n) => misspell(n.surname) !== null) ?? items[0]!
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

/** The name with two different adjacent letters in its middle swapped ("Abbott" -> "Abobtt"), or null. */
function misspell(name: string): string | null {
  if (name.length < 5) return null
  const chars = [...name]
  const mid = Math.floor(chars.length / 2) - 1
  // Try the middle first, then outwards; never the first or last letter.
  const order = [...Array(chars.length - 3).keys()].map((k) => k + 1).sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid))
  for (const i of order) {
    const a = chars[i]!
    const b = chars[i + 1]!
    if (/\p{L}/u.test(a) && /\p{L}/u.test(b) && a.toLowerCase() !== b.toLowerCase()) {
      chars[i] = b
      chars[i + 1] = a
      return chars.join('')
    }
  }
  return null
}

function isSearch(r: Response, mode: 'full' | 'typeahead', q: string): boolean {
  const url = new URL(r.url())
  return (
    url.pathname === '/api/search' &&
    r.request().method() === 'GET' &&
    (url.searchParams.get('mode') ?? 'full') === mode &&
    url.searchParams.get('q') === q
  )
}

const box = () => page.getByRole('combobox', { name: LABEL })
const options = () => page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option')
const results = () => page.locator('[data-testid="search-result"]')
const status = () => page.locator('[data-testid="search-status"]')

async function openSearchPage(path = '/search'): Promise<void> {
  await page.goto(baseUrl() + path)
  await box().waitFor()
}

/** Types `text` into the box as a person would, and waits for the type-ahead answer for it. */
async function typeForSuggestions(text: string, how: 'type' | 'fill' = 'type'): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => isSearch(r, 'typeahead', text.trim()), { timeout: 20_000 }),
    how === 'type' ? box().pressSequentially(text, { delay: 40 }) : box().fill(text),
  ])
  return response
}

/** Runs the full search for `q` from the box (Enter) and waits for its results or message. */
async function fullSearch(q: string): Promise<Response> {
  await box().fill(q)
  const [response] = await Promise.all([
    page.waitForResponse((r) => isSearch(r, 'full', q), { timeout: 20_000 }),
    // Nothing highlighted in the suggestions, so Enter runs the full search.
    box().press('Enter'),
  ])
  await page.locator('[data-testid="search-status"], [data-testid="error-panel"]').first().waitFor()
  await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/results? for|No records you may see/)
  return response
}

/** Where in the suggestions the first nominal (a person with a profile page) is, or -1. */
async function firstNominalOption(): Promise<number> {
  const flags = await options().evaluateAll((els) => els.map((el) => el.getAttribute('data-nominal')))
  return flags.indexOf('true')
}

describe('Search in a browser', () => {
  it('suggests as you type part of a surname; ArrowDown and Enter open a profile, recorded first', async () => {
    await openSearchPage()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search')
    await expect.poll(() => page.title()).toBe('Search – Vigil')
    await expectNoSeriousA11yViolations(page)

    const part = target.surname.slice(0, Math.min(target.surname.length, Math.max(3, target.surname.length - 2)))
    await box().click()
    const answer = await typeForSuggestions(part)
    expect(answer.status(), `type-ahead for "${part}"`).toBe(200)
    await expect.poll(() => box().getAttribute('aria-expanded')).toBe('true')
    expect(await options().count()).toBeGreaterThan(0)
    expect(await options().count()).toBeLessThanOrEqual(6)

    let index = await firstNominalOption()
    if (index < 0) {
      // No nominal among the first suggestions for the part: the whole surname narrows them.
      await typeForSuggestions(target.surname, 'fill')
      await expect.poll(() => box().getAttribute('aria-expanded')).toBe('true')
      index = await firstNominalOption()
    }
    expect(index, `a nominal among the suggestions for "${target.surname}"`).toBeGreaterThanOrEqual(0)
    await screenshot(page, 'search-suggestions')
    await expectNoSeriousA11yViolations(page)

    for (let i = 0; i <= index; i++) await box().press('ArrowDown')
    const option = options().nth(index)
    const optionId = await option.getAttribute('id')
    expect(await box().getAttribute('aria-activedescendant')).toBe(optionId)
    expect(await option.getAttribute('aria-selected')).toBe('true')
    const id = (await option.getAttribute('data-id'))!

    const [selection] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/api/search/selections' && r.method() === 'POST'),
      box().press('Enter'),
    ])
    expect(selection.postDataJSON()).toMatchObject({ type: 'PERSON', id, rank: index + 1 })
    expect(typeof selection.postDataJSON().searchId).toBe('string')
    expect(await selection.headerValue('x-csrf-token'), 'CSRF token on the POST').toBeTruthy()
    expect((await selection.response())?.status()).toBe(204)

    await page.waitForURL((url) => url.pathname === `/nominals/${encodeURIComponent(id)}`)
    // An analyst has no caseload: the profile first asks why (or shows the record if it may).
    await page.locator('[data-testid="purpose-form"], [data-testid="protective-marking"]').first().waitFor({ timeout: 15_000 })
  })

  it('finds a nominal from a misspelt name, and says why it matched', async () => {
    const misspelt = misspell(target.surname) ?? target.surname
    const query = `${target.forename} ${misspelt}`
    await openSearchPage()

    const response = await fullSearch(query)
    expect(response.status()).toBe(200)
    const url = new URL(page.url())
    expect(url.pathname).toBe('/search')
    expect(url.searchParams.get('q')).toBe(query)
    await expect.poll(() => page.title()).toBe('Search results – Vigil')
    expect(await status().textContent()).toMatch(new RegExp(`\\d+ results? for '`))

    const card = page.locator(`[data-testid="search-result"][data-type="PERSON"][data-id="${target.id}"]`)
    expect(await card.count(), `${target.forename} ${target.surname} (${target.id}) among the results for "${query}"`).toBe(1)
    const link = card.getByRole('heading', { level: 3 }).getByRole('link')
    expect(await link.getAttribute('href')).toBe(`/nominals/${target.id}`)
    const why = card.locator('[data-testid="search-why"] li')
    expect(await why.count()).toBeGreaterThan(0)
    expect((await why.allTextContents()).join(' ').trim()).not.toBe('')
    expect(await card.locator('[data-testid="search-tier"]').textContent()).toMatch(/\w/)
    await screenshot(page, 'search-results')
    await expectNoSeriousA11yViolations(page)
  })

  it('narrows the results to people with the type facet, and takes the filter off again', async () => {
    await openSearchPage()
    await fullSearch(target.surname)
    expect(await results().count()).toBeGreaterThan(0)

    const person = page.locator('[data-testid="search-facets"] a[data-facet="type"][data-value="PERSON"]')
    expect(await person.count(), 'a Person value in the type facet').toBe(1)
    expect(await person.textContent()).toMatch(/Person \(\d+\)/)
    await Promise.all([
      page.waitForResponse((r) => {
        const u = new URL(r.url())
        return u.pathname === '/api/search' && u.searchParams.getAll('type').join() === 'PERSON'
      }),
      person.click(),
    ])
    await page.waitForURL((u) => u.searchParams.getAll('type').join() === 'PERSON')
    await page.locator('[data-testid="search-results"][aria-busy="false"]').waitFor()

    const types = await results().evaluateAll((els) => els.map((el) => el.getAttribute('data-type')))
    expect(types.length).toBeGreaterThan(0)
    expect(new Set(types)).toEqual(new Set(['PERSON']))
    const chip = page.locator('[data-testid="search-selected-filters"] a[data-filter="type"][data-value="PERSON"]')
    expect(await chip.textContent()).toContain('Remove filter: Person')
    // Focus follows to the results after choosing a filter by link.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading')
    await expectNoSeriousA11yViolations(page)

    // The filter lives in the URL: back goes back to all types.
    await page.goBack()
    await page.waitForURL((u) => u.searchParams.getAll('type').length === 0)
    await expect.poll(() => page.locator('[data-testid="search-selected-filters"]').count()).toBe(0)

    await page.goForward()
    await page.waitForURL((u) => u.searchParams.get('type') === 'PERSON')
    await chip.waitFor()
    await chip.click()
    await page.waitForURL((u) => u.searchParams.getAll('type').length === 0)
  })

  it('the header search box and "/" work from another page', async () => {
    await page.goto(`${baseUrl()}/nominals`)
    await page.locator('[data-testid="results-status"]').waitFor()
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search', exact: true }).count()).toBe(1)

    await page.keyboard.press('/')
    const header = page.locator('#header-search-q')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('header-search-q')
    await header.fill(target.surname)
    await Promise.all([
      page.waitForResponse((r) => isSearch(r, 'full', target.surname), { timeout: 20_000 }),
      header.press('Enter'),
    ])
    await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === target.surname)
    expect(await box().inputValue()).toBe(target.surname)
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/results? for/)
  })
})
