import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { SESSION, jsonResponse } from '@/testing/fixtures'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.unstubAllGlobals()
})

const ITEM = {
  id: 'inv-1', name: 'Ash phone ring', description: 'Phones shared across Carlisle', createdBy: 'demo.analyst',
  createdByAgency: 'cumbria-police', createdAt: '2026-11-20T10:00:00Z', updatedAt: '2026-11-21T10:00:00Z', version: 3,
  records: 5, charts: 2, searches: 1,
}

async function mountAt(url: string, page: unknown, session = SESSION) {
  const fetchMock = vi.fn(async (u: string) => {
    if (u === '/api/session') return jsonResponse(session)
    if (u.startsWith('/api/investigations')) return jsonResponse(page)
    return jsonResponse({ error: 'Not found', status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  await router.isReady()
  wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, fetchMock, router }
}

describe('InvestigationsPage', () => {
  it('lists the investigations the API answers, each linking to its page, and is in the header navigation', async () => {
    const { wrapper: w, fetchMock } = await mountAt('/investigations', { items: [ITEM], total: 1, totalExact: true, page: 1, size: 20 })
    expect(w.get('h1').text()).toBe('Investigations')
    expect(fetchMock.mock.calls.map(([u]) => u)).toContain('/api/investigations?page=1&size=20')
    expect(w.get('[data-testid="investigations-status"]').text()).toBe('Showing 1 to 1 of 1 investigation, newest changed first.')
    const table = w.get('[data-testid="investigations"]')
    const link = table.get('tbody a')
    expect(link.text()).toBe('Ash phone ring')
    expect(link.attributes('href')).toBe('/investigations/inv-1')
    expect(table.text()).toContain('Phones shared across Carlisle')
    expect(table.text()).toContain('demo.analyst')
    const nav = w.get('nav[aria-label="Main"]')
    const navLink = nav.findAll('a').find((a) => a.text() === 'Investigations')
    expect(navLink?.attributes('href')).toBe('/investigations')
    expect(navLink?.classes()).toContain('app-header__nav-link--active')
  })

  it('asks for the page in the address and offers the next one', async () => {
    const { wrapper: w, fetchMock } = await mountAt('/investigations?page=2', { items: [ITEM], total: 45, totalExact: true, page: 2, size: 20 })
    expect(fetchMock.mock.calls.map(([u]) => u)).toContain('/api/investigations?page=2&size=20')
    expect(w.get('.pagination__status').text()).toBe('Page 2 of 3')
    expect(w.get('a[rel="next"]').attributes('href')).toBe('/investigations?page=3')
    expect(w.get('a[rel="prev"]').attributes('href')).toBe('/investigations')
  })

  it('filters by text and "mine only" from the form: Enter applies, the address and the API carry them, focus goes to the status', async () => {
    const { wrapper: w, fetchMock, router } = await mountAt('/investigations?page=3', { items: [ITEM], total: 1, totalExact: true, page: 1, size: 20 })
    const box = w.get('#investigation-filter-q')
    await box.setValue('  ash ring ')
    await w.get('#investigation-filter-mine').setValue(true)
    await w.get('[data-testid="investigation-filters"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/investigations?q=ash+ring&mine=true')
    expect(fetchMock.mock.calls.map(([u]) => u)).toContain('/api/investigations?page=1&size=20&q=ash+ring&mine=true')
    const status = w.get('[data-testid="investigations-status"]')
    expect(status.text()).toBe('Showing 1 to 1 of 1 investigation matching the filters, newest changed first.')
    await flushPromises()
    expect(document.activeElement).toBe(status.element)

    // Clearing goes back to the whole list, first page.
    await w.get('button.button--secondary').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/investigations')
    expect((w.get('#investigation-filter-q').element as HTMLInputElement).value).toBe('')
    expect((w.get('#investigation-filter-mine').element as HTMLInputElement).checked).toBe(false)
  })

  it('fills the form from the address, and the next page keeps the filters', async () => {
    const { wrapper: w, fetchMock } = await mountAt('/investigations?q=ring&mine=true', {
      items: [ITEM], total: 30, totalExact: true, page: 1, size: 20,
    })
    expect(fetchMock.mock.calls.map(([u]) => u)).toContain('/api/investigations?page=1&size=20&q=ring&mine=true')
    expect((w.get('#investigation-filter-q').element as HTMLInputElement).value).toBe('ring')
    expect((w.get('#investigation-filter-mine').element as HTMLInputElement).checked).toBe(true)
    expect(w.get('a[rel="next"]').attributes('href')).toBe('/investigations?q=ring&mine=true&page=2')
  })

  it('says "at least" when the server stopped counting, and still offers the next page', async () => {
    const items = Array.from({ length: 20 }, (_, n) => ({ ...ITEM, id: `inv-${n}` }))
    const { wrapper: w } = await mountAt('/investigations?page=50', { items, total: 1000, totalExact: false, page: 50, size: 20 })
    expect(w.get('[data-testid="investigations-status"]').text())
      .toBe('Showing 981 to 1000 of at least 1,000 investigations, newest changed first.')
    expect(w.get('a[rel="next"]').attributes('href')).toBe('/investigations?page=51')
  })

  it('says when nothing matches the filters', async () => {
    const { wrapper: w } = await mountAt('/investigations?q=zzz', { items: [], total: 0, totalExact: true, page: 1, size: 20 })
    expect(w.get('[data-testid="no-investigations"]').text()).toBe('No investigations you can see match these filters.')
    expect(w.find('[data-testid="investigations"]').exists()).toBe(false)
  })

  it('says so when there are none', async () => {
    const { wrapper: w } = await mountAt('/investigations', { items: [], total: 0, totalExact: true, page: 1, size: 20 })
    expect(w.get('[data-testid="no-investigations"]').text()).toBe('There are no investigations you can see yet.')
  })

  it('is not offered to a duty-to-co-operate member, and the page asks the API nothing', async () => {
    const dtc = { ...SESSION, user: { ...SESSION.user, roles: ['DTC_MEMBER'] } }
    const { wrapper: d, fetchMock } = await mountAt('/investigations', { items: [], total: 0, totalExact: true, page: 1, size: 20 }, dtc)
    expect(d.get('h1').text()).toBe('You do not have access to this page')
    expect(fetchMock.mock.calls.map(([u]) => u).filter((u) => u.startsWith('/api/investigations'))).toEqual([])
  })
})
