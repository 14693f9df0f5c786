import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { FACTORS } from '@/services/suspects'
import { SESSION, jsonResponse } from '@/testing/fixtures'

let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>
let answer: () => Promise<Response>
let pdfAnswer: () => Promise<Response>
let wrapper: VueWrapper | null = null

function suspect(id: string, name: string, total: number, opportunity: number) {
  const factors: Record<string, { score: number; max: number; reasons: string[] }> = Object.fromEntries(
    FACTORS.map((f) => [f, { score: 0, max: 10, reasons: [] as string[] }]),
  )
  factors.OPPORTUNITY = { score: opportunity, max: 30, reasons: [`Home ${opportunity} m from the place`] }
  return { rank: 1, id, name, dob: '1985-04-02', ageOnDay: 40, sex: 'M', area: 'cumbria', total, factors,
    links: [{ relation: 'HOME', id: 'A', label: '3 Fell View, Carlisle', kind: 'PRIVATE', lat: 54.89, lng: -2.93, distanceM: 300 }] }
}

const RESULT = {
  searchId: 's1', purpose: 'CR/1/26', place: { lat: 54.8925, lng: -2.9329, radiusM: 2000, resolvedFrom: 'point' },
  from: '2025-06-10T21:00', to: '2025-06-10T23:00', considered: 4, capped: false,
  suspects: [suspect('S1', 'Dean Walsh', 80, 10), suspect('S7', 'Lee Moss', 30, 25)],
  ruledOutCount: 1, ruledOut: [{ id: 'S2', name: 'Gary Platt', reasons: ['In custody (sentence) from 2024-11-01 to 2026-02-01: the whole window'] }],
  factors: [], notices: [],
}

