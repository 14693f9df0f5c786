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

/** Plans a level 2 meeting of Cumbria on that day through the Meetings page; its id, from the page it opens. */
async function planMeeting(date: string): Promise<string> {
  await page.goto(`${baseUrl()}/meetings`)
  await page.getByRole('heading', { level: 2, name: 'Plan a meeting' }).waitFor()
  await page.getByLabel('Meeting', { exact: true }).selectOption('2')
  await page.getByLabel('Date', { exact: true }).fill(date)
  await page.getByLabel('Time', { exact: true }).fill('09:30')
  await page.getByRole('button', { name: 'Plan the meeting' }).click()
  await page.waitForURL(/\/meetings\/MTG-/)
  await page.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).waitFor()
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!)
}

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

  it('plans a meeting, builds its agenda, invites a partner, records it, and the next meeting\'s pack starts from it', async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().substring(0, 10)
    const stamp = Date.now()

    // Plan meeting A, three days on.
    const meetingA = await planMeeting(day(3))
    await screenshot(page, 'chair-planned')

    // The agenda builder proposes cases with their reasons; accept two, then remove the second.
    const proposals = page.getByRole('table', { name: 'Cases the rules propose for this meeting' })
    await proposals.waitFor()
    const level2 = proposals.locator('tbody tr').filter({ has: page.getByRole('cell', { name: '2', exact: true }) })
    const first = level2.first()
    const caseHref = (await first.getByRole('link').getAttribute('href'))!
    const caseId = decodeURIComponent(caseHref.split('/cases/')[1]!)
    const caseName = (await first.getByRole('link').innerText()).trim()
    expect((await first.locator('td').nth(2).innerText()).length, 'the reasons it is proposed').toBeGreaterThan(5)
    await first.getByRole('button', { name: `Add ${caseName} to the agenda` }).click()
    const agenda = page.getByRole('list', { name: 'Cases on the agenda' })
    await agenda.getByRole('link', { name: caseName }).waitFor()
    const second = level2.first()
    const secondName = (await second.getByRole('link').innerText()).trim()
    await second.getByRole('button', { name: `Add ${secondName} to the agenda` }).click()
    await agenda.getByRole('link', { name: secondName }).waitFor()
    await page.getByRole('button', { name: `Remove ${secondName} from the agenda` }).click()
    await agenda.getByRole('link', { name: secondName, exact: true }).waitFor({ state: 'detached' })
    expect(await agenda.locator(':scope > li').count()).toBe(1)

    // Invite a children's services member (a duty-to-co-operate agency) for that case, chosen by name.
    const directory = (await (await page.request.get(`${baseUrl()}/api/meetings/${meetingA}/directory`)).json()) as {
      officers: Array<{ id: string; forename: string; surname: string; agencyId: string | null }>
    }
    const partner = directory.officers.find((o) => o.agencyId?.includes('childrens')) ?? directory.officers[0]!
    await page.getByLabel('Person', { exact: true }).selectOption(partner.id)
    await page.getByRole('checkbox', { name: new RegExp(caseId) }).check()
    await page.getByRole('button', { name: 'Invite', exact: true }).click()
    await page.getByRole('status').filter({ hasText: `${partner.forename} ${partner.surname} is invited for 1 case` }).waitFor()
    await expect.poll(() => page.locator('.summary-list').innerText(), { timeout: 30_000 }).toContain(`${partner.forename} ${partner.surname}`)
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'chair-agenda-invited')

    // The pack of the case, then what the meeting decided: a bad due date first (the server's words on the field).
    await agenda.getByRole('link', { name: caseName }).click()
    await page.getByRole('heading', { level: 2, name: 'Record for this case' }).waitFor()
    const decision = `Stay at level 2 with a joint home visit (e2e ${stamp})`
    const description = `Joint home visit with a device check (e2e ${stamp})`
    const recipient = `Head teacher of the partner's child (e2e ${stamp})`
    await page.getByLabel('Decision 1', { exact: true }).fill(decision)
    await page.getByLabel('Reason for decision 1', { exact: true }).fill('New partner with a child; risk stable')
    await page.getByLabel('Action 1: what is to be done', { exact: true }).fill(description)
    await page.getByLabel('Action 1: owner', { exact: true }).selectOption({ index: 1 })
    await page.getByLabel('Action 1: due date', { exact: true }).fill(day(1))
    await page.getByRole('button', { name: 'Add a disclosure decision' }).click()
    await page.getByRole('radio', { name: 'Disclose', exact: true }).check()
    await page.getByLabel('Disclosure 1: to whom', { exact: true }).fill(recipient)
    await page.getByLabel('Disclosure 1: what is disclosed', { exact: true }).fill('His sexual offending against children')
    await page.getByLabel('Disclosure 1: why', { exact: true }).fill('The child lives with him part of the week')
    await page.getByRole('button', { name: 'Record for this case' }).click()
    const summary = page.getByTestId('error-summary')
    await summary.getByRole('link', { name: /due date must be between the meeting day/ }).waitFor()
    await expect.poll(() => page.locator('#act-0-due-error').innerText(), { timeout: 30_000 }).toContain('due date must be between')
    await screenshot(page, 'chair-record-refused')
    await page.getByLabel('Action 1: due date', { exact: true }).fill(day(23))
    await page.getByRole('button', { name: 'Record for this case' }).click()
    await page.getByRole('status').filter({ hasText: 'Recorded' }).waitFor()
    await page.getByRole('cell', { name: description }).waitFor()
    await expectNoSeriousA11yViolations(page)

    // Attendance and minutes on the meeting page: the meeting is held.
    await page.goto(`${baseUrl()}/meetings/${meetingA}`)
    await page.getByRole('heading', { level: 2, name: 'After the meeting' }).waitFor()
    await page.locator('select[id^="att-"]').first().selectOption('yes')
    await page.getByLabel('Minutes summary', { exact: true }).fill(`All cases heard (e2e ${stamp}).`)
    await page.getByRole('button', { name: 'Record attendance and minutes' }).click()
    await page.getByRole('status').filter({ hasText: 'The meeting is held' }).waitFor()
    await expect.poll(() => page.locator('.summary-list').innerText(), { timeout: 30_000 }).toContain('attended')
    await screenshot(page, 'chair-held')

    // Meeting B, two weeks later: the action falls due, so the rules propose the case; its pack starts from A.
    const meetingB = await planMeeting(day(17))
    const row = page.getByRole('table', { name: 'Cases the rules propose for this meeting' }).locator('tbody tr')
      .filter({ has: page.locator(`a[href$="/cases/${encodeURIComponent(caseId)}"]`) })
    expect(await row.locator('td').nth(2).innerText()).toMatch(/action/i)
    await row.getByRole('button', { name: `Add ${caseName} to the agenda` }).click()
    await page.getByRole('list', { name: 'Cases on the agenda' }).getByRole('link', { name: caseName }).click()
    await page.getByRole('heading', { level: 2, name: "Last meeting's decisions" }).waitFor()
    const decisions = page.getByRole('region', { name: "Last meeting's decisions" })
    await expect.poll(() => decisions.innerText(), { timeout: 30_000 }).toContain(decision)
    expect(await page.getByRole('cell', { name: description }).count()).toBe(1)
    expect(await page.getByRole('region', { name: 'Disclosure decisions' }).innerText()).toContain(recipient)
    expect(page.url()).toContain(meetingB)
    await screenshot(page, 'chair-next-pack')

    // Meeting B closes the action: the pack shows it done.
    await page.getByLabel(description, { exact: true }).selectOption('DONE')
    await page.getByRole('button', { name: 'Record for this case' }).click()
    await page.getByRole('status').filter({ hasText: 'Recorded' }).waitFor()
    await expect.poll(() => page.getByRole('row').filter({ hasText: description }).innerText(), { timeout: 30_000 }).toContain('Done')
  }, 300_000)

  it('reads the statistics with tables and a chart', async () => {
    await page.goto(`${baseUrl()}/statistics`)
    await page.getByRole('heading', { level: 2, name: 'MAPPA-eligible offenders on 31 March' }).waitFor()
    expect(await page.getByRole('img').count()).toBeGreaterThan(0)
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'chair-statistics')
  })
})
