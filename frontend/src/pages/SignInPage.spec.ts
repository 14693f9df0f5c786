import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { AREAS, NOMINAL_PAGE, SESSION, SIGNED_OUT, jsonResponse } from '@/testing/fixtures'

// A small fake of the backend's session API: signed out until a POST with the right code.
let signedIn: boolean
let sessionDown: boolean
let signInAnswer: (body: Record<string, string>) => Response
let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>

const GENERIC = { error: 'Username, password or code not recognised', status: 401, correlationId: null }

beforeEach(() => {
  signedIn = false
  sessionDown = false
  signInAnswer = (body) => (body.code === '123456' ? jsonResponse(SESSION) : jsonResponse(GENERIC, 401))
  fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const path = new URL(url, 'http://localhost').pathname
    const method = init?.method ?? 'GET'
    if (path === '/api/session') {
      if (method === 'POST') {
        const answer = signInAnswer(JSON.parse(init!.body as string))
        signedIn = answer.ok
        return answer
      }
      if (sessionDown) throw new TypeError('Failed to fetch')
      if (!signedIn) return jsonResponse(SIGNED_OUT, 401)
      if (method === 'DELETE') {
        signedIn = false
        return new Response(null, { status: 204 })
      }
      return jsonResponse(SESSION)
    }
    if (!signedIn) return jsonResponse(SIGNED_OUT, 401)
    if (path === '/api/areas') return jsonResponse(AREAS)
    if (path === '/api/nominals') return jsonResponse(NOMINAL_PAGE)
    return jsonResponse({ error: 'No nominal with id x', status: 404, correlationId: 'c' }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function mountAt(url: string): Promise<{ wrapper: VueWrapper; router: Router }> {
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

function calls(method: string, path: string) {
  return fetchMock.mock.calls.filter(
    ([url, init]) => (init?.method ?? 'GET') === method && new URL(url, 'http://localhost').pathname === path,
  )
}

async function fillIn(wrapper: VueWrapper, values: { username?: string; password?: string; code?: string }) {
  if (values.username !== undefined) await wrapper.find('#username').setValue(values.username)
  if (values.password !== undefined) await wrapper.find('#password').setValue(values.password)
  if (values.code !== undefined) await wrapper.find('#code').setValue(values.code)
  await wrapper.find('[data-testid="sign-in-form"]').trigger('submit')
  await flushPromises()
}

const summaryLinks = (wrapper: VueWrapper) =>
  wrapper.findAll('[data-testid="error-summary"] a').map((a) => [a.text(), a.attributes('href')])

describe('route guard', () => {
  it('sends a signed-out user to the sign-in page, remembering where they were going', async () => {
    const { wrapper, router } = await mountAt('/nominals/n-1?x=1')

    expect(router.currentRoute.value.path).toBe('/sign-in')
    expect(router.currentRoute.value.query.redirect).toBe('/nominals/n-1?x=1')
    expect(wrapper.find('h1').text()).toBe('Sign in')
    expect(document.title).toBe('Sign in – Vigil')
    // No main navigation or user while signed out; no record was asked for.
    expect(wrapper.find('nav[aria-label="Main"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="signed-in-user"]').exists()).toBe(false)
    expect(calls('GET', '/api/nominals/n-1')).toHaveLength(0)
    wrapper.unmount()
  })

  it('asks GET /api/session once at start, then trusts what it knows', async () => {
    signedIn = true
    const { wrapper, router } = await mountAt('/nominals')
    await router.push('/nominals/n-2')
    await router.push('/nominals?area=south')
    await flushPromises()

    expect(calls('GET', '/api/session')).toHaveLength(1)
    expect(router.currentRoute.value.fullPath).toBe('/nominals?area=south')
    wrapper.unmount()
  })

  it('sends a signed-in user away from the sign-in page', async () => {
    signedIn = true
    const { wrapper, router } = await mountAt('/sign-in?redirect=/nominals/n-3')
    expect(router.currentRoute.value.path).toBe('/nominals/n-3')
    wrapper.unmount()
  })

  it('says so when it cannot tell whether the user is signed in', async () => {
    sessionDown = true
    const { wrapper, router } = await mountAt('/nominals')

    expect(router.currentRoute.value.path).toBe('/sign-in')
    expect(wrapper.find('[data-testid="session-notice"]').text()).toContain('could not check whether you are signed in')
    wrapper.unmount()
  })
})

describe('SignInPage', () => {
  it('has labelled username, password and security code fields', async () => {
    const { wrapper } = await mountAt('/sign-in')

    const label = (id: string) => wrapper.find(`label[for="${id}"]`).text()
    expect([label('username'), label('password'), label('code')]).toEqual(['Username', 'Password', 'Security code'])
    expect(wrapper.find('#username').attributes()).toMatchObject({ type: 'text', autocomplete: 'username' })
    expect(wrapper.find('#password').attributes()).toMatchObject({ type: 'password', autocomplete: 'current-password' })
    const code = wrapper.find('#code').attributes()
    expect(code).toMatchObject({ type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', 'aria-describedby': 'code-hint' })
    expect(wrapper.find('#code-hint').text()).toContain('6-digit code')
    expect(wrapper.find('button[type="submit"]').text()).toBe('Sign in')
    expect(wrapper.find('[data-testid="error-summary"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('checks the fields first: an error summary linked to each field, focused, and inline messages', async () => {
    const { wrapper } = await mountAt('/sign-in')

    await fillIn(wrapper, { code: '12ab' })

    expect(summaryLinks(wrapper)).toEqual([
      ['Enter your username', '#username'],
      ['Enter your password', '#password'],
      ['Security code must be 6 digits', '#code'],
    ])
    const summary = wrapper.find('[data-testid="error-summary"]')
    expect(summary.attributes('role')).toBe('alert')
    expect(document.activeElement).toBe(summary.element)
    expect(document.title).toBe('Error: Sign in – Vigil')
    expect(wrapper.find('#code').attributes()).toMatchObject({ 'aria-invalid': 'true', 'aria-describedby': 'code-hint code-error' })
    expect(wrapper.find('#code-error').text()).toBe('Error: Security code must be 6 digits')
    expect(calls('POST', '/api/session')).toHaveLength(0)

    // The summary's links move focus to their field.
    await summary.findAll('a')[1]!.trigger('click')
    expect(document.activeElement).toBe(wrapper.find('#password').element)
    wrapper.unmount()
  })

  it('shows the one generic message for any refusal, without blaming a field, and clears password and code', async () => {
    const { wrapper } = await mountAt('/sign-in')

    await fillIn(wrapper, { username: 'demo.analyst', password: 'right-or-wrong', code: '654321' })

    expect(summaryLinks(wrapper)).toEqual([['Username, password or code not recognised', '#username']])
    expect(document.activeElement).toBe(wrapper.find('[data-testid="error-summary"]').element)
    expect(wrapper.findAll('[aria-invalid="true"]')).toHaveLength(0)
    expect((wrapper.find('#username').element as HTMLInputElement).value).toBe('demo.analyst')
    expect((wrapper.find('#password').element as HTMLInputElement).value).toBe('')
    expect((wrapper.find('#code').element as HTMLInputElement).value).toBe('')
    wrapper.unmount()
  })

  it('signs in as JSON and goes to the page the user wanted, showing who is signed in', async () => {
    const { wrapper, router } = await mountAt('/nominals?area=south&category=2')
    expect(router.currentRoute.value.path).toBe('/sign-in')

    await fillIn(wrapper, { username: ' demo.analyst ', password: 'Vigil-Demo-Analyst-1', code: '123 456' })

    const [, init] = calls('POST', '/api/session')[0]!
    expect(JSON.parse(init!.body as string)).toEqual({
      username: 'demo.analyst',
      password: 'Vigil-Demo-Analyst-1',
      code: '123456',
    })
    expect((init!.headers as Record<string, string>)['Content-Type']).toBe('application/json')
    expect(router.currentRoute.value.fullPath).toBe('/nominals?area=south&category=2')
    expect(wrapper.find('h1').text()).toBe('Nominals')
    const user = wrapper.find('[data-testid="signed-in-user"]')
    expect(user.text().replace(/\s+/g, ' ')).toBe('Signed in as Dana Analyst, Cumbria Police Sign out')
    // The clearance is not shown anywhere.
    expect(wrapper.text()).not.toContain('SECRET')
    wrapper.unmount()
  })

  it('ignores a redirect that would leave Vigil', async () => {
    const { wrapper, router } = await mountAt('/sign-in?redirect=//evil.example/x')
    await fillIn(wrapper, { username: 'u', password: 'p', code: '123456' })
    expect(router.currentRoute.value.path).toBe('/nominals')
    wrapper.unmount()
  })
})

describe('session end and sign-out', () => {
  it('on a 401, goes to sign-in saying the session has ended, and comes back after signing in', async () => {
    signedIn = true
    const { wrapper, router } = await mountAt('/nominals?area=north')
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)

    signedIn = false // e.g. the idle timeout passed
    await router.push('/nominals?area=south')
    await flushPromises()

    expect(router.currentRoute.value.path).toBe('/sign-in')
    expect(router.currentRoute.value.query.redirect).toBe('/nominals?area=south')
    const notice = wrapper.find('[data-testid="session-notice"]')
    expect(notice.text()).toBe('Your session has ended. Sign in again.')
    expect(notice.attributes('role')).toBe('alert')
    expect(wrapper.find('[data-testid="error-panel"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="signed-in-user"]').exists()).toBe(false)

    await fillIn(wrapper, { username: 'u', password: 'p', code: '123456' })
    expect(router.currentRoute.value.fullPath).toBe('/nominals?area=south')
    expect(wrapper.find('[data-testid="session-notice"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('after a reload, says the session has ended if this tab was signed in', async () => {
    sessionStorage.setItem('vigil.signedIn', '1')
    const { wrapper } = await mountAt('/nominals')

    expect(wrapper.find('[data-testid="session-notice"]').text()).toBe('Your session has ended. Sign in again.')
    wrapper.unmount()
  })

  it('signs out with DELETE /api/session and the CSRF token', async () => {
    signedIn = true
    const { wrapper, router } = await mountAt('/nominals')

    await wrapper.find('.app-header__sign-out').trigger('click')
    await flushPromises()

    const [, init] = calls('DELETE', '/api/session')[0]!
    expect((init!.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-token-1')
    expect(router.currentRoute.value.path).toBe('/sign-in')
    expect(wrapper.find('[data-testid="session-notice"]').text()).toBe('You have signed out.')
    expect(wrapper.find('[data-testid="signed-in-user"]').exists()).toBe(false)
    expect(sessionStorage.getItem('vigil.signedIn')).toBeNull()

    // Signed out: back to a page means back to sign-in, without asking the server again.
    await router.push('/nominals')
    expect(router.currentRoute.value.path).toBe('/sign-in')
    expect(calls('GET', '/api/session')).toHaveLength(1)
    wrapper.unmount()
  })

  it('says so, and stays signed in, when sign-out cannot reach the server', async () => {
    signedIn = true
    const { wrapper, router } = await mountAt('/nominals')
    sessionDown = true
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch')
    })

    await wrapper.find('.app-header__sign-out').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.path).toBe('/nominals')
    expect(wrapper.find('.app-header__error').text()).toContain('You have not been signed out')
    expect(wrapper.find('[data-testid="signed-in-user"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