beforeEach(() => {
  answer = async () => jsonResponse(RESULT)
  pdfAnswer = async () => new Response('%PDF-1.7 test', { status: 200,
    headers: { 'Content-Type': 'application/pdf' } })
  fetchMock = vi.fn(async (url: string) => {
    const u = new URL(url, 'http://localhost')
    if (u.pathname === '/api/session') return jsonResponse({ ...SESSION, user: { ...SESSION.user, roles: ['POLICE_PRACTITIONER'] } })
    if (u.pathname === '/api/suspects') return answer()
    if (u.pathname === '/api/suspects/export.pdf') return pdfAnswer()
    return jsonResponse({ error: 'Not found', status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.unstubAllGlobals()
})

async function searched(): Promise<VueWrapper> {
  const w = await mountPage()
  await w.get('#s-purpose').setValue('CR/1/26')
  await w.get('#s-lat').setValue('54.8925')
  await w.get('#s-lng').setValue('-2.9329')
  await w.get('#s-from').setValue('2025-06-10T21:00')
  await w.get('#s-to').setValue('2025-06-10T23:00')
  await w.get('#s-description').setValue('spider web tattoo')
  await w.get('[data-testid="suspect-form"]').trigger('submit')
  await flushPromises()
  return w
}

async function mountPage(path = '/suspects'): Promise<VueWrapper> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('SuspectSearchPage', () => {
  it('sends the offence with its crime reference and shows the ranked, explained list and the ruled out', async () => {
    const w = await mountPage()
    await w.get('#s-purpose').setValue('CR/1/26')
    await w.get('#s-lat').setValue('54.8925')
    await w.get('#s-lng').setValue('-2.9329')
    await w.get('#s-from').setValue('2025-06-10T21:00')
    await w.get('#s-to').setValue('2025-06-10T23:00')
    await w.get('#s-description').setValue('spider web tattoo')
    await w.get('[data-testid="suspect-form"]').trigger('submit')
    await flushPromises()
    const call = fetchMock.mock.calls.find(([url]) => url.startsWith('/api/suspects'))!
    const body = JSON.parse(String(call[1]!.body))
    expect(body).toMatchObject({ purpose: 'CR/1/26', lat: 54.8925, lng: -2.9329, suspectDescription: 'spider web tattoo' })
    expect(body).not.toHaveProperty('postcode')
    const rows = w.findAll('[data-testid="suspect-table"] tbody tr')
    expect(rows.map((r) => r.find('th').text())).toEqual([expect.stringContaining('Dean Walsh'), expect.stringContaining('Lee Moss')])
    expect(w.text()).toContain('Home 10 m from the place')
    expect(w.get('[data-testid="suspect-ruled-out"]').text()).toContain('In custody (sentence)')
    await w.get('[data-testid="suspect-sort"]').setValue('OPPORTUNITY')
    expect(w.findAll('[data-testid="suspect-table"] tbody tr')[0]!.find('th').text()).toContain('Lee Moss')
  })

  it('shows the server’s message when the search is refused', async () => {
    answer = async () => jsonResponse({ error: 'The time window is inverted or empty: from must be before to', status: 400 }, 400)
    const w = await mountPage()
    await w.get('[data-testid="suspect-form"]').trigger('submit')
    await flushPromises()
    expect(w.get('[data-testid="suspect-error"]').text()).toContain('inverted')
  })

  it('links each suspect to his network', async () => {
    const w = await searched()
    const link = w.get('[data-testid="suspect-network-S7"]')
    expect(link.text()).toBe('Open network')
    expect(link.attributes('href')).toBe('/nominals/S7/network')
  })

  it('asks the server for the PDF of the search shown, in the order shown, and downloads it', async () => {
    const created: string[] = []
    const { createObjectURL, revokeObjectURL } = URL // jsdom has none: a download needs them
    URL.createObjectURL = () => 'blob:pdf'
    URL.revokeObjectURL = () => undefined
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      created.push(this.download)
    })
    const w = await searched()
    await w.get('#s-description').setValue('edited after the search')
    await w.get('[data-testid="suspect-sort"]').setValue('OPPORTUNITY')
    await w.get('[data-testid="suspect-pdf"]').trigger('click')
    await flushPromises()
    const call = fetchMock.mock.calls.find(([url]) => url.startsWith('/api/suspects/export.pdf'))!
    expect(call[1]!.method).toBe('POST')
    const body = JSON.parse(String(call[1]!.body))
    expect(body).toMatchObject({ purpose: 'CR/1/26', suspectDescription: 'spider web tattoo', sort: 'OPPORTUNITY' })
    expect(body).not.toHaveProperty('suspects')
    expect(w.find('[data-testid="suspect-pdf-error"]').exists() ? w.get('[data-testid="suspect-pdf-error"]').text() : '').toBe('')
    expect(created).toEqual(['suspects-CR_1_26.pdf'])
    expect(w.text()).not.toContain('not available yet')
    expect(w.text()).not.toContain('PDF export and saving')
    click.mockRestore()
    Object.assign(URL, { createObjectURL, revokeObjectURL })
  })

  it('shows the server’s message when the PDF is refused', async () => {
    pdfAnswer = async () => jsonResponse({ error: 'The search took too long: narrow the radius or the time window', status: 400 }, 400)
    const w = await searched()
    await w.get('[data-testid="suspect-pdf"]').trigger('click')
    await flushPromises()
    expect(w.get('[data-testid="suspect-pdf-error"]').text()).toContain('took too long')
  })

  it('saves the search that produced the list to an investigation', async () => {
    const w = await searched()
    const save = w.get('[data-testid="save-investigation"]')
    expect(save.get('legend').text()).toBe('Save the search to')
    fetchMock.mockImplementation(async (url: string) => {
      if (url === '/api/investigations') return jsonResponse({ id: 'inv-1', name: 'Op Fell', charts: [], searches: [], records: [] }, 201)
      if (url === '/api/investigations/inv-1/searches') return jsonResponse({ id: 'inv-1', name: 'Op Fell', charts: [], searches: [], records: [] }, 201)
      return jsonResponse({ error: 'Not found', status: 404 }, 404)
    })
    await save.get('#save-investigation-name').setValue('Op Fell')
    await save.get('form').trigger('submit')
    await flushPromises()
    const add = fetchMock.mock.calls.find(([u]) => u === '/api/investigations/inv-1/searches')!
    const body = JSON.parse(add[1]!.body as string)
    expect(body.kind).toBe('SUSPECT')
    expect(body.purpose).toBe('CR/1/26')
    expect(body.params).toMatchObject({ lat: 54.8925, lng: -2.9329, from: '2025-06-10T21:00', suspectDescription: 'spider web tattoo' })
    expect(body.params.purpose).toBeUndefined()
  })

  it('fills the form from a saved search, leaving the crime reference to the user, and does not search by itself', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      const u = new URL(url, 'http://localhost')
      if (u.pathname === '/api/session') return jsonResponse({ ...SESSION, user: { ...SESSION.user, roles: ['POLICE_PRACTITIONER'] } })
      if (u.pathname === '/api/investigations/inv-1') return jsonResponse({ id: 'inv-1', name: 'Op Fell', charts: [], records: [],
        searches: [{ id: 'ss1', kind: 'SUSPECT', purpose: 'CR/1/26', createdAt: '2026-11-01T10:00:00Z', createdBy: 'a',
          params: { postcode: 'CA1 1AB', radiusM: 1500, from: '2025-06-10T21:00', to: '2025-06-10T23:00', vehicle: 'PL?1' } }] })
      return jsonResponse({ error: 'Not found', status: 404 }, 404)
    })
    const w = await mountPage('/suspects?investigation=inv-1&search=ss1')
    expect(w.get('[data-testid="suspect-filled"]').text()).toContain('saved for CR/1/26')
    expect((w.get('#s-place-kind').element as HTMLSelectElement).value).toBe('postcode')
    expect((w.get('#s-postcode').element as HTMLInputElement).value).toBe('CA1 1AB')
    expect((w.get('#s-radius').element as HTMLInputElement).value).toBe('1500')
    expect((w.get('#s-vehicle').element as HTMLInputElement).value).toBe('PL?1')
    expect((w.get('#s-purpose').element as HTMLInputElement).value).toBe('')
    expect(fetchMock.mock.calls.some(([u]) => u.startsWith('/api/suspects'))).toBe(false)
  })
})
