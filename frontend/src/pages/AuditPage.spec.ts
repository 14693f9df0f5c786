import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import type { AuditPage } from '@/services/types'
import { ADMIN_SESSION, AREAS, AUDIT_PAGE, AUDITOR_SESSION, NOMINAL_PAGE, SESSION, auditRecord, jsonResponse } from '@/testing/fixtures'

let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>
let session: unknown
let auditResponse: (params: URLSearchParams) => Promise<Response>
let wrapper: VueWrapper | null = null

beforeEach(() => {
  session = AUDITOR_SESSION
  auditResponse = async () => jsonResponse(AUDIT_PAGE)
  fetchMock = vi.fn(async (url: string) => {
    const u = new URL(url, 'http://localhost')
    if (u.pathname === '/api/session') return jsonResponse(session)
    if (u.pathname === '/api/audit') return auditResponse(u.searchParams)
    if (u.pathname === '/api/areas') return jsonResponse(AREAS)
    if (u.pathname === '/api/nominals') return jsonResponse(NOMINAL_PAGE)
    return jsonResponse({ error: 'unexpected', status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.unstubAllGlobals()
})

async function mountAt(url: string): Promise<{ wrapper: VueWrapper; router: Router }> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  await router.isReady()
  wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

function auditCalls(): URLSearchParams[] {
  return fetchMock.mock.calls
    .filter(([url]) => url.startsWith('/api/audit'))
    .map(([url]) => new URL(url, 'http://localhost').searchParams)
}
/** Query parameters of the most recent GET /api/audit. */
function lastAudit(): Record<string, string> {
  return Object.fromEntries(auditCalls().at(-1)!)
}

function navLinks(w: VueWrapper): string[] {
  return w.findAll('nav[aria-label="Main"] a').map((a) => a.text())
}

const rows = (w: VueWrapper) => w.findAll('[data-testid="audit-table"] tbody tr')

describe('AuditPage', () => {
  it('shows the newest records with every column, to an auditor', async () => {
    const { wrapper } = await mountAt('/audit')

    expect(wrapper.find('h1').text()).toBe('Audit trail')
    expect(document.title).toBe('Audit trail – Vigil')
    expect(auditCalls()).toHaveLength(1)
    expect(lastAudit()).toEqual({ page: '0', size: '50' })
    expect(wrapper.find('[data-testid="audit-heading"]').text()).toBe('Audit records')
    expect(wrapper.find('[data-testid="audit-status"]').text()).toBe('Showing records 1 to 3, newest first.')

    const headers = wrapper.findAll('[data-testid="audit-table"] thead th')
    expect(headers.map((h) => h.text())).toEqual(['Time (UTC)', 'User', 'Agency', 'Event', 'Records', 'Outcome', 'Purpose', 'Detail'])
    expect(headers.every((h) => h.attributes('scope') === 'col')).toBe(true)

    const [first, second, third] = rows(wrapper)
    // Time: UTC to the second, the millisecond in the title; the row's header cell.
    const time = first!.find('th[scope="row"] time')
    expect(time.text()).toBe('2026-11-22 10:15:03')
    expect(time.attributes('title')).toBe('2026-11-22 10:15:03.123 UTC')
    expect(time.attributes('datetime')).toBe('2026-11-22T10:15:03.123Z')
    expect(third!.find('time').attributes('title')).toBe('2026-11-22 09:00:00.500 UTC')
    expect(first!.find('[data-col="user"] a').text()).toBe('demo.analyst: show what they did')
    expect(first!.find('[data-col="user"] a').attributes('href')).toBe('/audit?user=demo.analyst')
    expect(first!.find('[data-col="user"]').text()).toContain('IP 10.0.0.9')
    expect(first!.find('[data-col="agency"]').text()).toBe('Cumbria Police')
    expect(first!.find('[data-col="event"]').text()).toBe('View person')
    expect(first!.find('[data-col="outcome"]').text()).toBe('OK')
    expect(first!.find('[data-col="outcome"] .tag--alert').exists()).toBe(false)
    expect(first!.find('[data-col="purpose"]').text()).toBe('Risk review, incident 12/345')
    expect(first!.find('[data-col="detail"]').text()).toBe('—')

    // Refused: highlighted; detail as "key: value".
    expect(second!.find('[data-col="outcome"] .tag--alert').text()).toBe('Denied')
    expect(second!.find('[data-col="purpose"]').text()).toBe('—')
    expect(second!.findAll('[data-col="detail"] dt').map((d) => d.text())).toEqual(['action'])
    expect(second!.findAll('[data-col="detail"] dd').map((d) => d.text())).toEqual(['VIEW_PERSON'])
    expect(third!.findAll('[data-col="detail"] dt').map((d) => d.text())).toEqual(['area', 'sort', 'what'])
    expect(third!.find('[data-col="objects"]').text()).toBe('—')

    // An auditor reads no nominals: a record links to its own audit trail, not to the profile.
    const objects = second!.findAll('[data-col="objects"] li')
    expect(objects.map((o) => o.text())).toEqual(['PERSON N0000007: show its audit trail', 'CASE C9: show its audit trail'])
    expect(objects.map((o) => o.find('a').attributes('href'))).toEqual([
      '/audit?object=PERSON:N0000007',
      '/audit?object=CASE:C9',
    ])
  })

  it('links a PERSON to the nominal too, for a user who also works cases', async () => {
    session = { ...AUDITOR_SESSION, user: { ...AUDITOR_SESSION.user, roles: ['ANALYST', 'AUDITOR'] } }
    const { wrapper } = await mountAt('/audit')

    const person = rows(wrapper)[0]!.find('[data-col="objects"] li')
    expect(person.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '/nominals/N0000042',
      '/audit?object=PERSON:N0000042',
    ])
    expect(person.findAll('a').map((a) => a.text())).toEqual(['N0000042', 'audit trail of PERSON N0000042'])
    expect(navLinks(wrapper)).toEqual(['Nominals', 'Search', 'Conflicts', 'Vetting', 'Meetings', 'Statistics', 'Suspects', 'Investigations', 'Audit'])
  })

  it('builds the query from the form, puts it in the URL, and Clear goes back to everything', async () => {
    const { wrapper, router } = await mountAt('/audit')

    await wrapper.find('#audit-object-type').setValue('PERSON')
    await wrapper.find('#audit-object-id').setValue(' N0000042 ')
    await wrapper.find('#audit-user').setValue(' demo.police ')
    await wrapper.find('#audit-event').setValue('LOGIN_SUCCESS')
    await wrapper.find('#audit-from').setValue('2026-11-01')
    await wrapper.find('#audit-to').setValue('2026-11-30')
    expect(auditCalls()).toHaveLength(1) // nothing is asked until the filters are applied
    await wrapper.find('form[aria-label="Filter audit records"]').trigger('submit')
    await flushPromises()

    const expected = {
      object: 'PERSON:N0000042',
      user: 'demo.police',
      event: 'LOGIN_SUCCESS',
      from: '2026-11-01T00:00:00Z',
      // The API's `to` is exclusive: the end of 30 November is the start of 1 December.
      to: '2026-12-01T00:00:00Z',
    }
    expect(router.currentRoute.value.query).toEqual(expected)
    expect(lastAudit()).toEqual({ ...expected, page: '0', size: '50' })
    expect(auditCalls()).toHaveLength(2)
    expect(router.currentRoute.value.fullPath).toBe(
      '/audit?object=PERSON:N0000042&user=demo.police&event=LOGIN_SUCCESS&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z',
    )
    expect(wrapper.find('[data-testid="audit-heading"]').text()).toBe('Who viewed PERSON N0000042')
    expect(document.title).toBe('Who viewed PERSON N0000042 – Audit trail – Vigil')
    // The form shows what is applied.
    expect((wrapper.find('#audit-to').element as HTMLInputElement).value).toBe('2026-11-30')

    // Applying the same filters again asks again (newer records may have come in).
    await wrapper.find('form[aria-label="Filter audit records"]').trigger('submit')
    await flushPromises()
    expect(auditCalls()).toHaveLength(3)

    await wrapper.findAll('button').find((b) => b.text() === 'Clear filters')!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/audit')
    expect(lastAudit()).toEqual({ page: '0', size: '50' })
    expect((wrapper.find('#audit-object-id').element as HTMLInputElement).value).toBe('')
    expect(wrapper.find('[data-testid="audit-heading"]').text()).toBe('Audit records')
  })

  it('restores the form from a linked URL ("who viewed this nominal"), plain dates included', async () => {
    const { wrapper } = await mountAt('/audit?object=CASE:C9&event=LIST&from=2026-11-01&to=2026-11-03&size=20')

    expect(lastAudit()).toEqual({
      object: 'CASE:C9',
      event: 'LIST',
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-04T00:00:00Z',
      page: '0',
      size: '20',
    })
    const value = (id: string) => (wrapper.find(id).element as HTMLInputElement).value
    expect(value('#audit-object-type')).toBe('CASE')
    expect(value('#audit-object-id')).toBe('C9')
    expect(value('#audit-event')).toBe('LIST')
    expect(value('#audit-from')).toBe('2026-11-01')
    expect(value('#audit-to')).toBe('2026-11-03')
    expect(wrapper.find('[data-testid="audit-heading"]').text()).toBe('Who viewed CASE C9')
  })

  it('pages with Previous and Next from hasMore, and moves focus to the results', async () => {
    auditResponse = async (params) => {
      const page = Number(params.get('page'))
      const body: AuditPage =
        page === 0
          ? { ...AUDIT_PAGE, size: 3, hasMore: true }
          : { records: [auditRecord({ seq: 100 })], page, size: 3, hasMore: false }
      return jsonResponse(body)
    }
    const { wrapper, router } = await mountAt('/audit?event=VIEW_PERSON&size=3')

    let nav = wrapper.find('nav.pagination')
    expect(nav.attributes('aria-label')).toBe('Results pages')
    expect(nav.text()).toContain('Page 1')
    expect(nav.find('a[rel="prev"]').exists()).toBe(false)
    expect(nav.find('a[rel="next"]').attributes('href')).toBe('/audit?event=VIEW_PERSON&page=1&size=3')

    await nav.find('a[rel="next"]').trigger('click')
    await flushPromises()
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ event: 'VIEW_PERSON', page: '1', size: '3' })
    expect(lastAudit()).toEqual({ event: 'VIEW_PERSON', page: '1', size: '3' })
    expect(wrapper.find('[data-testid="audit-status"]').text()).toBe('Showing records 4 to 4, newest first.')
    expect(rows(wrapper)).toHaveLength(1)
    nav = wrapper.find('nav.pagination')
    expect(nav.text()).toContain('Page 2')
    expect(nav.find('a[rel="next"]').exists()).toBe(false)
    expect(nav.find('a[rel="prev"]').attributes('href')).toBe('/audit?event=VIEW_PERSON&size=3')
    // The Next link is gone: focus is on the results heading, not lost.
    expect(document.activeElement?.id).toBe('audit-results-heading')
  })

  it('has no paging when everything fits on one page', async () => {
    auditResponse = async () => jsonResponse({ ...AUDIT_PAGE, hasMore: false })
    const { wrapper } = await mountAt('/audit')
    expect(wrapper.find('nav.pagination').exists()).toBe(false)
  })

  it('says so when nothing matches', async () => {
    auditResponse = async () => jsonResponse({ records: [], page: 0, size: 50, hasMore: false })
    const { wrapper } = await mountAt('/audit?user=nobody')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[data-testid="audit-status"]').text()).toBe('No audit records match these filters.')
  })

  it('shows a 400 in an error summary that takes focus, linked to the field', async () => {
    auditResponse = async () =>
      jsonResponse({ error: 'event must be one of [LOGIN_SUCCESS, LOGIN_FAILURE]', status: 400, correlationId: 'c-400' }, 400)
    const { wrapper } = await mountAt('/audit?event=LOGGED_IN')

    const summary = wrapper.find('[data-testid="error-summary"]')
    expect(summary.attributes('role')).toBe('alert')
    expect(summary.find('h2').text()).toBe('There is a problem')
    const link = summary.find('a')
    expect(link.text()).toBe('event must be one of [LOGIN_SUCCESS, LOGIN_FAILURE]')
    expect(link.attributes('href')).toBe('#audit-event')
    expect(document.activeElement).toBe(summary.element)
    expect(document.title).toBe('Error: Audit trail – Vigil')
    // The field says it too, and is marked invalid.
    expect(wrapper.find('#audit-event-error').text()).toContain('event must be one of')
    expect(wrapper.find('#audit-event').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#audit-event').attributes('aria-describedby')).toBe('audit-event-hint audit-event-error')
    // The unknown value is kept in the form, so the auditor sees what was asked.
    expect((wrapper.find('#audit-event').element as HTMLSelectElement).value).toBe('LOGGED_IN')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[data-testid="error-panel"]').exists()).toBe(false)

    await link.trigger('click')
    expect(document.activeElement?.id).toBe('audit-event')
  })

  it('catches impossible dates in the page, without asking the server', async () => {
    const { wrapper } = await mountAt('/audit')

    await wrapper.find('#audit-from').setValue('2026-11-30')
    await wrapper.find('#audit-to').setValue('2026-11-01')
    await wrapper.find('form[aria-label="Filter audit records"]').trigger('submit')
    await flushPromises()

    const summary = wrapper.find('[data-testid="error-summary"]')
    expect(summary.find('a').text()).toBe('To date must be the same as or after the from date')
    expect(summary.find('a').attributes('href')).toBe('#audit-to')
    expect(document.activeElement).toBe(summary.element)
    expect(auditCalls()).toHaveLength(1)
  })

  it('shows other failures in an error panel with Try again', async () => {
    auditResponse = async () =>
      jsonResponse({ error: 'Action refused: the audit trail is unavailable', status: 503, correlationId: 'c-503' }, 503)
    const { wrapper } = await mountAt('/audit')

    const panel = wrapper.find('[data-testid="error-panel"]')
    expect(panel.text()).toContain('Action refused: the audit trail is unavailable')
    expect(panel.find('.error-panel__correlation-id').text()).toBe('c-503')
    expect(wrapper.find('[data-testid="error-summary"]').exists()).toBe(false)

    auditResponse = async () => jsonResponse(AUDIT_PAGE)
    await panel.find('button').trigger('click')
    await flushPromises()
    expect(rows(wrapper)).toHaveLength(3)
  })

  it('sends no audit query of its own while leaving for another page', async () => {
    const { wrapper, router } = await mountAt('/audit?user=demo.police')

    await wrapper.find('[data-col="objects"] a').trigger('click') // PERSON N0000042's own trail
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/audit?object=PERSON:N0000042')
    await router.push('/no-such-page')
    await flushPromises()

    expect(auditCalls().map((p) => Object.fromEntries(p))).toEqual([
      { user: 'demo.police', page: '0', size: '50' },
      { object: 'PERSON:N0000042', page: '0', size: '50' },
    ])
  })
})

describe('Navigation by role', () => {
  it('an auditor has an Audit link and no Nominals; / goes to the audit trail', async () => {
    const { wrapper, router } = await mountAt('/')

    expect(router.currentRoute.value.fullPath).toBe('/audit')
    expect(navLinks(wrapper)).toEqual(['Audit'])
    expect(wrapper.find('nav[aria-label="Main"] a').attributes('href')).toBe('/audit')
  })

  it('a user without the AUDITOR role sees no Audit link, and /audit says they have no access', async () => {
    session = SESSION // demo.analyst
    const { wrapper } = await mountAt('/audit')

    expect(navLinks(wrapper)).toEqual(['Nominals', 'Search', 'Conflicts', 'Vetting', 'Meetings', 'Statistics', 'Suspects', 'Investigations'])
    expect(wrapper.find('h1').text()).toBe('You do not have access to this page')
    expect(document.title).toBe('You do not have access to this page – Vigil')
    expect(auditCalls()).toHaveLength(0)
  })

  it('an auditor opening a nominal gets the same no-access page, and nothing is fetched', async () => {
    const { wrapper } = await mountAt('/nominals/N0000042')

    expect(wrapper.find('h1').text()).toBe('You do not have access to this page')
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/session'])
  })

  it('an administrator goes from / to the account administration page, with no Nominals or Audit', async () => {
    session = ADMIN_SESSION
    const { wrapper, router } = await mountAt('/')

    expect(router.currentRoute.value.fullPath).toBe('/administration')
    expect(wrapper.find('h1').text()).toBe('Account administration')
    expect(wrapper.text()).toContain('managed through the Vigil API')
    expect(wrapper.find('nav[aria-label="Main"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="signed-in-user"]').text()).toContain('Demo Admin')
  })

  it('a casework user still goes from / to the nominals', async () => {
    session = SESSION
    const { router } = await mountAt('/')
    expect(router.currentRoute.value.path).toBe('/nominals')
  })
})
