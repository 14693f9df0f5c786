import { afterEach, describe, expect, it, vi } from 'vitest'
import { SESSION, SIGNED_OUT, apiProfile, jsonResponse } from '@/testing/fixtures'
import {
  ApiError,
  buildUrl,
  fetchNominal,
  fetchSession,
  getJson,
  onSessionEnded,
  purposeHeaderValue,
  request,
  searchNominals,
  setCsrfToken,
  signIn,
  signOut,
} from './api'

function stubFetch(impl: (url: string, init?: RequestInit) => Promise<Response>) {
  const fetchMock = vi.fn(impl)
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError)
    return e as ApiError
  }
  throw new Error('expected the call to fail')
}

afterEach(() => {
  vi.unstubAllGlobals()
  onSessionEnded(null)
})

function headersOf(init?: RequestInit): Record<string, string> {
  return (init?.headers ?? {}) as Record<string, string>
}

describe('buildUrl', () => {
  it('prefixes /api and drops empty parameters', () => {
    expect(buildUrl('/nominals', { area: 'north', category: 2, name: '', rosh: undefined, level: null })).toBe(
      '/api/nominals?area=north&category=2',
    )
    expect(buildUrl('/areas')).toBe('/api/areas')
  })

  it('repeats a parameter given an array, skipping empty values', () => {
    expect(buildUrl('/search', { q: 'kx6', type: ['PERSON', '', null, 'VEHICLE'], area: [] })).toBe(
      '/api/search?q=kx6&type=PERSON&type=VEHICLE',
    )
  })

  it('encodes parameter values', () => {
    expect(buildUrl('/nominals', { name: "O'Brien & co" })).toBe("/api/nominals?name=O%27Brien+%26+co")
  })
})

describe('getJson', () => {
  it('GETs same-origin JSON and returns the parsed body', async () => {
    const fetchMock = stubFetch(async () => jsonResponse([{ id: 'north', name: 'North' }]))

    await expect(getJson('/areas')).resolves.toEqual([{ id: 'north', name: 'North' }])

    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/areas')
    expect(init?.credentials).toBe('same-origin')
    expect(init?.method).toBe('GET')
    expect((init?.headers as Record<string, string>).Accept).toBe('application/json')
  })

  it('maps a 404 error body to an ApiError with status, message and correlation id', async () => {
    stubFetch(async () =>
      jsonResponse({ error: 'Nominal n-404 not found', status: 404, correlationId: 'corr-404' }, 404),
    )

    const error = await caught(fetchNominal('n-404'))

    expect(error.status).toBe(404)
    expect(error.message).toBe('Nominal n-404 not found')
    expect(error.correlationId).toBe('corr-404')
    expect(error.kind).toBe('http')
    expect(error.isNotFound).toBe(true)
    expect(error.isNetwork).toBe(false)
  })

  it('maps a 500 error body, keeping the correlation id for the user to quote', async () => {
    stubFetch(async () => jsonResponse({ error: 'Database unavailable', status: 500, correlationId: 'abc-123' }, 500))

    const error = await caught(getJson('/nominals'))

    expect(error.status).toBe(500)
    expect(error.message).toBe('Database unavailable')
    expect(error.correlationId).toBe('abc-123')
    expect(error.isNotFound).toBe(false)
  })

  it('falls back to a generic message and the X-Correlation-Id header when the error body is not JSON', async () => {
    stubFetch(
      async () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html', 'X-Correlation-Id': 'hdr-9' },
        }),
    )

    const error = await caught(getJson('/nominals'))

    expect(error.status).toBe(502)
    expect(error.message).toBe('The server responded with status 502.')
    expect(error.correlationId).toBe('hdr-9')
  })

  it('has a null correlation id when the server sends none', async () => {
    stubFetch(async () => new Response('', { status: 503 }))

    const error = await caught(getJson('/nominals'))

    expect(error.status).toBe(503)
    expect(error.correlationId).toBeNull()
  })

  it('turns a network failure into a network ApiError with status 0', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch')
    })

    const error = await caught(getJson('/areas'))

    expect(error.status).toBe(0)
    expect(error.kind).toBe('network')
    expect(error.isNetwork).toBe(true)
    expect(error.correlationId).toBeNull()
  })

  it('reports a 200 response with an unreadable body as an invalid response', async () => {
    stubFetch(async () => new Response('not json', { status: 200, headers: { 'X-Correlation-Id': 'c-1' } }))

    const error = await caught(getJson('/areas'))

    expect(error.kind).toBe('invalid-response')
    expect(error.correlationId).toBe('c-1')
  })

  it('lets an abort through as an AbortError, not an ApiError', async () => {
    stubFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
        }),
    )
    const controller = new AbortController()
    const pending = getJson('/areas', undefined, controller.signal)
    controller.abort()

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    await expect(pending).rejects.not.toBeInstanceOf(ApiError)
  })
})

