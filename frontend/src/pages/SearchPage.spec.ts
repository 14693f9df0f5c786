import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '@/App.vue'
import { resetSession } from '@/composables/useSession'
import { createAppRouter } from '@/router'
import { CSRF_HEADER } from '@/services/api'
import { AREAS, AUDITOR_SESSION, NOMINAL_PAGE, SESSION, jsonResponse, searchAnswer, searchItem } from '@/testing/fixtures'

let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>
let session: unknown
let searchResponse: (params: URLSearchParams) => Promise<Response>
/** What happened, in order: API calls other than the session, and navigations. */
let events: string[]
let wrapper: VueWrapper | null = null

beforeEach(() => {
  session = SESSION
  events = []
  searchResponse = async (params) =>
    params.get('mode') === 'typeahead'
      ? jsonResponse(searchAnswer({ searchId: 'typeahead-1', size: 6, facets: null }))
      : jsonResponse(searchAnswer({ page: Number(params.get('page') ?? '0') }))
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const u = new URL(url, 'http://localhost')
    if (u.pathname === '/api/session') return jsonResponse(session)
    events.push(`${init?.method ?? 'GET'} ${u.pathname}`)
    if (u.pathname === '/api/areas') return jsonResponse(AREAS)
    if (u.pathname === '/api/search') return searchResponse(u.searchParams)
    if (u.pathname === '/api/search/selections') return new Response(null, { status: 204 })
    if (u.pathname === '/api/nominals') return jsonResponse(NOMINAL_PAGE)
    return jsonResponse({ error: 'Not found', status: 404 }, 404)
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
  router.beforeEach((to) => {
    events.push(`navigate ${to.fullPath}`)
  })
  await router.push(url)
  await router.isReady()
  // Record when the app asks to navigate (before any guard runs), not only when it happens.
  const push = router.push.bind(router)
  router.push = (to) => {
    events.push('push')
    return push(to)
  }
  wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

function searchCalls(): URLSearchParams[] {
  return fetchMock.mock.calls
    .filter(([url]) => url.startsWith('/api/search?'))
    .map(([url]) => new URL(url, 'http://localhost').searchParams)
}

function selectionCalls(): Array<{ body: unknown; headers: Record<string, string> }> {
  return fetchMock.mock.calls
    .filter(([url]) => url === '/api/search/selections')
    .map(([, init]) => ({ body: JSON.parse(String(init!.body)), headers: init!.headers as Record<string, string> }))
}

const cards = () => wrapper!.findAll('[data-testid="search-result"]')
const status = () => wrapper!.get('[data-testid="search-status"]').text()

describe('SearchPage', () => {
  it('searches nothing until there is a query, and says searches are recorded', async () => {
    await mountAt('/search')

    expect(wrapper!.get('h1').text()).toBe('Search')
    expect(document.title).toBe('Search – Vigil')
    expect(searchCalls()).toHaveLength(0)
    expect(wrapper!.text()).toContain('recorded in the audit trail')
    expect(wrapper!.find('[data-testid="search-status"]').exists()).toBe(false)
    // The page's own box replaces the header's; the nav link says where we are.
    expect(wrapper!.find('[data-testid="header-search"]').exists()).toBe(false)
    const link = wrapper!.get('nav[aria-label="Main"]').findAll('a').find((a) => a.text() === 'Search')!
    expect(link.attributes('href')).toBe('/search')
    expect(link.classes()).toContain('app-header__nav-link--active')
  })

  it('runs the search in the URL and shows each result, with why it matched', async () => {
    await mountAt('/search?q=Jon+Smyth')

    expect(Object.fromEntries(searchCalls().at(-1)!)).toEqual({ q: 'Jon Smyth', mode: 'full', page: '0', size: '20' })
    expect(document.title).toBe('Search results – Vigil')
    expect((wrapper!.get('#search-q').element as HTMLInputElement).value).toBe('Jon Smyth')
    expect(status()).toBe("3 results for 'Jon Smyth'")
    expect(wrapper!.text()).toContain('Searched as a name.')

    const [nominal, other, vehicle] = cards()
    // A nominal: linked to the profile, with its MAPPA details.
    expect(nominal!.get('h3 a').attributes('href')).toBe('/nominals/N0000101')
    expect(nominal!.get('h3').text()).toBe('John SMITH')
    expect(nominal!.get('[data-testid="search-type"]').text()).toBe('Person')
    expect(nominal!.get('[data-testid="search-tier"]').text()).toBe('Match: Phonetic')
    expect(nominal!.text()).toContain('born 12/03/1985 · Carlisle')
    expect(nominal!.findAll('[data-testid="search-why"] li').map((li) => li.text())).toEqual([
      'forename, nickname: Jon~John',
      'surname, phonetic: Smyth~Smith',
    ])
    expect(nominal!.get('[data-fact="category"]').text()).toBe('MAPPA category1')
    expect(nominal!.get('[data-fact="level"]').text()).toBe('MAPPA level2')
    expect(nominal!.get('[data-fact="rosh"]').text()).toBe('RoSHHigh')
    expect(nominal!.get('[data-fact="age"]').text()).toBe('Age41')
    expect(nominal!.get('[data-fact="area"]').text()).toBe('AreaNorth Shire')
    expect(nominal!.find('[data-testid="search-not-nominal"]').exists()).toBe(false)
    // A person who is not a nominal: no link, and it says why.
    expect(other!.find('h3 a').exists()).toBe(false)
    expect(other!.get('[data-testid="search-not-nominal"]').text()).toBe('Not a nominal: no profile page')
    expect(other!.get('[data-testid="search-tier"]').text()).toContain('Fuzzy')
    // A vehicle: no page of its own; its people link to their profiles.
    expect(vehicle!.find('h3 a').exists()).toBe(false)
    expect(vehicle!.get('[data-testid="search-type"]').text()).toBe('Vehicle')
    expect(vehicle!.get('[data-testid="search-why"]').text()).toBe('plate begins KX6?')
    const person = vehicle!.get('[data-testid="search-people"] a')
    expect(person.text()).toBe('John SMITH')
    expect(person.attributes('href')).toBe('/nominals/N0000101')
    expect(vehicle!.get('[data-testid="search-people"]').text()).toContain('(Uses vehicle)')
  })

  it('opening a result records the selection first, with the CSRF token, then navigates', async () => {
    const { router } = await mountAt('/search?q=Jon+Smyth&page=1')
    events = []

    await cards()[0]!.get('h3 a').trigger('click')
    await flushPromises()

    expect(events.slice(0, 3)).toEqual(['POST /api/search/selections', 'push', 'navigate /nominals/N0000101'])
    expect(router.currentRoute.value.fullPath).toBe('/nominals/N0000101')
    const [selection] = selectionCalls()
    // The second page: the first result is the 21st.
    expect(selection!.body).toEqual({ searchId: 'search-1', type: 'PERSON', id: 'N0000101', rank: 21 })
    expect(selection!.headers[CSRF_HEADER]).toBe('csrf-token-1')
  })

  it('opening a person linked to a vehicle records the vehicle as the result opened', async () => {
    const { router } = await mountAt('/search?q=KX6%3F')
    events = []

    await cards()[2]!.get('[data-testid="search-people"] a').trigger('click')
    await flushPromises()

    expect(events.slice(0, 3)).toEqual(['POST /api/search/selections', 'push', 'navigate /nominals/N0000101'])
    expect(selectionCalls()[0]!.body).toEqual({ searchId: 'search-1', type: 'VEHICLE', id: 'V000123', rank: 3 })
    expect(router.currentRoute.value.name).toBe('nominal')
  })

  it('a failed selection record does not stop the user opening the result', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      const u = new URL(url, 'http://localhost')
      if (u.pathname === '/api/session') return jsonResponse(session)
      if (u.pathname === '/api/search') return jsonResponse(searchAnswer())
      if (u.pathname === '/api/search/selections') return jsonResponse({ error: 'Down', status: 503 }, 503)
      return jsonResponse({ error: 'Not found', status: 404 }, 404)
    })
    const { router } = await mountAt('/search?q=Jon+Smyth')
    await cards()[0]!.get('h3 a').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/nominals/N0000101')
  })

  it('ArrowDown and Enter on a suggestion records the selection, then opens the profile', async () => {
    const { router } = await mountAt('/search')
    const input = wrapper!.get('#search-q')
    ;(input.element as HTMLInputElement).focus()
    await input.setValue('smi')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flushPromises()

    const call = searchCalls().at(-1)!
    expect(Object.fromEntries(call)).toEqual({ q: 'smi', mode: 'typeahead', page: '0', size: '6' })
    expect(wrapper!.findAll('[role="option"]')).toHaveLength(3)
    events = []
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()

    expect(events.slice(0, 3)).toEqual(['POST /api/search/selections', 'push', 'navigate /nominals/N0000101'])
    expect(selectionCalls()[0]!.body).toEqual({ searchId: 'typeahead-1', type: 'PERSON', id: 'N0000101', rank: 1 })
    expect(router.currentRoute.value.fullPath).toBe('/nominals/N0000101')
  })

  it('a search from the box goes in the URL, keeping the filters; back restores the last one', async () => {
    const { router } = await mountAt('/search?q=Jon+Smyth&type=PERSON&page=2')

    await wrapper!.get('#search-q').setValue('KX6?')
    await wrapper!.get('form.search-box').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ q: 'KX6?', type: 'PERSON' })
    expect(Object.fromEntries(searchCalls().at(-1)!)).toMatchObject({ q: 'KX6?', type: 'PERSON', page: '0' })

    router.back()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'Jon Smyth', type: 'PERSON', page: '2' })
    expect((wrapper!.get('#search-q').element as HTMLInputElement).value).toBe('Jon Smyth')
    expect(Object.fromEntries(searchCalls().at(-1)!)).toMatchObject({ q: 'Jon Smyth', page: '2' })
  })

  it('shows the facets with counts; choosing one filters, and it can be taken off', async () => {
    const { router } = await mountAt('/search?q=Jon+Smyth')

    const facets = wrapper!.get('[data-testid="search-facets"]')
    expect(facets.findAll('h3').map((h) => h.text())).toEqual(['Record type', 'Area', 'MAPPA category', 'MAPPA level', 'RoSH', 'Age'])
    const link = (facet: string, value: string) => wrapper!.get(`a[data-facet="${facet}"][data-value="${value}"]`)
    expect(link('type', 'PERSON').text()).toBe('Person (2)')
    expect(link('area', 'north').text()).toBe('North Shire (1)')
    expect(link('age', '35-44').text()).toBe('Age 35 to 44 (1)')
    expect(link('age', '65+').text()).toBe('Age 65 and over (1)')
    expect(link('rosh', 'HIGH').text()).toBe('RoSH high (1)')
    expect(wrapper!.find('[data-testid="search-selected-filters"]').exists()).toBe(false)

    await link('type', 'VEHICLE').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'Jon Smyth', type: 'VEHICLE' })
    expect(searchCalls().at(-1)!.getAll('type')).toEqual(['VEHICLE'])

    await link('type', 'PERSON').trigger('click')
    await flushPromises()
    expect(searchCalls().at(-1)!.getAll('type')).toEqual(['PERSON', 'VEHICLE'])
    await link('age', '35-44').trigger('click')
    await flushPromises()
    expect(Object.fromEntries(searchCalls().at(-1)!)).toMatchObject({ ageMin: '35', ageMax: '44' })

    const selected = wrapper!.get('[data-testid="search-selected-filters"]')
    expect(selected.findAll('a.search-facets__chip').map((a) => a.text())).toEqual([
      'Remove filter: Person ×',
      'Remove filter: Vehicle ×',
      'Remove filter: Age 35 to 44 ×',
    ])
    expect(link('type', 'PERSON').attributes('data-selected')).toBe('true')
    expect(link('type', 'PERSON').text()).toContain('Remove filter: ')

    await selected.get('a[data-filter="type"][data-value="VEHICLE"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'Jon Smyth', type: 'PERSON', ageMin: '35', ageMax: '44' })

    await wrapper!.get('[data-testid="search-clear-filters"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'Jon Smyth' })
    // After a link changed the results, focus is on the results heading.
    expect(document.activeElement?.id).toBe('search-results-heading')
  })

  it('pages through the results with the shared pagination links', async () => {
    searchResponse = async () => jsonResponse(searchAnswer({ total: 57 }))
    await mountAt('/search?q=Jon+Smyth&type=PERSON')

    const nav = wrapper!.get('nav.pagination')
    expect(nav.text()).toContain('Page 1 of 3')
    expect(nav.get('a[rel="next"]').attributes('href')).toBe('/search?q=Jon+Smyth&type=PERSON&page=1')
  })

  it('says when more matched than are shown, and shows notices', async () => {
    searchResponse = async () => jsonResponse(searchAnswer({ total: 500, capped: true, notices: ['Only the first 500 people are ranked.'] }))
    await mountAt('/search?q=smith')

    expect(status()).toContain("500 results for 'Jon Smyth'")
    expect(wrapper!.get('[data-testid="search-capped"]').text()).toBe('More matched than shown: refine your search.')
    expect(wrapper!.get('[data-testid="search-notices"]').text()).toBe('Only the first 500 people are ranked.')
  })

  it('says so when nothing matches', async () => {
    searchResponse = async () => jsonResponse(searchAnswer({ query: 'zzqx', total: 0, items: [], facets: {} }))
    await mountAt('/search?q=zzqx')

    expect(status()).toBe(
      "No records you may see match 'zzqx'. Check the spelling, try fewer words or part of a plate or number.",
    )
    expect(cards()).toHaveLength(0)
    expect(wrapper!.find('nav.pagination').exists()).toBe(false)
  })

  it("shows the server's message when it refuses the query, with no retry", async () => {
    searchResponse = async () =>
      jsonResponse({ error: 'Type at least 2 letters or digits to search.', status: 400, correlationId: 'corr-400' }, 400)
    await mountAt('/search?q=%3F%3F')

    const panel = wrapper!.get('[data-testid="error-panel"]')
    expect(panel.attributes('role')).toBe('alert')
    expect(panel.text()).toContain('Type at least 2 letters or digits to search.')
    expect(panel.get('.error-panel__correlation-id').text()).toBe('corr-400')
    expect(panel.find('button').exists()).toBe(false)
    expect(document.title).toBe('Error: Search results – Vigil')
    expect(cards()).toHaveLength(0)
  })

  it('sends an empty search to the server, which says what to type', async () => {
    searchResponse = async () => jsonResponse({ error: 'Enter something to search for.', status: 400 }, 400)
    await mountAt('/search?q=')

    expect(searchCalls()).toHaveLength(1)
    expect(wrapper!.get('[data-testid="error-panel"]').text()).toContain('Enter something to search for.')
  })

  it('offers a retry when the server cannot be reached, and recovers', async () => {
    searchResponse = async () => {
      throw new TypeError('Failed to fetch')
    }
    await mountAt('/search?q=Jon+Smyth')

    const panel = wrapper!.get('[data-testid="error-panel"]')
    expect(panel.text()).toContain('Cannot connect to Vigil')
    searchResponse = async () => jsonResponse(searchAnswer())
    await panel.get('button').trigger('click')
    await flushPromises()
    expect(cards()).toHaveLength(3)
  })

  it('"/" on the page puts focus in the search box', async () => {
    await mountAt('/search?q=Jon+Smyth')
    ;(document.activeElement as HTMLElement | null)?.blur()

    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }))
    expect(document.activeElement?.id).toBe('search-q')
  })

  it('shows a person item without a profile link even when other roles are given', async () => {
    searchResponse = async () => jsonResponse(searchAnswer({ total: 1, items: [searchItem({ id: 'P1', roles: ['ASSOCIATE'] })] }))
    await mountAt('/search?q=smith')
    expect(cards()[0]!.find('a').exists()).toBe(false)
    expect(cards()[0]!.text()).toContain('Not a nominal: no profile page')
  })

  it('saves the search as it stands (query and filters, not the page) to an investigation', async () => {
    await mountAt('/search?q=Jon+Smyth&type=PERSON&type=VEHICLE&area=cumbria&rosh=HIGH&ageMin=35&ageMax=44&page=2')
    const save = wrapper!.get('[data-testid="save-investigation"]')
    expect(save.get('legend').text()).toBe('Save the search to')
    expect(save.find('#save-chart-name').exists()).toBe(false)
    const saved = { id: 'inv-1', name: 'Op Fell', charts: [], searches: [], records: [] }
    const base = fetchMock.getMockImplementation()!
    fetchMock.mockImplementation(async (url: string, init?: RequestInit) => {
      if (url === '/api/investigations') return jsonResponse(saved, 201)
      if (url === '/api/investigations/inv-1/searches') return jsonResponse(saved, 201)
      return base(url, init)
    })
    await save.get('#save-investigation-name').setValue('Op Fell')
    await save.get('form').trigger('submit')
    await flushPromises()
    const add = fetchMock.mock.calls.find(([u]) => u === '/api/investigations/inv-1/searches')!
    expect(add[1]!.method).toBe('POST')
    expect((add[1]!.headers as Record<string, string>)[CSRF_HEADER]).toBeTruthy()
    expect(JSON.parse(add[1]!.body as string)).toEqual({
      kind: 'SEARCH',
      params: { q: 'Jon Smyth', type: ['PERSON', 'VEHICLE'], area: 'cumbria', rosh: 'HIGH', ageMin: '35', ageMax: '44' },
    })
    expect(wrapper!.get('[data-testid="save-investigation-status"]').text()).toBe('Saved to Op Fell.')
  })

  it('offers no saving before a search, after a refused one, or to a duty-to-co-operate member', async () => {
    await mountAt('/search')
    expect(wrapper!.find('[data-testid="save-investigation"]').exists()).toBe(false)
    wrapper!.unmount()
    searchResponse = async () => jsonResponse({ error: 'Type at least 2 letters or digits to search.', status: 400 }, 400)
    await mountAt('/search?q=%3F%3F')
    expect(wrapper!.find('[data-testid="save-investigation"]').exists()).toBe(false)
    wrapper!.unmount()
    searchResponse = async () => jsonResponse(searchAnswer({}))
    session = { ...SESSION, user: { ...SESSION.user, roles: ['DTC_MEMBER'] } }
    resetSession() // the session is read once per app load
    await mountAt('/search?q=smith')
    expect(cards().length).toBeGreaterThan(0)
    expect(wrapper!.find('[data-testid="save-investigation"]').exists()).toBe(false)
  })
})

