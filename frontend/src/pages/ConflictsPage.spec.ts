import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { AREAS, SESSION, jsonResponse } from '@/testing/fixtures'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.unstubAllGlobals()
})

const DASHBOARD = {
  area: 'north', open: 0, newCount: 0, resolvedRecently: 0, resolved: 0, lastScanAt: null, total: 0, page: 0, size: 50, sinceDays: 7, items: [],
}
const SCAN = { id: 'scan-1', area: 'north', total: 40, done: 0, found: null, resolved: null }

/** The app at /conflicts; {@code areas} answers GET /api/areas when resolved (a slow API is a promise left pending). */
async function mountConflicts(areas: Promise<Response>, scanPost: () => Response) {
  let lastScanAt: string | null = null
  const fetchMock = vi.fn(async (u: string, init?: RequestInit) => {
    if (u === '/api/session') return jsonResponse(SESSION)
    if (u === '/api/areas') return areas
    if (u.startsWith('/api/conflicts/scans/')) {
      lastScanAt = '2026-11-24T10:15:03.123Z'
      return jsonResponse({ ...SCAN, state: 'DONE', done: 40, found: 3, resolved: 1 })
    }
    if (u === '/api/conflicts/scans' && init?.method === 'POST') return scanPost()
    if (u.startsWith('/api/conflicts?')) return jsonResponse({ ...DASHBOARD, lastScanAt })
    return jsonResponse({ error: 'Not found', status: 404 }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  const router = createAppRouter(createMemoryHistory())
  await router.push('/conflicts')
  await router.isReady()
  wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, fetchMock }
}

function scanButton(w: VueWrapper) {
  return w.findAll('button').find((b) => b.text() === 'Scan the whole area now')!
}

describe('ConflictsPage', () => {
  it('offers the scan only once the areas are loaded, then scans the chosen area and reports what it found', async () => {
    let answerAreas: (r: Response) => void = () => {}
    const areas = new Promise<Response>((resolve) => (answerAreas = resolve))
    const { wrapper: w, fetchMock } = await mountConflicts(areas, () => jsonResponse({ ...SCAN, state: 'QUEUED' }, 202))
    // before the areas arrive there is no area to scan: a click then would do nothing
    expect(scanButton(w).attributes('disabled')).toBeDefined()
    answerAreas(jsonResponse(AREAS))
    await flushPromises()
    expect(scanButton(w).attributes('disabled')).toBeUndefined()
    expect(w.get('[data-testid="last-scan"]').text()).toContain('has not been scanned whole yet')
    await scanButton(w).trigger('click')
    await flushPromises()
    const post = fetchMock.mock.calls.find(([u, init]) => u === '/api/conflicts/scans' && init?.method === 'POST')
    expect(JSON.parse(String(post![1]!.body))).toEqual({ area: 'north' })
    expect(w.get('[data-testid="scan-status"]').text()).toBe('Scan done: 40 of 40 nominals checked, 3 conflicts open, 1 resolved.')
    // the dashboard is read again after the scan and says when the area was last scanned whole
    expect(w.get('[data-testid="last-scan"]').text()).toContain('Last whole-area scan finished 2026-11-24 10:15:03 (UTC)')
  })

  it('says so when the scan cannot be started, without an uncaught error', async () => {
    const { wrapper: w } = await mountConflicts(Promise.resolve(jsonResponse(AREAS)),
      () => jsonResponse({ error: 'area must be one of your areas', status: 400 }, 400))
    await scanButton(w).trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="scan-status"]').exists()).toBe(false)
    expect(w.text()).toContain('area must be one of your areas')
  })
})
