import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEMO_AUDITOR,
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  screenshot,
  signIn,
  trackPageErrors,
} from './support'

// The audit trail, as demo.auditor (AUDITOR only), signed in once for the file. Every read of the
// audit is itself audited, and the auditor's own sign-in is a LOGIN_SUCCESS record, so there is
// always something to show (the other files sign other demo users in too).
let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]
/** Where signing in landed (an auditor's start page is the audit trail). */
let landedOn: string

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  const first = await context.newPage()
  const errors = trackPageErrors(first)
  await signIn(first, baseUrl(), DEMO_AUDITOR)
  await first.waitForURL((url) => url.pathname !== '/')
  landedOn = new URL(first.url()).pathname
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

const rows = () => page.locator('[data-testid="audit-table"] tbody tr')
const status = () => page.locator('[data-testid="audit-status"]')

/** Opens the audit page at `path` and waits for its GET /api/audit to be shown. */
async function openAudit(path = '/audit'): Promise<void> {
  await page.goto(baseUrl() + path)
  await page.waitForURL(/\/audit(\?|$)/)
  await page.locator('[data-testid="audit-status"], [data-testid="error-summary"], [data-testid="error-panel"]').first().waitFor({ timeout: 15_000 })
}

describe('The audit trail', () => {
  it('is where an auditor lands, with an Audit link and no Nominals', async () => {
    expect(landedOn).toBe('/audit')
    await openAudit()

    await expect.poll(() => page.title()).toBe('Audit trail – Vigil')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Audit trail')
    const nav = page.getByRole('navigation', { name: 'Main' })
    expect(await nav.getByRole('link', { name: 'Audit' }).count()).toBe(1)
    expect(await nav.getByRole('link', { name: 'Nominals' }).count()).toBe(0)
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/^Showing records 1 to \d+, newest first\.$/)
    expect(await rows().count()).toBeGreaterThan(0)
    // Every column has a header; each row's time is its header, UTC to the second.
    expect(await page.locator('[data-testid="audit-table"] thead th[scope="col"]').count()).toBe(8)
    const time = rows().first().locator('th[scope="row"] time')
    expect(await time.textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(await time.getAttribute('title')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} UTC$/)
  })

  it('filters by event: LOGIN_SUCCESS, in the URL and the query; no serious accessibility problems', async () => {
    await openAudit()

    await page.getByLabel('Event', { exact: true }).selectOption('LOGIN_SUCCESS')
    // Only the filtered query's answer: the page's first load may still be answering when the filter is
    // applied, and a predicate on the path alone caught that one (a fresh-clone run, 2026-11-24).
    const [response] = await Promise.all([
      page.waitForResponse((r) => {
        const url = new URL(r.url())
        return url.pathname === '/api/audit' && r.request().method() === 'GET' && url.searchParams.get('event') === 'LOGIN_SUCCESS'
      }),
      page.getByRole('button', { name: 'Apply filters' }).click(),
    ])
    expect(response.status()).toBe(200)
    await page.waitForURL(/[?&]event=LOGIN_SUCCESS(&|$)/)
    await page.locator('[data-testid="audit-table"][aria-busy="false"]').waitFor()

    const events = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')))
    expect(events.length).toBeGreaterThan(0)
    expect(new Set(events)).toEqual(new Set(['LOGIN_SUCCESS']))
    const users = (await rows().locator('[data-col="user"] a').allTextContents()).map((t) => t.replace(/:.*$/, ''))
    expect(users).toContain(DEMO_AUDITOR.username)
    expect(await page.getByLabel('Event', { exact: true }).inputValue()).toBe('LOGIN_SUCCESS')

    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'audit')
  })

  it('"who viewed this nominal" can be linked, and says so in its heading', async () => {
    await openAudit('/audit?object=PERSON:N0000042')

    expect(await page.locator('[data-testid="audit-heading"]').textContent()).toContain('Who viewed PERSON N0000042')
    await expect.poll(() => status().textContent()).toMatch(/Showing records|No audit records match/)
    expect(await page.getByLabel('Record type').inputValue()).toBe('PERSON')
    expect(await page.getByLabel('Record ID').inputValue()).toBe('N0000042')
  })

  it('shows a refused filter in an error summary that takes focus', async () => {
    await openAudit('/audit?event=NO_SUCH_EVENT')

    const summary = page.locator('[data-testid="error-summary"]')
    await summary.waitFor()
    expect(await summary.getByRole('link').first().textContent()).toMatch(/event/i)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary')
    await expect.poll(() => page.title()).toBe('Error: Audit trail – Vigil')
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'audit-error')
  })

  it('a nominal is not for an auditor: "You do not have access to this page"', async () => {
    await page.goto(`${baseUrl()}/nominals`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('You do not have access to this page')
  })
})
