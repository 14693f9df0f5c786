import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { AREAS, NOMINAL_PAGE, SESSION, jsonResponse } from '@/testing/fixtures'

let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>
let nominalsResponse: () => Promise<Response>

beforeEach(() => {
  nominalsResponse = async () => jsonResponse(NOMINAL_PAGE)
  fetchMock = vi.fn(async (url: string) => {
    const path = new URL(url, 'http://localhost').pathname
    if (path === '/api/session') return jsonResponse(SESSION)
    if (path === '/api/areas') return jsonResponse(AREAS)
    if (path === '/api/nominals') return nominalsResponse()
    return jsonResponse({ error: 'unexpected', status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

async function mountAt(url: string): Promise<{ wrapper: VueWrapper; router: Router }> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

/** Query parameters of the most recent GET /api/nominals. */
function lastSearch(): Record<string, string> {
  const calls = fetchMock.mock.calls.filter(([url]) => url.startsWith('/api/nominals'))
  const url = new URL(calls.at(-1)![0], 'http://localhost')
  return Object.fromEntries(url.searchParams)
}

function ariaSorts(wrapper: VueWrapper): Record<string, string | undefined> {
  return Object.fromEntries(
    wrapper.findAll('thead th').map((th) => [th.text().replace(/[▲▼⇅]/g, '').trim(), th.attributes('aria-sort')]),
  )
}

describe('NominalListPage', () => {
  it('redirects / to the list of the first area and renders one linked row per nominal', async () => {
    const { wrapper, router } = await mountAt('/')

    expect(router.currentRoute.value.path).toBe('/nominals')
    expect(router.currentRoute.value.query).toEqual({ area: 'north', sort: 'surname', dir: 'asc' })
    expect(wrapper.find('h1').text()).toBe('Nominals')
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(3)
    expect(rows[0]!.find('th[scope="row"]').text()).toBe('Abbott')
    expect(rows[0]!.find('[data-col="forename"]').text()).toBe('Alex')
    expect(rows[0]!.find('[data-col="dob"]').text()).toContain('2 March 1980')
    expect(rows[0]!.find('[data-col="rosh"]').text()).toBe('Very high')
    expect(rows[1]!.find('[data-col="area"]').text()).toBe('South Shire')
    expect(rows[2]!.find('[data-col="dob"]').text()).toBe('—')
    expect(rows.map((r) => r.find('a').attributes('href'))).toEqual(['/nominals/n-1', '/nominals/n-2', '/nominals/n-3'])
    expect(wrapper.find('[data-testid="results-status"]').text()).toBe(
      'Showing 1 to 3 of 123 nominals, sorted by surname, ascending.',
    )
    expect(lastSearch()).toEqual({ area: 'north', sort: 'surname', dir: 'asc', page: '0', size: '50' })
    // Only with an area: the API requires one.
    expect(fetchMock.mock.calls.filter(([url]) => url.startsWith('/api/nominals'))).toHaveLength(1)
    // The area select is filled from GET /api/areas.
    expect(wrapper.findAll('#filter-area option').map((o) => o.text())).toEqual(['North Shire', 'South Shire'])
    expect((wrapper.find('#filter-area').element as HTMLSelectElement).value).toBe('north')
    wrapper.unmount()
  })

  it('marks the sorted column with aria-sort and every other sortable column as none', async () => {
    const { wrapper } = await mountAt('/nominals')

    expect(ariaSorts(wrapper)).toEqual({
      Surname: 'ascending',
      Forename: 'none',
      'Date of birth': 'none',
      Category: 'none',
      Level: 'none',
      RoSH: 'none',
      Town: 'none',
      Area: undefined,
      CRN: undefined,
      PNC: undefined,
    })
    expect(wrapper.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    wrapper.unmount()
  })

  it('clicking a column header sorts by it, puts the sort in the URL and re-queries', async () => {
    const { wrapper, router } = await mountAt('/nominals?page=2')

    await wrapper.find('button[data-sort="dob"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ area: 'north', sort: 'dob', dir: 'asc' })
    expect(lastSearch()).toMatchObject({ sort: 'dob', dir: 'asc', page: '0' })
    expect(ariaSorts(wrapper)).toMatchObject({ 'Date of birth': 'ascending', Surname: 'none' })

    // Same column again flips the direction.
    await wrapper.find('button[data-sort="dob"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ area: 'north', sort: 'dob', dir: 'desc' })
    expect(lastSearch()).toMatchObject({ sort: 'dob', dir: 'desc' })
    expect(ariaSorts(wrapper)['Date of birth']).toBe('descending')
    wrapper.unmount()
  })

  it('restores filters and sort from a linked URL', async () => {
    const { wrapper } = await mountAt('/nominals?area=south&category=2&rosh=HIGH&name=bak&sort=town&dir=desc')

    expect(lastSearch()).toEqual({
      area: 'south',
      category: '2',
      rosh: 'HIGH',
      name: 'bak',
      sort: 'town',
      dir: 'desc',
      page: '0',
      size: '50',
    })
    expect((wrapper.find('#filter-area').element as HTMLSelectElement).value).toBe('south')
    expect((wrapper.find('#filter-category').element as HTMLSelectElement).value).toBe('2')
    expect((wrapper.find('#filter-rosh').element as HTMLSelectElement).value).toBe('HIGH')
    expect((wrapper.find('#filter-name').element as HTMLInputElement).value).toBe('bak')
    expect(ariaSorts(wrapper).Town).toBe('descending')
    wrapper.unmount()
  })

  it('ignores invalid values in the URL', async () => {
    const { wrapper } = await mountAt('/nominals?area=south&category=9&rosh=EXTREME&sort=password&dir=sideways&page=-1')

    expect(lastSearch()).toEqual({ area: 'south', sort: 'surname', dir: 'asc', page: '0', size: '50' })
    wrapper.unmount()
  })

  it('applying filters writes them to the URL, back on the first page', async () => {
    const { wrapper, router } = await mountAt('/nominals?area=north&sort=forename&page=1')

    await wrapper.find('#filter-area').setValue('south')
    await wrapper.find('#filter-category').setValue('3')
    await wrapper.find('#filter-level').setValue('1')
    await wrapper.find('#filter-name').setValue('  baker ')
    // Nothing happens until the user applies the filters.
    expect(router.currentRoute.value.query.category).toBeUndefined()
    await wrapper.find('form[aria-label="Filter nominals"]').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({
      area: 'south',
      category: '3',
      level: '1',
      name: 'baker',
      sort: 'forename',
      dir: 'asc',
    })
    expect(lastSearch()).toMatchObject({ area: 'south', category: '3', level: '1', name: 'baker', page: '0' })

    await wrapper.find('button.button--secondary').trigger('click') // Clear filters: the area stays
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ area: 'south', sort: 'forename', dir: 'asc' })
    wrapper.unmount()
  })

  it('pages through results with real links', async () => {
    const { wrapper } = await mountAt('/nominals?category=1')

    const nav = wrapper.find('nav.pagination')
    expect(nav.attributes('aria-label')).toBe('Results pages')
    expect(nav.text()).toContain('Page 1 of 3')
    expect(nav.find('a[rel="prev"]').exists()).toBe(false)
    expect(nav.find('a[rel="next"]').attributes('href')).toBe('/nominals?area=north&category=1&sort=surname&dir=asc&page=1')
    wrapper.unmount()
  })

  it('opens the profile when a row is clicked', async () => {
    const { wrapper, router } = await mountAt('/nominals')
    fetchMock.mockImplementationOnce(async () => jsonResponse({ error: 'gone', status: 404 }, 404))

    await wrapper.findAll('tbody tr')[1]!.find('[data-col="town"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/nominals/n-2')
    wrapper.unmount()
  })

  it('shows a retry when the areas cannot be loaded, and searches nothing without an area', async () => {
    let areasUp = false
    fetchMock.mockImplementation(async (url: string) => {
      const path = new URL(url, 'http://localhost').pathname
      if (path === '/api/session') return jsonResponse(SESSION)
      if (path === '/api/areas') {
        if (!areasUp) return jsonResponse({ error: 'Areas unavailable', status: 503, correlationId: 'c-areas' }, 503)
        return jsonResponse(AREAS)
      }
      return jsonResponse(NOMINAL_PAGE)
    })
    const { wrapper, router } = await mountAt('/nominals')

    const panel = wrapper.find('[data-testid="error-panel"]')
    expect(panel.text()).toContain('Areas unavailable')
    expect(panel.find('.error-panel__correlation-id').text()).toBe('c-areas')
    expect(fetchMock.mock.calls.some(([url]) => url.startsWith('/api/nominals'))).toBe(false)

    areasUp = true
    await panel.find('button').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query.area).toBe('north')
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
    wrapper.unmount()
  })

  it('says so when nothing matches', async () => {
    nominalsResponse = async () => jsonResponse({ items: [], total: 0, page: 0, size: 50 })
    const { wrapper } = await mountAt('/nominals?name=zzz')

    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('[data-testid="results-status"]').text()).toBe('No nominals match these filters.')
    wrapper.unmount()
  })

  it('shows the server message and correlation id when the search fails', async () => {
    nominalsResponse = async () => jsonResponse({ error: 'Search failed', status: 500, correlationId: 'corr-77' }, 500)
    const { wrapper } = await mountAt('/nominals')

    const panel = wrapper.find('[data-testid="error-panel"]')
    expect(panel.attributes('role')).toBe('alert')
    expect(panel.text()).toContain('Search failed')
    expect(panel.find('.error-panel__correlation-id').text()).toBe('corr-77')
    expect(wrapper.find('table').exists()).toBe(false)
    wrapper.unmount()
  })

  it('offers a retry after a network failure, and recovers', async () => {
    nominalsResponse = async () => {
      throw new TypeError('Failed to fetch')
    }
    const { wrapper } = await mountAt('/nominals')

    const panel = wrapper.find('[data-testid="error-panel"]')
    expect(panel.text()).toContain('Cannot connect to Vigil')
    nominalsResponse = async () => jsonResponse(NOMINAL_PAGE)
    await panel.find('button').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="error-panel"]').exists()).toBe(false)
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
    wrapper.unmount()
  })
})
