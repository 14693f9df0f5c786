// The audit page's URL query <-> GET /api/audit. Like the nominal list, the URL query is the API
// query (object, user, event, from, to, page (0-based), size), so any view can be linked, e.g.
// /audit?object=PERSON:N0000042 ("who viewed this nominal"). Filters are passed on as given: the
// server checks them and answers 400 with the reason, which the page shows; quietly dropping a bad
// filter would show an auditor more than they asked for under the wrong heading.
import { computed, type ComputedRef } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router'
import { fetchAudit } from '@/services/api'
import type { AuditPage, AuditSearch } from '@/services/types'
import { useApiResource, type ApiResource } from './useApiResource'

/** The event names the backend records (docs/audit.md); new ones may be added, never renamed. */
export const AUDIT_EVENTS: readonly string[] = [
  'LOGIN_SUCCESS',
  'LOGIN_FAILURE',
  'LOGOUT',
  'VIEW_PERSON',
  'VIEW_CASE',
  'LIST',
  'SEARCH',
  'NETWORK_QUERY',
  'PATH_QUERY',
  'MAP_QUERY',
  'EXPORT',
  'IMPORT',
  'CHANGE',
  'PERMISSION_DENIED',
  'ADMIN_ACTION',
  'AUDIT_READ',
  'SESSION_EXPIRED',
  'ACCOUNT_LOCKED',
]

/** The object types offered in the form; others (from a link) are kept as they are. */
export const AUDIT_OBJECT_TYPES: readonly string[] = ['PERSON', 'CASE']

export const AUDIT_DEFAULT_SIZE = 50
export const AUDIT_MAX_SIZE = 200

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function single(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

/** "2026-11-01" as a UTC midnight Date, or null if it is not a real date. */
function utcDate(date: string): Date | null {
  const m = DATE.exec(date)
  if (!m) return null
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === date ? d : null
}

export function isDate(value: string): boolean {
  return utcDate(value) !== null
}

function instantText(d: Date): string {
  return d.toISOString().replace('.000Z', 'Z')
}

/** The start of a UTC day: "2026-11-01" -> "2026-11-01T00:00:00Z" (the API's `from` is inclusive). */
export function startOfDayUtc(date: string): string {
  const d = utcDate(date)
  if (!d) throw new Error(`Not a date: ${date}`)
  return instantText(d)
}

/**
 * The end of a UTC day, as the API's `to` (exclusive) needs it: the start of the next day,
 * "2026-11-01" -> "2026-11-02T00:00:00Z", so nothing in the last second or millisecond is missed.
 */
export function endOfDayUtc(date: string): string {
  const d = utcDate(date)
  if (!d) throw new Error(`Not a date: ${date}`)
  return instantText(new Date(d.getTime() + 86_400_000))
}

/** The UTC date a `from` instant falls on, for the date field ('' if unreadable). */
export function fromDateOf(instant: string | undefined): string {
  const t = instant ? Date.parse(instant) : NaN
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10)
}

/** The last UTC date a `to` instant (exclusive) includes, for the date field ('' if unreadable). */
export function toDateOf(instant: string | undefined): string {
  const t = instant ? Date.parse(instant) : NaN
  return Number.isNaN(t) ? '' : new Date(t - 1).toISOString().slice(0, 10)
}

function intOr(value: string | undefined, fallback: number): number {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback
}

/**
 * The search in a URL query. A plain date in `from`/`to` (handy in a hand-made link) means the
 * start / the end of that UTC day; anything else is passed on for the server to judge.
 */
export function parseAuditSearch(query: LocationQuery): AuditSearch {
  const from = single(query.from)
  const to = single(query.to)
  const size = intOr(single(query.size), AUDIT_DEFAULT_SIZE)
  return {
    object: single(query.object),
    user: single(query.user),
    event: single(query.event),
    from: from && isDate(from) ? startOfDayUtc(from) : from,
    to: to && isDate(to) ? endOfDayUtc(to) : to,
    page: intOr(single(query.page), 0),
    size: size >= 1 && size <= AUDIT_MAX_SIZE ? size : AUDIT_DEFAULT_SIZE,
  }
}

/** The inverse of parseAuditSearch, leaving out empty filters and default paging. */
export function auditSearchToQuery(search: AuditSearch): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of ['object', 'user', 'event', 'from', 'to'] as const) {
    const v = search[key]
    if (v) query[key] = v
  }
  if (search.page > 0) query.page = String(search.page)
  if (search.size !== AUDIT_DEFAULT_SIZE) query.size = String(search.size)
  return query
}

/** `PERSON:N1` -> { type: 'PERSON', id: 'N1' } (the type never has a colon, so the first splits). */
export function splitObject(key: string | undefined): { type: string; id: string } | null {
  if (!key) return null
  const colon = key.indexOf(':')
  if (colon < 1) return { type: '', id: key }
  return { type: key.slice(0, colon).toUpperCase(), id: key.slice(colon + 1) }
}

export type AuditFilters = Pick<AuditSearch, 'object' | 'user' | 'event' | 'from' | 'to'>

export interface AuditSearchState {
  search: ComputedRef<AuditSearch>
  results: ApiResource<AuditPage>
  /** Replace all filters, back to the first page (the page size stays). */
  applyFilters: (filters: AuditFilters) => Promise<unknown>
  /** Where a link to another page of the same results goes. */
  pageLocation: (page: number) => RouteLocationRaw
}

export function useAuditSearch(): AuditSearchState {
  const route = useRoute()
  const router = useRouter()
  // Only this page's own URL is its search: while leaving for another page (an object's link, say)
  // the route changes before this page is gone, and that must not send an empty, audited query.
  const here = route.path
  let query = route.query
  const search = computed(() => {
    if (route.path === here) query = route.query
    return parseAuditSearch(query)
  })

  // Every GET /api/audit is itself audited: load once per distinct search, never on a timer.
  const results = useApiResource<AuditPage>(
    (signal) => fetchAudit(search.value, signal),
    () => JSON.stringify(search.value),
  )

  return {
    search,
    results,
    applyFilters: (filters) =>
      router.push({
        path: route.path,
        query: auditSearchToQuery({ ...filters, page: 0, size: search.value.size }),
      }),
    pageLocation: (page) => ({ path: route.path, query: auditSearchToQuery({ ...search.value, page }) }),
  }
}
