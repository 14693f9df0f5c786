// The one API client. Everything the app asks of the backend goes through getJson().
import { normaliseProfile } from './normalise'
import type { Area, NominalProfile, NominalSearch, NominalSummary, Page } from './types'

/** JSON error body the backend sends with every non-2xx response. */
export interface ApiErrorBody {
  error?: string
  status?: number
  correlationId?: string
}

export type ApiErrorKind = 'http' | 'network' | 'invalid-response'

/**
 * A failed API call. `status` is the HTTP status (0 when the server could not be reached);
 * `correlationId` comes from the error body (or the X-Correlation-Id header) so a user can quote it.
 */
export class ApiError extends Error {
  readonly status: number
  readonly correlationId: string | null
  readonly kind: ApiErrorKind

  constructor(message: string, status: number, correlationId: string | null, kind: ApiErrorKind) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.correlationId = correlationId
    this.kind = kind
  }

  get isNotFound(): boolean {
    return this.status === 404
  }

  get isNetwork(): boolean {
    return this.kind === 'network'
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>

const NETWORK_MESSAGE = 'Could not connect to the Vigil server.'

export function buildUrl(path: string, params?: QueryParams): string {
  if (!path.startsWith('/')) throw new Error(`API path must start with "/": ${path}`)
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue
    query.append(key, String(value))
  }
  const qs = query.toString()
  return `/api${path}${qs ? `?${qs}` : ''}`
}

async function readErrorBody(response: Response): Promise<ApiErrorBody | null> {
  try {
    const body: unknown = await response.json()
    return body && typeof body === 'object' ? (body as ApiErrorBody) : null
  } catch {
    return null
  }
}

export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError'
}

/** GET /api{path}?{params} and parse the JSON body; throws ApiError on any failure. */
export async function getJson<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(buildUrl(path, params), {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal,
    })
  } catch (e) {
    // An abort is the caller's own doing: let it through untouched.
    if (signal?.aborted || isAbortError(e)) throw e
    throw new ApiError(NETWORK_MESSAGE, 0, null, 'network')
  }

  if (!response.ok) {
    const body = await readErrorBody(response)
    const message =
      typeof body?.error === 'string' && body.error.trim() !== ''
        ? body.error
        : `The server responded with status ${response.status}.`
    const correlationId =
      (typeof body?.correlationId === 'string' && body.correlationId) ||
      response.headers.get('X-Correlation-Id') ||
      null
    throw new ApiError(message, response.status, correlationId, 'http')
  }

  try {
    return (await response.json()) as T
  } catch {
    throw new ApiError(
      'The server sent a response that could not be read.',
      response.status,
      response.headers.get('X-Correlation-Id'),
      'invalid-response',
    )
  }
}

export function fetchAreas(signal?: AbortSignal): Promise<Area[]> {
  return getJson<Area[]>('/areas', undefined, signal)
}

export function searchNominals(search: NominalSearch, signal?: AbortSignal): Promise<Page<NominalSummary>> {
  return getJson<Page<NominalSummary>>(
    '/nominals',
    {
      area: search.area,
      category: search.category,
      level: search.level,
      rosh: search.rosh,
      name: search.name,
      sort: search.sort,
      dir: search.dir,
      page: search.page,
      size: search.size,
    },
    signal,
  )
}

/** The profile, normalised into the view model (see normalise.ts: redaction happens there). */
export async function fetchNominal(id: string, signal?: AbortSignal): Promise<NominalProfile> {
  return normaliseProfile(await getJson<unknown>(`/nominals/${encodeURIComponent(id)}`, undefined, signal))
}
