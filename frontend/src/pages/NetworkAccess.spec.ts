import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { AREAS, SESSION, apiProfile, jsonResponse } from '@/testing/fixtures'

// Who is offered the network graph view: Responsible Authority casework roles, not
// duty-to-co-operate members (the API refuses them too: Role.RESPONSIBLE_AUTHORITY).
afterEach(() => vi.unstubAllGlobals())

const DTC_SESSION = { ...SESSION, user: { ...SESSION.user, username: 'demo.dtc', roles: ['DTC_MEMBER'] } }

async function mountAt(url: string, session: typeof SESSION) {
  const fetchMock = vi.fn(async (u: string) =>
    u === '/api/session' ? jsonResponse(session) : u === '/api/areas' ? jsonResponse(AREAS) : jsonResponse(apiProfile()),
  )
  vi.stubGlobal('fetch', fetchMock)
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, fetchMock }
}

describe('the network graph view: who is offered it', () => {
  it('links an analyst from the profile to /nominals/{id}/network', async () => {
    const { wrapper } = await mountAt('/nominals/n-1', SESSION)
    const link = wrapper.find('[data-testid="open-network"]')
    expect(link.exists()).toBe(true)
    expect(link.text()).toBe('Open network')
    expect(link.attributes('href')).toBe('/nominals/n-1/network')
    wrapper.unmount()
  })

  it('does not offer it to a duty-to-co-operate member, and the page itself says no access without calling the API', async () => {
    const profile = await mountAt('/nominals/n-1', DTC_SESSION)
    expect(profile.wrapper.find('h1').text()).toBe('Alex James Abbott')
    expect(profile.wrapper.find('[data-testid="open-network"]').exists()).toBe(false)
    profile.wrapper.unmount()

    const page = await mountAt('/nominals/n-1/network', DTC_SESSION)
    expect(page.wrapper.find('h1').text()).toBe('You do not have access to this page')
    expect(page.fetchMock.mock.calls.map(([u]) => u).filter((u) => u.startsWith('/api/network'))).toEqual([])
    page.wrapper.unmount()
  })
})