describe('the header search box', () => {
  it('is offered to casework users on other pages, and submits to the search page', async () => {
    const { router } = await mountAt('/nominals?area=north')

    const form = wrapper!.get('[data-testid="header-search"]')
    expect(form.attributes('role')).toBe('search')
    expect(wrapper!.get('label[for="header-search-q"]').text()).toBe('Search people, vehicles, phones, addresses and intelligence')
    await form.get('input').setValue('  KX61 ABC ')
    await form.trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/search?q=KX61+ABC')
    expect(Object.fromEntries(searchCalls().at(-1)!)).toMatchObject({ q: 'KX61 ABC', mode: 'full' })
    expect(wrapper!.find('[data-testid="header-search"]').exists()).toBe(false)
    expect((wrapper!.get('#search-q').element as HTMLInputElement).value).toBe('KX61 ABC')
  })

  it('"/" focuses it on other pages', async () => {
    await mountAt('/nominals?area=north')
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }))
    expect(document.activeElement?.id).toBe('header-search-q')
  })

  it('is not offered to an auditor, nor the Search link', async () => {
    session = AUDITOR_SESSION
    await mountAt('/audit')

    expect(wrapper!.find('[data-testid="header-search"]').exists()).toBe(false)
    expect(wrapper!.get('nav[aria-label="Main"]').findAll('a').map((a) => a.text())).toEqual(['Audit'])
  })

  it('an auditor cannot open the search page', async () => {
    session = AUDITOR_SESSION
    await mountAt('/search?q=smith')

    expect(wrapper!.get('h1').text()).toBe('You do not have access to this page')
    expect(searchCalls()).toHaveLength(0)
  })
})
