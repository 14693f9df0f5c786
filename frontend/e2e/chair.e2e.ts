import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEMO_CHAIR,
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  screenshot,
  signIn,
  trackPageErrors,
} from './support'

// The MAPPA chair (demo.chair, linked to the generated chair with most meetings): opens their next
// meeting, reads a case's briefing, records an action, and sees it in the pack; the statistics page.

interface MeetingSummary {
  id: string
  level: number
  cases: number
}
interface Invitee {
  id: string
  agencyId: string | null
}

let browser: Browser
let context: BrowserContext
let page: Page
let pageErrors: string[]
let meetingId: string
let invitee: Invitee

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  const first = await context.newPage()
  await signIn(first, baseUrl(), DEMO_CHAIR)
  const session = (await (await first.request.get(`${baseUrl()}/api/session`)).json()) as { csrfToken: string }
  const meetings = (await (await first.request.get(`${baseUrl()}/api/meetings?area=cumbria`)).json()) as MeetingSummary[]
  // The chair's own next meeting with cases: recording an empty record is refused with 400 for its
  // chair and 403 for anyone else, and writes nothing.
  for (const m of meetings.filter((x) => x.cases > 0)) {
    const probe = await first.request.post(`${baseUrl()}/api/meetings/${m.id}/record`, {
      data: { caseId: 'none' },
      headers: { 'X-CSRF-Token': session.csrfToken },
    })
    if (probe.status() === 400) {
      meetingId = m.id
      break
    }
  }
  expect(meetingId, 'an upcoming meeting chaired by demo.chair').toBeTruthy()
  const detail = (await (await first.request.get(`${baseUrl()}/api/meetings/${meetingId}`)).json()) as { invitees: Invitee[] }
  invitee = detail.invitees.find((i) => i.agencyId) ?? detail.invitees[0]!
  await first.close()
}, 120_000)
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

describe('the chair', () => {
  it('opens the next meeting, reads a case, records an action and sees it in the pack', async () => {
    await page.goto(`${baseUrl()}/meetings`)
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Meetings' }).count()).toBe(1)
    await page.locator(`a[href="/meetings/${meetingId}"]`).first().click()
    await page.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).waitFor()
    const reasons = page.getByRole('list', { name: 'Why it is on the agenda' }).first()
    await reasons.waitFor()
    expect((await reasons.innerText()).length, 'the first case says why it is on the agenda').toBeGreaterThan(5)
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'chair-meeting')

    await page.getByRole('list', { name: 'Cases on the agenda' }).getByRole('link').first().click()
    await page.getByRole('heading', { level: 2, name: 'Risk management plan: the four pillars' }).waitFor()
    await expect.poll(() => page.getByText('OFFICIAL-SENSITIVE').count()).toBeGreaterThan(0)
    expect(await page.getByRole('heading', { level: 2, name: 'Actions' }).count()).toBe(1)
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'chair-briefing')

    const description = `Check the approved premises register (e2e ${Date.now()})`
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().substring(0, 10)
    await page.getByLabel('Action 1: what is to be done', { exact: true }).fill(description)
    await page.getByLabel('Action 1: owner', { exact: true }).selectOption(invitee.id)
    if (invitee.agencyId) {
      expect(await page.getByLabel('Action 1: agency', { exact: true }).inputValue(), 'the owner\'s agency').toBe(invitee.agencyId)
    }
    await page.getByLabel('Action 1: due date', { exact: true }).fill(due)
    await page.getByLabel('Action 1: risk management plan pillar', { exact: true }).selectOption('MONITORING_CONTROL')
    await page.getByRole('button', { name: 'Record for this case' }).click()
    await page.getByRole('status').filter({ hasText: 'Recorded' }).waitFor()
    await page.getByRole('cell', { name: description }).waitFor()
    await screenshot(page, 'chair-recorded')

    // The next pack starts from it: a fresh load of the meeting's whole pack has the action, owned and due.
    const url = page.url()
    const pack = (await (await page.request.get(`${baseUrl()}/api/meetings/${meetingId}/pack`)).json()) as {
      cases: Array<{ actions: Array<{ description: string; ownerId: string; dueDate: string; status: string }> }>
    }
    const found = pack.cases.flatMap((c) => c.actions).find((a) => a.description === description)
    expect(found, 'the action in the meeting pack').toBeTruthy()
    expect(found!.ownerId).toBe(invitee.id)
    expect(found!.dueDate).toBe(due)
    expect(found!.status).toBe('OPEN')
    await page.goto(url)
    await page.getByRole('cell', { name: description }).waitFor()
  }, 180_000)

  it('reads the statistics with tables and a chart', async () => {
    await page.goto(`${baseUrl()}/statistics`)
    await page.getByRole('heading', { level: 2, name: 'MAPPA-eligible offenders on 31 March' }).waitFor()
    expect(await page.getByRole('img').count()).toBeGreaterThan(0)
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'chair-statistics')
  })
})