describe('searchNominals', () => {
  it('sends filters, sort and paging as query parameters', async () => {
    const fetchMock = stubFetch(async () => jsonResponse({ items: [], total: 0, page: 1, size: 25 }))

    await searchNominals({ area: 'north', category: 1, level: 3, rosh: 'VERY_HIGH', name: 'smi', sort: 'dob', dir: 'desc', page: 1, size: 25 })

    const url = new URL(fetchMock.mock.calls[0]![0], 'http://localhost')
    expect(url.pathname).toBe('/api/nominals')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      area: 'north',
      category: '1',
      level: '3',
      rosh: 'VERY_HIGH',
      name: 'smi',
      sort: 'dob',
      dir: 'desc',
      page: '1',
      size: '25',
    })
  })

  it('escapes the nominal id in the profile path', async () => {
    const fetchMock = stubFetch(async () => jsonResponse({}))
    await fetchNominal('a/b c')
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/nominals/a%2Fb%20c')
  })
})

describe('CSRF token', () => {
  it('is sent on POST, PUT, PATCH and DELETE, never on GET', async () => {
    setCsrfToken('tok-1')
    const fetchMock = stubFetch(async () => jsonResponse({}))

    await getJson('/areas')
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) await request(method, '/things', { body: { a: 1 } })

    const calls = fetchMock.mock.calls.map(([, init]) => [init?.method, headersOf(init)['X-CSRF-Token']])
    expect(calls).toEqual([
      ['GET', undefined],
      ['POST', 'tok-1'],
      ['PUT', 'tok-1'],
      ['PATCH', 'tok-1'],
      ['DELETE', 'tok-1'],
    ])
    // Bodies go as JSON.
    const [, post] = fetchMock.mock.calls[1]!
    expect(headersOf(post)['Content-Type']).toBe('application/json')
    expect(post?.body).toBe('{"a":1}')
  })

  it('comes from sign-in or GET /api/session, and is forgotten on sign-out', async () => {
    const fetchMock = stubFetch(async (url, init) => {
      if (url === '/api/session' && init?.method === 'POST') return jsonResponse({ ...SESSION, csrfToken: 'from-sign-in' })
      if (url === '/api/session' && init?.method === 'GET') return jsonResponse({ ...SESSION, csrfToken: 'from-get' })
      if (url === '/api/session' && init?.method === 'DELETE') return new Response(null, { status: 204 })
      return jsonResponse({})
    })

    await signIn({ username: 'u', password: 'p', code: '123456' })
    await request('POST', '/x')
    await fetchSession()
    await request('POST', '/x')
    await signOut()
    await request('POST', '/x')

    const tokens = fetchMock.mock.calls.map(([url, init]) => `${init?.method} ${url} ${headersOf(init)['X-CSRF-Token'] ?? '-'}`)
    expect(tokens).toEqual([
      'POST /api/session -', // signing in needs no token
      'POST /api/x from-sign-in',
      'GET /api/session -',
      'POST /api/x from-get',
      'DELETE /api/session from-get',
      'POST /api/x -',
    ])
  })

  it('re-reads the token once after a 403 on a state-changing call, and retries with it', async () => {
    setCsrfToken('stale')
    let attempts = 0
    const fetchMock = stubFetch(async (url, init) => {
      if (url === '/api/session') return jsonResponse({ ...SESSION, csrfToken: 'fresh' })
      attempts++
      return headersOf(init)['X-CSRF-Token'] === 'fresh'
        ? jsonResponse({ ok: true })
        : jsonResponse({ error: 'Missing or wrong X-CSRF-Token header', status: 403, correlationId: 'c' }, 403)
    })

    await expect(request('POST', '/x', { body: {} })).resolves.toEqual({ ok: true })
    expect(attempts).toBe(2)
    expect(fetchMock.mock.calls.map(([url, init]) => `${init?.method} ${url}`)).toEqual([
      'POST /api/x',
      'GET /api/session',
      'POST /api/x',
    ])
  })

  it('reports a 403 that persists, and never retries a GET', async () => {
    setCsrfToken('tok')
    const fetchMock = stubFetch(async (url) =>
      url === '/api/session'
        ? jsonResponse(SESSION)
        : jsonResponse({ error: 'Only administrators may do this', status: 403, correlationId: 'c-403' }, 403),
    )

    const post = await caught(request('POST', '/admin/users', { body: {} }))
    expect(post.isForbidden).toBe(true)
    expect(post.message).toBe('Only administrators may do this')
    expect(fetchMock).toHaveBeenCalledTimes(3)

    fetchMock.mockClear()
    const get = await caught(getJson('/admin/users'))
    expect(get.status).toBe(403)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})

describe('401: the session has ended', () => {
  it('calls the session-ended handler and throws a session-ended error', async () => {
    setCsrfToken('tok')
    const ended = vi.fn()
    onSessionEnded(ended)
    stubFetch(async () => jsonResponse(SIGNED_OUT, 401))

    const error = await caught(searchNominals({ area: 'north', sort: 'surname', dir: 'asc', page: 0, size: 50 }))

    expect(ended).toHaveBeenCalledTimes(1)
    expect(error.status).toBe(401)
    expect(error.isSessionEnded).toBe(true)
    expect(error.message).toBe('Your session has ended. Sign in again.')
    // The old token is gone: nothing more is sent with it.
    const fetchMock = stubFetch(async () => jsonResponse({}))
    await request('POST', '/x')
    expect(headersOf(fetchMock.mock.calls[0]![1])['X-CSRF-Token']).toBeUndefined()
  })

  it('is an answer, not an ended session, from sign-in and GET /api/session', async () => {
    const ended = vi.fn()
    onSessionEnded(ended)
    stubFetch(async () =>
      jsonResponse({ error: 'Username, password or code not recognised', status: 401, correlationId: null }, 401),
    )

    const error = await caught(signIn({ username: 'u', password: 'p', code: '000000' }))
    expect(error.isUnauthorised).toBe(true)
    expect(error.isSessionEnded).toBe(false)
    expect(error.message).toBe('Username, password or code not recognised')
    await expect(fetchSession()).resolves.toBeNull()
    expect(ended).not.toHaveBeenCalled()
  })

  it('treats a 401 from sign-out as signed out', async () => {
    setCsrfToken('tok')
    stubFetch(async () => jsonResponse(SIGNED_OUT, 401))
    await expect(signOut()).resolves.toBeUndefined()
  })

  it('keeps the session when sign-out cannot reach the server', async () => {
    setCsrfToken('tok')
    stubFetch(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect((await caught(signOut())).isNetwork).toBe(true)
    const fetchMock = stubFetch(async () => new Response(null, { status: 204 }))
    await signOut()
    expect(headersOf(fetchMock.mock.calls[0]![1])['X-CSRF-Token']).toBe('tok')
  })

  it('sends sign-in as JSON', async () => {
    const fetchMock = stubFetch(async () => jsonResponse(SESSION))

    await expect(signIn({ username: 'demo.analyst', password: 'pw', code: '123456' })).resolves.toEqual(SESSION)

    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/session')
    expect(init?.method).toBe('POST')
    expect(init?.credentials).toBe('same-origin')
    expect(headersOf(init)['Content-Type']).toBe('application/json')
    expect(JSON.parse(init?.body as string)).toEqual({ username: 'demo.analyst', password: 'pw', code: '123456' })
  })
})

describe('428: purpose required', () => {
  const PURPOSE_REQUIRED = {
    error: 'This nominal is not in your caseload: say why you need to open the record.',
    status: 428,
    correlationId: 'c-428',
  }

  it('is an ApiError that says a purpose is required', async () => {
    stubFetch(async () => jsonResponse(PURPOSE_REQUIRED, 428))

    const error = await caught(fetchNominal('n-1'))

    expect(error.isPurposeRequired).toBe(true)
    expect(error.message).toBe(PURPOSE_REQUIRED.error)
  })

  it('sends the purpose in X-Vigil-Purpose, only when there is one', async () => {
    const fetchMock = stubFetch(async (_url, init) =>
      headersOf(init)['X-Vigil-Purpose'] ? jsonResponse(apiProfile()) : jsonResponse(PURPOSE_REQUIRED, 428),
    )

    await caught(fetchNominal('n-1'))
    const profile = await fetchNominal('n-1', undefined, 'Risk review, incident 123/24')

    expect(profile.identity.surname).toBe('Abbott')
    expect(fetchMock.mock.calls.map(([, init]) => headersOf(init)['X-Vigil-Purpose'])).toEqual([
      undefined,
      'Risk review, incident 123/24',
    ])
  })

  it('makes the purpose fit an HTTP header', () => {
    expect(purposeHeaderValue('  Risk review\n\nfor  “MAPPA” meeting – Siân’s case…  ')).toBe(
      'Risk review for "MAPPA" meeting - Sian\'s case...',
    )
    expect(purposeHeaderValue('Zoë Müller, café')).toBe('Zoe Muller, cafe')
    expect(purposeHeaderValue('Check 🙂')).toBeNull()
    expect(purposeHeaderValue('警察')).toBeNull()
  })
})
