import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { SESSION, jsonResponse } from '@/testing/fixtures'

const STATE = {
  root: { kind: 'PERSON', id: 'N1' }, hops: 2, types: ['LIVES_AT'], window: { at: null, from: null, to: null }, expanded: [],
  removed: [], selected: [], pinned: [], year: null, records: [{ kind: 'PERSON', id: 'N1' }, { kind: 'ADDRESS', id: 'A1' }],
}
function investigation(overrides: Record<string, unknown> = {}) {
  return {
    id: 'inv-1', name: 'Ash phone ring', description: 'Phones shared', createdBy: 'demo.analyst', createdByAgency: 'cumbria-police',
    createdAt: '2026-11-20T10:00:00Z', updatedAt: '2026-11-21T10:00:00Z', version: 2, deletedAt: null, deletedBy: null,
    mayDelete: true,
    charts: [{ id: 'c-1', name: 'First look', state: STATE, createdAt: '2026-11-20T10:00:00Z', createdBy: 'demo.analyst' }],
    searches: [{ id: 's-1', kind: 'SUSPECT', params: { crimeRef: 'CR/1/26' }, purpose: 'CR/1/26', createdAt: '2026-11-20T10:00:00Z', createdBy: 'demo.analyst' }],
    records: STATE.records,
    ...overrides,
  }
}

let wrapper: VueWrapper | null = null
let handler: (url: string, init?: RequestInit) => Response
let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>
beforeEach(() => {
  handler = () => jsonResponse(investigation())
  fetchMock = vi.fn(async (url: string, init?: RequestInit) =>
    url === '/api/session' ? jsonResponse(SESSION) : handler(url, init),
  )
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.unstubAllGlobals()
})

async function mountPage(): Promise<VueWrapper> {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/investigations/inv-1')
  await router.isReady()
  wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('InvestigationPage', () => {
  it('shows its charts, each opened on the network page to be drawn again, and its saved searches', async () => {
    const w = await mountPage()
    expect(w.get('h1').text()).toBe('Ash phone ring')
    expect(document.title).toBe('Investigation: Ash phone ring – Vigil')
    const charts = w.get('[data-testid="investigation-charts"]')
    expect(charts.text()).toContain('First look')
    expect(charts.text()).toContain('2 records')
    expect(charts.get('a').attributes('href')).toBe('/nominals/N1/network?investigation=inv-1&chart=c-1')
    expect(w.get('[data-testid="investigation-searches"]').text()).toContain('Suspect search (crimeRef: CR/1/26)')
  })

  it('renames with the version it read', async () => {
    const w = await mountPage()
    handler = (url, init) => (init?.method === 'PUT' ? jsonResponse(investigation({ name: 'Renamed', version: 3 })) : jsonResponse(investigation()))
    await w.findAll('button').find((b) => b.text() === 'Rename or describe')!.trigger('click')
    await w.get('#investigation-name').setValue('Renamed')
    await w.get('form[aria-label="Rename the investigation"]').trigger('submit')
    await flushPromises()
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!
    expect(put[0]).toBe('/api/investigations/inv-1')
    expect(JSON.parse(put[1]!.body as string)).toEqual({ name: 'Renamed', description: 'Phones shared', version: 2 })
    expect(w.get('h1').text()).toBe('Renamed')
    expect(w.get('[data-testid="investigation-status"]').text()).toBe('Saved the new name and description.')
  })

  it('on a stale version says so and reloads the colleague’s change', async () => {
    const w = await mountPage()
    handler = (url, init) =>
      init?.method === 'PUT'
        ? jsonResponse({ error: 'Someone changed this investigation meanwhile (now version 5): reload it and make your change again', status: 409 }, 409)
        : jsonResponse(investigation({ name: 'Their name', version: 5 }))
    await w.findAll('button').find((b) => b.text() === 'Rename or describe')!.trigger('click')
    await w.get('#investigation-name').setValue('Mine')
    await w.get('form[aria-label="Rename the investigation"]').trigger('submit')
    await flushPromises()
    expect(w.get('[data-testid="investigation-error"]').text()).toContain('Someone changed this investigation meanwhile')
    expect(w.get('h1').text()).toBe('Their name')
    expect((w.get('#investigation-name').element as HTMLInputElement).value).toBe('Mine')
  })

  it('deletes and restores for its creator', async () => {
    const w = await mountPage()
    handler = (url, init) =>
      init?.method === 'DELETE'
        ? jsonResponse(investigation({ deletedAt: '2026-11-22T10:00:00Z', deletedBy: 'demo.analyst' }))
        : url.endsWith('/restore')
          ? jsonResponse(investigation())
          : jsonResponse(investigation())
    await w.findAll('button').find((b) => b.text() === 'Delete investigation')!.trigger('click')
    await flushPromises()
    expect(w.get('[data-testid="deleted"]').text()).toContain('Deleted on')
    await w.findAll('button').find((b) => b.text() === 'Restore investigation')!.trigger('click')
    await flushPromises()
    expect(fetchMock.mock.calls.some(([u, init]) => u === '/api/investigations/inv-1/restore' && init?.method === 'POST')).toBe(true)
    expect(w.find('[data-testid="deleted"]').exists()).toBe(false)
  })

  it('offers no delete to a colleague who is not its creator', async () => {
    handler = () => jsonResponse(investigation({ mayDelete: false }))
    const w = await mountPage()
    expect(w.findAll('button').map((b) => b.text())).not.toContain('Delete investigation')
    expect(w.findAll('button').map((b) => b.text())).toContain('Rename or describe')
  })

  it('answers a 404 (unknown, or including a record the user may not see) as not found', async () => {
    handler = () => jsonResponse({ error: 'No investigation with id inv-1', status: 404 }, 404)
    const nf = await mountPage()
    expect(nf.get('h1').text()).toBe('Not found')
    expect(nf.text()).not.toContain('Ash phone ring')
  })
})
