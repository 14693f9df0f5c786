import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse } from '@/testing/fixtures'
import { ApiError, buildUrl, fetchNominal, getJson, searchNominals } from './api'

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

afterEach(() => vi.unstubAllGlobals())

describe('buildUrl', () => {
  it('prefixes /api and drops empty parameters', () => {
    expect(buildUrl('/nominals', { area: 'north', category: 2, name: '', rosh: undefined, level: null })).toBe(
      '/api/nominals?area=north&category=2',
    )
    expect(buildUrl('/areas')).toBe('/api/areas')
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
