// The suspect search client (docs/api.md "Suspect search", docs/suspects.md). The POST goes through
// api.ts, so it shares the session handling and carries the CSRF token.
import { request } from './api'

export const FACTORS = [
  'OPPORTUNITY',
  'AVAILABILITY',
  'DESCRIPTION',
  'VEHICLE',
  'PHONE',
  'NAME',
  'METHOD',
  'CONDITIONS',
] as const
export type Factor = (typeof FACTORS)[number]

export interface SuspectQuery {
  purpose: string
  lat?: number
  lng?: number
  addressId?: string
  postcode?: string
  radiusM?: number
  from: string
  to: string
  offenceType?: string
  suspectSex?: string
  suspectAgeFrom?: number
  suspectAgeTo?: number
  suspectName?: string
  suspectDescription?: string
  method?: string
  vehicle?: string
  phone?: string
  victimAge?: number
  victimSex?: string
  includeRuledOut?: boolean
  size?: number
  sort?: Factor
}

export interface FactorScore {
  score: number
  max: number
  reasons: string[]
}

export interface SuspectLink {
  relation: string
  id: string
  label: string
  kind: string | null
  lat: number
  lng: number
  distanceM: number
}

export interface Suspect {
  rank: number
  id: string
  name: string
  dob: string | null
  ageOnDay: number | null
  sex: string | null
  area: string | null
  total: number
  factors: Record<Factor, FactorScore>
  links: SuspectLink[]
}

export interface RuledOut {
  id: string
  name: string
  reasons: string[]
}

export interface SuspectResponse {
  searchId: string
  purpose: string
  place: { lat: number; lng: number; radiusM: number; resolvedFrom: string }
  from: string
  to: string
  considered: number
  capped: boolean
  suspects: Suspect[]
  ruledOutCount: number
  ruledOut: RuledOut[]
  factors: { factor: Factor; max: number; description: string }[]
  notices: string[]
}

/** POST /api/suspects. Throws ApiError: 400 with a message to show, 428 when the crime reference is missing. */
export function searchSuspects(query: SuspectQuery): Promise<SuspectResponse> {
  return request<SuspectResponse>('POST', '/suspects', { body: bodyOf(query) })
}

/**
 * POST /api/suspects/export.pdf: the same search run again by the server under the user's access
 * (never a list the browser sends), returned as an OFFICIAL-SENSITIVE PDF. Throws ApiError as the search does.
 */
export function exportSuspectsPdf(query: SuspectQuery): Promise<Blob> {
  return request<Blob>('POST', '/suspects/export.pdf', { body: bodyOf(query), blob: true, headers: { Accept: 'application/pdf' } })
}

function bodyOf(query: SuspectQuery): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== '') body[k] = v
  }
  return body
}

/** Ranked by one factor (then total), or by total: the re-rank the table offers, done in the browser. */
export function rerank(suspects: readonly Suspect[], by: Factor | 'TOTAL'): Suspect[] {
  const score = (s: Suspect) => (by === 'TOTAL' ? s.total : s.factors[by].score)
  return [...suspects].sort((a, b) => score(b) - score(a) || b.total - a.total || a.id.localeCompare(b.id))
}

/** The list as CSV (RFC 4180), one row per suspect: rank, id, name, total, each factor and its reasons. */
export function suspectsCsv(result: SuspectResponse, suspects: readonly Suspect[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v)
    // a leading =, +, - or @ would be a formula in a spreadsheet
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const header = ['rank', 'id', 'name', 'dob', 'age on the day', 'total', ...FACTORS.flatMap((f) => [f.toLowerCase(), `${f.toLowerCase()} reasons`])]
  const rows = suspects.map((s, i) => [
    i + 1,
    s.id,
    s.name,
    s.dob,
    s.ageOnDay,
    s.total,
    ...FACTORS.flatMap((f) => [s.factors[f].score, s.factors[f].reasons.join('; ')]),
  ])
  const intro = [`# crime reference ${result.purpose}; window ${result.from} to ${result.to}; search ${result.searchId}`]
  return [...intro, header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n') + '\r\n'
}
