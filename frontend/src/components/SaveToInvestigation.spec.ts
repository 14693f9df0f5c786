import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import SaveToInvestigation from './SaveToInvestigation.vue'
import type { ChartState } from '@/services/investigations'
import { jsonResponse } from '@/testing/fixtures'

const STATE: ChartState = {
  root: { kind: 'PERSON', id: 'N1' }, hops: 2, types: [], window: { at: null, from: null, to: null }, expanded: [], removed: [],
  selected: [], pinned: [], year: null, records: [{ kind: 'PERSON', id: 'N1' }],
}
const SAVED = { id: 'inv-1', name: 'Ash ring', charts: [], searches: [], records: [] }

let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>
beforeEach(() => {
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('/api/investigations?')) return jsonResponse({ items: [{ id: 'inv-0', name: 'Older one' }], total: 1, page: 1, size: 100 })
    if (url === '/api/investigations' && init?.method === 'POST') return jsonResponse(SAVED, 201)
    if (url === '/api/investigations/inv-0/charts') return jsonResponse({ ...SAVED, id: 'inv-0', name: 'Older one' }, 201)
    return jsonResponse({ error: 'Not found', status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

function mountIt() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }] })
  const build = vi.fn(() => STATE)
  const wrapper = mount(SaveToInvestigation, {
    props: { build, defaultChartName: 'Network of Alan Ash' },
    global: { plugins: [router] },
    attachTo: document.body,
  })
  return { wrapper, build }
}

describe('SaveToInvestigation', () => {
  it('creates a new investigation holding the chart, and links to it', async () => {
    const { wrapper, build } = mountIt()
    expect((wrapper.get('#save-chart-name').element as HTMLInputElement).value).toBe('Network of Alan Ash')
    await wrapper.get('#save-investigation-name').setValue('Ash ring')
    await wrapper.get('#save-investigation-description').setValue('Phones shared')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(build).toHaveBeenCalledOnce()
    const [url, init] = fetchMock.mock.calls.find(([u]) => u === '/api/investigations')!
    expect(url).toBe('/api/investigations')
    expect(JSON.parse(init!.body as string)).toEqual({
      name: 'Ash ring', description: 'Phones shared', chart: { name: 'Network of Alan Ash', state: STATE },
    })
    const status = wrapper.get('[data-testid="save-investigation-status"]')
    expect(status.text()).toBe('Saved to Ash ring.')
    expect(status.get('a').attributes('href')).toBe('/investigations/inv-1')
    expect(wrapper.emitted('saved')).toHaveLength(1)
    wrapper.unmount()
  })

  it('adds the chart to an existing investigation chosen from the list', async () => {
    const { wrapper } = mountIt()
    await wrapper.get('#save-target-existing').setValue(true)
    await flushPromises()
    const select = wrapper.get('#save-investigation-existing')
    expect(select.text()).toContain('Older one')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const call = fetchMock.mock.calls.find(([u]) => u === '/api/investigations/inv-0/charts')
    expect(call).toBeDefined()
    expect(JSON.parse(call![1]!.body as string)).toEqual({ name: 'Network of Alan Ash', state: STATE })
    expect(wrapper.get('[data-testid="save-investigation-status"]').text()).toBe('Saved to Older one.')
    // The list is read again (the one saved to is now the last changed), still chosen.
    expect(fetchMock.mock.calls.filter(([u]) => u.startsWith('/api/investigations?'))).toHaveLength(2)
    expect((wrapper.get('#save-investigation-existing').element as HTMLSelectElement).value).toBe('inv-0')
    wrapper.unmount()
  })

  it('asks for a name before saving, and shows what the server refused', async () => {
    const { wrapper, build } = mountIt()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toBe('Enter a name for the investigation.')
    expect(build).not.toHaveBeenCalled()
    fetchMock.mockImplementationOnce(async () =>
      jsonResponse({ error: 'The chart names records that were not found: PERSON:H2', status: 400 }, 400),
    )
    await wrapper.get('#save-investigation-name').setValue('x')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('The chart names records that were not found: PERSON:H2')
    wrapper.unmount()
  })
})

describe('SaveToInvestigation chart name', () => {
  it('follows the page suggestion once the chart has loaded, but keeps what the user typed', async () => {
    const { wrapper } = mountIt()
    await wrapper.setProps({ defaultChartName: 'Network' })
    await wrapper.setProps({ defaultChartName: 'Network of Abdi Abdi' })
    expect((wrapper.get('#save-chart-name').element as HTMLInputElement).value).toBe('Network of Abdi Abdi')
    await wrapper.get('#save-chart-name').setValue('My own name')
    await wrapper.setProps({ defaultChartName: 'Network of someone else' })
    expect((wrapper.get('#save-chart-name').element as HTMLInputElement).value).toBe('My own name')
    wrapper.unmount()
  })

  it('saves a search (no chart name): a new investigation, then the search added to it', async () => {
    fetchMock.mockImplementation(async (url: string, init?: RequestInit) => {
      if (url === '/api/investigations' && init?.method === 'POST') return jsonResponse(SAVED, 201)
      if (url === '/api/investigations/inv-1/searches') return jsonResponse({ ...SAVED, searches: [{ id: 's1' }] }, 201)
      return jsonResponse({ error: 'Not found', status: 404 }, 404)
    })
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }] })
    const search = vi.fn(() => ({ kind: 'SUSPECT' as const, params: { postcode: 'CA1 1AB', from: '2026-01-01' }, purpose: 'CR/1/26' }))
    const wrapper = mount(SaveToInvestigation, { props: { search }, global: { plugins: [router] }, attachTo: document.body })
    expect(wrapper.find('#save-chart-name').exists()).toBe(false)
    expect(wrapper.get('legend').text()).toBe('Save the search to')
    await wrapper.get('#save-investigation-name').setValue('Carlisle assaults')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const create = fetchMock.mock.calls.find(([u]) => u === '/api/investigations')!
    expect(JSON.parse(create[1]!.body as string)).toEqual({ name: 'Carlisle assaults', description: '' })
    const add = fetchMock.mock.calls.find(([u]) => u === '/api/investigations/inv-1/searches')!
    expect(JSON.parse(add[1]!.body as string)).toEqual({
      kind: 'SUSPECT', params: { postcode: 'CA1 1AB', from: '2026-01-01' }, purpose: 'CR/1/26',
    })
    expect(wrapper.get('[data-testid="save-investigation-status"]').text()).toBe('Saved to Ash ring.')
    wrapper.unmount()
  })
})
