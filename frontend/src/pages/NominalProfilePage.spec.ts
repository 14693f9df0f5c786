import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { AREAS, SESSION, SIGNED_OUT, apiProfile, jsonResponse } from '@/testing/fixtures'

afterEach(() => vi.unstubAllGlobals())

async function mountProfile(respond: (url: string, init?: RequestInit) => Promise<Response>, url = '/nominals/n-1') {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => respond(url, init))
  const areasMock = vi.fn(async () => jsonResponse(AREAS))
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) =>
    url === '/api/session' ? jsonResponse(SESSION) : url === '/api/areas' ? areasMock() : fetchMock(url, init),
  )
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, fetchMock, router }
}

function section(wrapper: VueWrapper, id: string) {
  const s = wrapper.find(`section#${id}`)
  expect(s.exists(), `section #${id}`).toBe(true)
  return s
}

describe('NominalProfilePage', () => {
  it('loads GET /api/nominals/{id} and shows the name as the page heading and title', async () => {
    const { wrapper, fetchMock } = await mountProfile(async () => jsonResponse(apiProfile()))

    expect(fetchMock).toHaveBeenCalledWith('/api/nominals/n-1', expect.objectContaining({ credentials: 'same-origin' }))
    expect(wrapper.find('h1').text()).toBe('Alex James Abbott')
    expect(document.title).toBe('Alex James Abbott – Vigil')
    wrapper.unmount()
  })

  it('renders every section with a heading, in a labelled region', async () => {
    const { wrapper } = await mountProfile(async () => jsonResponse(apiProfile()))

    const headings = wrapper.findAll('section.profile-section > h2').map((h) => h.text())
    expect(headings).toEqual([
      'Identity',
      'MAPPA case',
      'Risk',
      'Orders and conditions',
      'Addresses',
      'Linked people',
      'Officers',
      'Aliases',
      'Vehicles',
      'Phones and devices',
      'Online accounts',
      'Convictions',
      'Custody',
      'Intelligence',
    ])
    for (const s of wrapper.findAll('section.profile-section')) {
      expect(s.find(`#${s.attributes('aria-labelledby')}`).exists()).toBe(true)
    }
    // The contents list links to each section.
    expect(wrapper.findAll('nav.contents a').map((a) => a.attributes('href'))).toContain('#orders')
    wrapper.unmount()
  })

  it('shows identity details and a photo placeholder with a text alternative', async () => {
    const { wrapper } = await mountProfile(async () => jsonResponse(apiProfile()))

    const identity = section(wrapper, 'identity')
    const rows = Object.fromEntries(
      identity.findAll('.summary-list__row').map((r) => [r.find('dt').text(), r.find('dd').text()]),
    )
    expect(rows).toMatchObject({
      'Date of birth': '2 March 1980 (age 45)',
      Sex: 'Male',
      Height: '183 cm',
      'PNC ID': '1999/0123456A',
      'CRO number': '123456/99A',
      'NOMS number': 'A1234BC',
      CRN: 'X123456',
      'ViSOR reference': 'VIS-0001',
      'Owning agency': 'Probation Service',
      Area: 'North Shire',
    })
    const svg = identity.find('svg[role="img"]')
    const titleId = svg.attributes('aria-labelledby')
    expect(svg.find(`title#${titleId}`).text()).toBe('No photograph available for Alex James Abbott')
    wrapper.unmount()
  })

  it('shows the protective marking as a banner at the top and the bottom', async () => {
    const { wrapper } = await mountProfile(async () => jsonResponse(apiProfile()))

    const banners = wrapper.findAll('[data-testid="protective-marking"]')
    expect(banners.map((b) => b.attributes('data-position'))).toEqual(['top', 'bottom'])
    expect(banners.map((b) => b.text())).toEqual([
      'Protective marking: OFFICIAL-SENSITIVE',
      'Protective marking: OFFICIAL-SENSITIVE',
    ])
    const article = wrapper.find('article.profile')
    expect(article.element.firstElementChild).toBe(banners[0]!.element)
    expect(article.element.lastElementChild).toBe(banners[1]!.element)
    wrapper.unmount()
  })

  it.each([
    ['OFFICIAL', 'OFFICIAL'],
    ['SECRET', 'SECRET'],
  ])('labels the %s marking as %s', async (marking, label) => {
    const p = apiProfile()
    const { wrapper } = await mountProfile(async () => jsonResponse({ ...p, identity: { ...p.identity, marking } }))

    expect(wrapper.find('[data-testid="protective-marking"]').text()).toBe(`Protective marking: ${label}`)
    wrapper.unmount()
  })

  it('shows people the backend marks redacted (and nameless ones) as withheld, and others by name', async () => {
    const { wrapper } = await mountProfile(async () => jsonResponse(apiProfile()))

    const linked = section(wrapper, 'linked-people').findAll('tbody tr')
    expect(linked.map((r) => r.find('th').text())).toEqual([
      'Victim (details withheld)',
      'Sam Associate',
      'Child (details withheld)',
      'Victim (details withheld)',
    ])
    expect(linked.map((r) => r.classes('redacted'))).toEqual([true, false, true, true])
    const protectedPeople = section(wrapper, 'orders')
      .findAll('.protected-people li')
      .map((li) => li.text().replace(/\s+/g, ' '))
    expect(protectedPeople).toEqual([
      'Victim (details withheld)',
      'Pat Visible',
      'Child (details withheld)',
      'Protected person (details withheld)',
    ])
    // A zone whose geometry is withheld (null) is still listed by name.
    expect(section(wrapper, 'orders').find('.zones li').text()).toBe('Northtown school zone (500 m radius)')
    // The name sent with a redacted person never reaches the page.
    expect(wrapper.html()).not.toContain('Victimson')
    wrapper.unmount()
  })

  it('never shows the name of a person marked redacted', async () => {
    const { wrapper } = await mountProfile(async () =>
      jsonResponse(
        apiProfile({
          linkedPeople: [{ id: 'l-1', name: 'Victoria Hiddenname', kind: 'VICTIM', roles: ['VICTIM'], from: null, to: null, redacted: true }],
          orders: [
            {
              id: 'o-1',
              type: 'SHPO',
              from: '2020-01-01',
              to: null,
              conditions: [
                {
                  id: 'c-1',
                  type: 'NO_CONTACT',
                  wording: 'No contact.',
                  from: null,
                  to: null,
                  protectedPeople: [
                    { id: 'p-1', name: 'Jane Secretname', redacted: true },
                    { id: 'p-2', name: 'Pat Visible', redacted: false },
                    { id: 'p-3', name: 'Vic Cleared', victim: true, redacted: false },
                  ],
                },
              ],
            },
          ],
        }),
      ),
    )

    expect(section(wrapper, 'linked-people').find('tbody th').text()).toBe('Victim (details withheld)')
    expect(section(wrapper, 'orders').findAll('.protected-people li').map((li) => li.text().replace(/\s+/g, ' '))).toEqual([
      'Protected person (details withheld)',
      'Pat Visible',
      // An explicit redacted: false lets a victim's name through.
      'Vic Cleared (victim)',
    ])
    const html = wrapper.html()
    expect(html).not.toContain('Secretname')
    expect(html).not.toContain('Hiddenname')
    wrapper.unmount()
  })

  it('says "None recorded" for empty sections and for no MAPPA case', async () => {
    const { wrapper } = await mountProfile(async () =>
      jsonResponse(apiProfile({ vehicles: [], accounts: [], mappaCase: null, intelligence: [] })),
    )

    for (const id of ['vehicles', 'accounts', 'mappa-case', 'intelligence']) {
      const s = section(wrapper, id)
      expect(s.find('.none-recorded').text()).toBe('None recorded')
      expect(s.find('table').exists()).toBe(false)
    }
    // Sections with data do not.
    expect(section(wrapper, 'addresses').find('.none-recorded').exists()).toBe(false)
    wrapper.unmount()
  })

  it('lists addresses over time with the current one first', async () => {
    const { wrapper } = await mountProfile(async () => jsonResponse(apiProfile()))

    const rows = section(wrapper, 'addresses').findAll('[data-testid="address-row"]')
    expect(rows.map((r) => r.find('th').text())).toEqual([
      '22 New Street, Northtown, NT2 2BB',
      '5 Works Lane, Northtown, NT3 3CC',
      '1 Old Road, Oldtown, OT1 1AA',
    ])
    expect(rows.map((r) => r.find('.tag').text())).toEqual(['Current', 'Previous', 'Previous'])
    expect(rows[0]!.text()).toContain('1 January 2020 to present')
    wrapper.unmount()
  })

  it('shows orders with their conditions, the MAPPA case and risk (most recent first)', async () => {
    const { wrapper } = await mountProfile(async () => jsonResponse(apiProfile()))

    const orders = section(wrapper, 'orders')
    expect(orders.find('h3').text()).toBe('SHPO')
    expect(orders.find('.order > .secondary-text').text().replace(/\s+/g, ' ')).toBe(
      '1 January 2020 to present. Made at Northtown Crown Court. Foreign travel restricted',
    )
    expect(orders.find('.condition h4').text()).toBe('No contact')
    expect(orders.find('.condition__wording').text()).toBe('Not to contact the named person directly or indirectly.')

    const mappa = section(wrapper, 'mappa-case').text()
    expect(mappa).toContain('Next review date')
    expect(mappa).toContain('15 January 2025')
    expect(mappa).toContain('Reduced after review')
    expect(mappa).toContain('Last review date')

    const tools = section(wrapper, 'risk').findAll('tbody th').map((th) => th.text())
    expect(tools).toEqual(['RM2000', 'OASys'])
    const intel = section(wrapper, 'intelligence')
    expect(intel.find('.tag--flag').text()).toBe('Child present')
    expect(intel.find('h3').text().replace(/\s+/g, ' ')).toBe('3 March 2024 · Source: Police · Grading: 2/A/P')
    expect(section(wrapper, 'officers').find('tbody tr').text()).toBe('Helen WardOffender manager')
    wrapper.unmount()
  })

  it('shows a Not found page with the API message on 404', async () => {
    const { wrapper } = await mountProfile(
      async () => jsonResponse({ error: 'No nominal with id n-9', status: 404, correlationId: 'c-404' }, 404),
      '/nominals/n-9',
    )

    const notFound = wrapper.find('[data-testid="not-found"]')
    expect(notFound.find('h1').text()).toBe('Not found')
    expect(notFound.text()).toContain('No nominal with id n-9')
    expect(wrapper.find('[data-testid="protective-marking"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows other errors with their correlation id', async () => {
    const { wrapper } = await mountProfile(async () =>
      jsonResponse({ error: 'Graph query timed out', status: 500, correlationId: 'req-5150' }, 500),
    )

    const panel = wrapper.find('[data-testid="error-panel"]')
    expect(panel.find('h1').text()).toBe('Sorry, there is a problem')
    expect(panel.text()).toContain('Graph query timed out')
    expect(panel.find('.error-panel__correlation-id').text()).toBe('req-5150')
    wrapper.unmount()
  })

  it('offers a retry when the server cannot be reached', async () => {
    let online = false
    const { wrapper, fetchMock } = await mountProfile(async () => {
      if (!online) throw new TypeError('Failed to fetch')
      return jsonResponse(apiProfile())
    })

    expect(wrapper.find('[data-testid="error-panel"]').text()).toContain('Cannot connect to Vigil')
    online = true
    await wrapper.find('[data-testid="error-panel"] button').trigger('click')
    await flushPromises()

    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(wrapper.find('h1').text()).toBe('Alex James Abbott')
    wrapper.unmount()
  })

  it('tolerates a profile whose lists are all empty', async () => {
    const empty = {
      ...apiProfile(),
      aliases: [],
      addresses: [],
      vehicles: [],
      devices: [],
      accounts: [],
      orders: [],
      risk: [],
      mappaCase: null,
      convictions: [],
      custody: [],
      linkedPeople: [],
      officers: [],
      intelligence: [],
    }
    const { wrapper } = await mountProfile(async () => jsonResponse(empty))

    // Identity always has content; the other thirteen sections say None recorded.
    expect(wrapper.findAll('section.profile-section > .none-recorded')).toHaveLength(13)
    wrapper.unmount()
  })
})

describe('catch-all route', () => {
  it('renders the Page not found page for unknown paths', async () => {
    const { wrapper, fetchMock } = await mountProfile(async () => jsonResponse({}), '/no/such/page')

    expect(wrapper.find('h1').text()).toBe('Page not found')
    expect(wrapper.find('[data-testid="not-found"] a').attributes('href')).toBe('/nominals')
    expect(fetchMock).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})

describe('a record outside the caseload (428)', () => {
  const PURPOSE_REQUIRED = {
    error: 'This nominal is not in your caseload: say why you need to open the record.',
    status: 428,
    correlationId: 'c-428',
  }
  const purposeOf = (init?: RequestInit) => (init?.headers as Record<string, string> | undefined)?.['X-Vigil-Purpose']
  /** The backend: 428 until a non-blank purpose comes with the request. */
  const backend = async (_url: string, init?: RequestInit) =>
    purposeOf(init)?.trim() ? jsonResponse(apiProfile()) : jsonResponse(PURPOSE_REQUIRED, 428)

  it('asks why, in an accessible form, before showing anything of the record', async () => {
    const { wrapper } = await mountProfile(backend)

    const form = wrapper.find('[data-testid="purpose-form"]')
    expect(form.exists()).toBe(true)
    const h1 = form.find('h1')
    expect(h1.text()).toBe('Why do you need to open this record?')
    expect(h1.find('label').attributes('for')).toBe('purpose')
    expect(document.activeElement).toBe(h1.element)
    expect(document.title).toBe('Why do you need to open this record? – Vigil')
    expect(form.find('[data-testid="purpose-reason"]').text()).toContain(PURPOSE_REQUIRED.error)
    const textarea = form.find('textarea#purpose')
    expect(textarea.attributes('aria-describedby')).toBe('purpose-hint')
    expect(form.find('#purpose-hint').text()).toContain('Include a crime or incident reference where you have one')
    expect(form.find('.character-count').text()).toBe('You have 500 characters remaining')
    expect(form.find('button[type="submit"]').text()).toBe('Open record')
    expect(form.find('a').text()).toBe('Cancel')
    // Nothing of the record: no marking banner, no name.
    expect(wrapper.find('[data-testid="protective-marking"]').exists()).toBe(false)
    expect(wrapper.html()).not.toContain('Abbott')
    wrapper.unmount()
  })

  it('requires a reason: an error summary linked to the field, and no request', async () => {
    const { wrapper, fetchMock } = await mountProfile(backend)

    await wrapper.find('textarea#purpose').setValue('   ')
    await wrapper.find('[data-testid="purpose-form"] form').trigger('submit')
    await flushPromises()

    const summary = wrapper.find('[data-testid="error-summary"]')
    expect(summary.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Enter why you need to open this record', '#purpose'],
    ])
    expect(document.activeElement).toBe(summary.element)
    expect(wrapper.find('textarea#purpose').attributes()).toMatchObject({
      'aria-invalid': 'true',
      'aria-describedby': 'purpose-hint purpose-error',
    })
    expect(document.title).toBe('Error: Why do you need to open this record? – Vigil')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('refuses more than 500 characters', async () => {
    const { wrapper, fetchMock } = await mountProfile(backend)

    await wrapper.find('textarea#purpose').setValue('x'.repeat(503))
    expect(wrapper.find('.character-count').text()).toBe('You have 3 characters too many')
    await wrapper.find('[data-testid="purpose-form"] form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-testid="error-summary"]').text()).toContain('Reason must be 500 characters or fewer')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('retries with the reason in X-Vigil-Purpose and shows the record', async () => {
    const { wrapper, fetchMock } = await mountProfile(backend)

    await wrapper.find('textarea#purpose').setValue('Risk review for\nincident 123/24 ')
    await wrapper.find('[data-testid="purpose-form"] form').trigger('submit')
    await flushPromises()

    expect(fetchMock).toHaveBeenCalledTimes(2)
    const [url, init] = fetchMock.mock.calls[1]!
    expect(url).toBe('/api/nominals/n-1')
    expect(purposeOf(init)).toBe('Risk review for incident 123/24')
    expect(wrapper.find('[data-testid="purpose-form"]').exists()).toBe(false)
    const h1 = wrapper.find('h1')
    expect(h1.text()).toBe('Alex James Abbott')
    expect(document.activeElement).toBe(h1.element)
    expect(wrapper.findAll('[data-testid="protective-marking"]')).toHaveLength(2)
    wrapper.unmount()
  })

  it('asks again, keeping the text, if the backend still wants a purpose', async () => {
    const { wrapper, fetchMock } = await mountProfile(async () => jsonResponse(PURPOSE_REQUIRED, 428))

    await wrapper.find('textarea#purpose').setValue('Checking')
    await wrapper.find('[data-testid="purpose-form"] form').trigger('submit')
    await flushPromises()

    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="error-summary"]').text()).toContain('Enter why you need to open this record')
    expect((wrapper.find('textarea#purpose').element as HTMLTextAreaElement).value).toBe('Checking')
    wrapper.unmount()
  })

  it('Cancel goes back to the list', async () => {
    const { wrapper, router } = await mountProfile(backend)

    await wrapper.find('[data-testid="purpose-form"] a').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.path).toBe('/nominals')
    wrapper.unmount()
  })

  it('asks again on the next visit: a purpose is for one opening', async () => {
    const { wrapper, router } = await mountProfile(backend)
    await wrapper.find('textarea#purpose').setValue('Risk review')
    await wrapper.find('[data-testid="purpose-form"] form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('Alex James Abbott')

    await router.push('/nominals/n-2')
    await flushPromises()

    expect(wrapper.find('[data-testid="purpose-form"]').exists()).toBe(true)
    wrapper.unmount()
  })
})

describe('the session ends while on a profile (401)', () => {
  it('goes to sign-in, to come back to this record, without showing an error', async () => {
    const { wrapper, router } = await mountProfile(async () => jsonResponse(SIGNED_OUT, 401), '/nominals/n-9')

    expect(router.currentRoute.value.path).toBe('/sign-in')
    expect(router.currentRoute.value.query.redirect).toBe('/nominals/n-9')
    expect(wrapper.find('[data-testid="session-notice"]').text()).toBe('Your session has ended. Sign in again.')
    expect(wrapper.find('[data-testid="error-panel"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
