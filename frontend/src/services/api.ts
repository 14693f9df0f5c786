// The one API client. Everything the app asks of the backend goes through request() (getJson() for
// GETs). It also owns the session plumbing every call shares (docs/security.md):
// - the CSRF token, kept in memory only, sent as X-CSRF-Token on every POST, PUT, PATCH and DELETE;
//   a 403 on such a request re-reads the token once (GET /api/session) and retries;
// - a 401 from any call but the session endpoints means the session has ended (idle or absolute
//   timeout, sign-out elsewhere): the registered handler sends the user to the sign-in page, and
//   the caller gets an ApiError of kind 'session-ended', which pages do not show as an error;
// - 428 (purpose required) is an ApiError like any other: isPurposeRequired, and the caller asks
//   for a purpose and retries with X-Vigil-Purpose (fetchNominal's `purpose`).
import { normaliseProfile } from './normalise'
import type {
  Area,
  AuditPage,
  AuditSearch,
  NominalProfile,
  NominalSearch,
  NominalSummary,
  Page,
  SessionInfo,
} from './types'

/** JSON error body the backend sends with every non-2xx response. */
export interface ApiErrorBody {
  error?: string
  status?: number
  correlationId?: string | null
}

export type ApiErrorKind = 'http' | 'network' | 'invalid-response' | 'session-ended'

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

  /** The session ended during this call; the user is already on their way to the sign-in page. */
  get isSessionEnded(): boolean {
    return this.kind === 'session-ended'
  }

  get isUnauthorised(): boolean {
    return this.status === 401
  }

  get isForbidden(): boolean {
    return this.status === 403
  }

  /** 428: the record is outside the user's caseload; ask why and retry with a purpose. */
  get isPurposeRequired(): boolean {
    return this.status === 428
  }
}

export type QueryValue = string | number | boolean | null | undefined
/** A parameter given an array is repeated (`type=PERSON&type=VEHICLE`). */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[]>

const NETWORK_MESSAGE = 'Could not connect to the Vigil server.'
export const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again.'
export const CSRF_HEADER = 'X-CSRF-Token'
export const PURPOSE_HEADER = 'X-Vigil-Purpose'
/** The backend refuses longer purposes (400). */
export const PURPOSE_MAX_LENGTH = 500

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

// ---- Session plumbing (set by composables/useSession.ts) ----

let csrfToken: string | null = null
let sessionEndedHandler: (() => void) | null = null
let sessionInfoListener: ((info: SessionInfo) => void) | null = null

/** The CSRF token of the current session (memory only: never in storage). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function hasCsrfToken(): boolean {
  return csrfToken !== null
}

/** Called once per ended session when an API call answers 401 (see useSession). */
export function onSessionEnded(handler: (() => void) | null): void {
  sessionEndedHandler = handler
}

/** Called with every session body the client receives (sign-in, GET /api/session). */
export function onSessionInfo(listener: ((info: SessionInfo) => void) | null): void {
  sessionInfoListener = listener
}

// ---- Requests ----

export function buildUrl(path: string, params?: QueryParams): string {
  if (!path.startsWith('/')) throw new Error(`API path must start with "/": ${path}`)
  const query = new URLSearchParams()
  for (const [key, values] of Object.entries(params ?? {})) {
    for (const value of Array.isArray(values) ? (values as readonly QueryValue[]) : [values as QueryValue]) {
      if (value === undefined || value === null || value === '') continue
      query.append(key, String(value))
    }
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

export interface RequestOptions {
  params?: QueryParams
  /** Sent as JSON (Content-Type: application/json). */
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
  /**
   * A 401 is this call's answer (signing in, checking for a session), not the end of a session:
   * no redirect to the sign-in page, and the 401 is thrown as an ordinary ApiError.
   */
  unauthorisedIsAnswer?: boolean
  /** The body is a file (a PDF export): returned as a Blob instead of parsed as JSON. */
  blob?: boolean
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (!SAFE_METHODS.has(method) && csrfToken) headers[CSRF_HEADER] = csrfToken
  try {
    return await fetch(buildUrl(path, options.params), {
      method,
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (e) {
    // An abort is the caller's own doing: let it through untouched.
    if (options.signal?.aborted || isAbortError(e)) throw e
    throw new ApiError(NETWORK_MESSAGE, 0, null, 'network')
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body = await readErrorBody(response)
  const message =
    typeof body?.error === 'string' && body.error.trim() !== ''
      ? body.error
      : `The server responded with status ${response.status}.`
  const correlationId =
    (typeof body?.correlationId === 'string' && body.correlationId) || response.headers.get('X-Correlation-Id') || null
  return new ApiError(message, response.status, correlationId, 'http')
}

function sessionEnded(): ApiError {
  csrfToken = null
  sessionEndedHandler?.()
  return new ApiError(SESSION_ENDED_MESSAGE, 401, null, 'session-ended')
}

/**
 * `method` /api{path}: sends same-origin credentials, the CSRF token on unsafe methods, and JSON;
 * returns the parsed JSON body (undefined for 204). Throws ApiError on any failure (an abort is
 * rethrown as is).
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const upper = method.toUpperCase()
  let response = await send(upper, path, options)

  // A 403 on a state-changing call may be a stale CSRF token (e.g. another tab signed in again):
  // fetch the current session's token once and retry. Signing in needs no token.
  const signingIn = upper === 'POST' && path === '/session'
  if (response.status === 403 && !SAFE_METHODS.has(upper) && !signingIn) {
    const refreshed = await fetchSession(options.signal).catch((e: unknown) => {
      if (isAbortError(e)) throw e
      return undefined // could not tell: report the 403 below
    })
    if (refreshed === null) {
      if (!options.unauthorisedIsAnswer) throw sessionEnded()
      throw new ApiError('Sign in to continue', 401, null, 'http')
    }
    if (refreshed) response = await send(upper, path, options)
  }

  if (response.status === 401 && !options.unauthorisedIsAnswer) throw sessionEnded()
  if (!response.ok) throw await errorFrom(response)
  if (response.status === 204) return undefined as T
  if (options.blob) return (await response.blob()) as T

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

/** GET /api{path}?{params} and parse the JSON body; throws ApiError on any failure. */
export function getJson<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, { params, signal })
}

// ---- Session ----

function sessionInfo(body: SessionInfo): SessionInfo {
  if (!body || typeof body !== 'object' || !body.user || typeof body.csrfToken !== 'string') {
    throw new ApiError('The server sent a response that could not be read.', 200, null, 'invalid-response')
  }
  csrfToken = body.csrfToken
  sessionInfoListener?.(body)
  return body
}

/** GET /api/session: the signed-in user and CSRF token, or null when signed out (401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    return sessionInfo(await request<SessionInfo>('GET', '/session', { signal, unauthorisedIsAnswer: true }))
  } catch (e) {
    if (e instanceof ApiError && e.isUnauthorised) {
      csrfToken = null
      return null
    }
    throw e
  }
}

export interface Credentials {
  username: string
  password: string
  code: string
}

/**
 * POST /api/session. A 401 (any wrong part, a locked account...) is thrown as an ApiError with
 * isUnauthorised: the backend's message is deliberately the same whatever was wrong.
 */
export async function signIn(credentials: Credentials): Promise<SessionInfo> {
  return sessionInfo(await request<SessionInfo>('POST', '/session', { body: credentials, unauthorisedIsAnswer: true }))
}

/** DELETE /api/session. A 401 means the session had already ended: signed out all the same. */
export async function signOut(): Promise<void> {
  try {
    await request<void>('DELETE', '/session', { unauthorisedIsAnswer: true })
  } catch (e) {
    // Anything else (no connection, 500): the session may still be live, so keep the token.
    if (!(e instanceof ApiError && e.isUnauthorised)) throw e
  }
  csrfToken = null
}

// ---- Records ----

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

/**
 * The purpose as it can travel in an HTTP header: typographic punctuation and accented letters
 * folded to ASCII (header values cannot carry other characters reliably), line breaks and runs of
 * spaces made single spaces, trimmed. Returns null if something still cannot be sent.
 */
export function purposeHeaderValue(text: string): string | null {
  const folded = text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return /^[\x20-\x7E]*$/.test(folded) ? folded : null
}

/**
 * The profile, normalised into the view model (see normalise.ts: redaction happens there).
 * `purpose` (why a record outside the user's caseload is opened) goes in X-Vigil-Purpose; without
 * it such a record answers 428 (ApiError.isPurposeRequired).
 */
export async function fetchNominal(id: string, signal?: AbortSignal, purpose?: string | null): Promise<NominalProfile> {
  const headers: Record<string, string> = {}
  if (purpose) {
    const value = purposeHeaderValue(purpose)
    if (value === null) throw new Error('The purpose contains characters that cannot be sent.')
    headers[PURPOSE_HEADER] = value
  }
  return normaliseProfile(
    await request<unknown>('GET', `/nominals/${encodeURIComponent(id)}`, { signal, headers }),
  )
}

// ---- Audit ----

/**
 * GET /api/audit (auditors only; 403 for anyone else): one page of audit records, newest first.
 * The server checks the filters and answers 400 with the reason; the read is itself audited.
 */
export function fetchAudit(search: AuditSearch, signal?: AbortSignal): Promise<AuditPage> {
  return getJson<AuditPage>(
    '/audit',
    {
      object: search.object,
      user: search.user,
      event: search.event,
      from: search.from,
      to: search.to,
      page: search.page,
      size: search.size,
    },
    signal,
  )
}
