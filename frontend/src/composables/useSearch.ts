// The search page's URL query <-> GET /api/search. As on the nominal list, the URL query is the
// API query (q, type (repeated), area, category, level, rosh, ageMin, ageMax, from, to, page from 0),
// so back and forward work and any search can be linked: /search?q=Jon+Smyth&type=PERSON&page=1.
// Invalid values in a URL are dropped; the query text itself goes to the server as typed (trimmed),
// which answers 400 with what to change when it cannot be searched.
import { computed, type ComputedRef } from 'vue'
import { useRoute, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router'
import { recordSelection, search } from '@/services/search'
import {
  SEARCH_TYPES,
  type Rosh,
  type SearchItem,
  type SearchParams,
  type SearchResponse,
  type SearchType,
} from '@/services/types'
import { useApiResource, type ApiResource } from './useApiResource'
import { MAPPA_NUMBERS, ROSH_LEVELS } from './useNominalSearch'

export const SEARCH_PAGE_SIZE = 20
export const TYPEAHEAD_SIZE = 6
/** Type-ahead asks after this many characters (the server needs 2)... */
export const TYPEAHEAD_MIN_LENGTH = 2
/** ...and this long without typing. */
export const TYPEAHEAD_DELAY_MS = 250
export const AGE_MAX = 120

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export interface SearchState {
  /**
   * The query text, trimmed. undefined: nothing searched yet (the page shows only the box). An empty
   * string is sent all the same: the server says what to type.
   */
  q: string | undefined
  /** Kinds of record to show, in SEARCH_TYPES order; empty for all. */
  types: SearchType[]
  area?: string
  category?: number
  level?: number
  rosh?: Rosh
  ageMin?: number
  ageMax?: number
  from?: string
  to?: string
  /** From 0, as in the API. */
  page: number
}

/** The filters a facet (or a URL) can set; `age` stands for ageMin and ageMax together. */
export type SearchFilterName = 'type' | 'area' | 'category' | 'level' | 'rosh' | 'age' | 'from' | 'to'

export interface ActiveFilter {
  filter: SearchFilterName
  /** As the facet names it: "PERSON", "cumbria", "2", "HIGH", "35-44"; an ISO date for from/to. */
  value: string
}

function all(value: LocationQuery[string] | undefined): string[] {
  const values = Array.isArray(value) ? value : [value]
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim())
}

function single(value: LocationQuery[string] | undefined): string | undefined {
  return all(value)[0]
}

function intIn(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

function oneOf<T>(value: T | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && allowed.includes(value) ? value : undefined
}

/** The types in their canonical order, each once, unknown ones dropped. */
function canonicalTypes(values: readonly string[]): SearchType[] {
  const upper = new Set(values.map((v) => v.toUpperCase()))
  return SEARCH_TYPES.filter((t) => upper.has(t))
}

export function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value)
}

/** The query text from the URL: `?q` or `?q=` is an (empty) search; no `q` at all is none. */
function queryText(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  if (v === undefined) return undefined
  return typeof v === 'string' ? v.trim() : ''
}

export function parseSearchState(query: LocationQuery): SearchState {
  return {
    q: queryText(query.q),
    types: canonicalTypes(all(query.type)),
    area: single(query.area),
    category: oneOf(intIn(single(query.category), 1, 3), MAPPA_NUMBERS),
    level: oneOf(intIn(single(query.level), 1, 3), MAPPA_NUMBERS),
    rosh: oneOf(single(query.rosh)?.toUpperCase() as Rosh | undefined, ROSH_LEVELS),
    ageMin: intIn(single(query.ageMin), 0, AGE_MAX),
    ageMax: intIn(single(query.ageMax), 0, AGE_MAX),
    from: oneDate(single(query.from)),
    to: oneDate(single(query.to)),
    page: intIn(single(query.page), 0, 1_000_000) ?? 0,
  }
}

function oneDate(value: string | undefined): string | undefined {
  return value !== undefined && ISO_DATE.test(value) ? value : undefined
}

/** The inverse of parseSearchState, leaving out empty filters and the first page. */
export function searchStateToQuery(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q !== undefined) query.q = state.q
  if (state.types.length === 1) query.type = state.types[0]
  else if (state.types.length > 1) query.type = [...state.types]
  if (state.area) query.area = state.area
  if (state.category !== undefined) query.category = String(state.category)
  if (state.level !== undefined) query.level = String(state.level)
  if (state.rosh) query.rosh = state.rosh
  if (state.ageMin !== undefined) query.ageMin = String(state.ageMin)
  if (state.ageMax !== undefined) query.ageMax = String(state.ageMax)
  if (state.from) query.from = state.from
  if (state.to) query.to = state.to
  if (state.page > 0) query.page = String(state.page)
  return query
}

/** GET /api/search's parameters for a full search of this state. */
export function searchParams(state: SearchState): SearchParams {
  return {
    q: state.q ?? '',
    types: state.types,
    area: state.area,
    category: state.category,
    level: state.level,
    rosh: state.rosh,
    ageMin: state.ageMin,
    ageMax: state.ageMax,
    from: state.from,
    to: state.to,
    mode: 'full',
    page: state.page,
    size: SEARCH_PAGE_SIZE,
  }
}

// ---- A search kept with an investigation (docs/investigations.md, "Saved searches")

/** What an investigation keeps of a search: the query and its filters, never the page or the results. */
export function savedSearchParams(state: SearchState): Record<string, unknown> {
  return { ...searchStateToQuery({ ...state, page: 0 }), q: state.q ?? '' }
}

/**
 * The search page's address for saved parameters: read back as a URL would be, so a value the page
 * does not understand (an old or hand-made saved search) is dropped rather than sent.
 */
export function savedSearchQuery(params: Record<string, unknown>): LocationQueryRaw {
  const query: LocationQuery = {}
  for (const [key, value] of Object.entries(params)) {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string | number => typeof v === 'string' || typeof v === 'number',
    )
    if (values.length) query[key] = values.map(String)
  }
  return searchStateToQuery({ ...parseSearchState(query), q: queryText(query.q) ?? '', page: 0 })
}

// ---- Age bands: the age facet's keys ("35-44", "65+", "under 18") as ageMin/ageMax ----

export interface AgeRange {
  min?: number
  max?: number
}

/** "35-44" -> {35, 44}; "65+" -> {65}; "under 18" or "<18" -> {max 17}; null if not understood. */
export function parseAgeBand(key: string): AgeRange | null {
  const k = key.trim().toLowerCase()
  let m = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})$/.exec(k)
  if (m) {
    const min = Number(m[1])
    const max = Number(m[2])
    return min <= max && max <= AGE_MAX ? { min, max } : null
  }
  m = /^(\d{1,3})\s*(?:\+|and over|or over)$/.exec(k)
  if (m) return Number(m[1]) <= AGE_MAX ? { min: Number(m[1]) } : null
  m = /^(?:under|<)\s*(\d{1,3})$/.exec(k)
  if (m && Number(m[1]) >= 1) return { max: Math.min(Number(m[1]) - 1, AGE_MAX) }
  return null
}

/** The band key for the state's age range ("35-44", "65+", "under 18"), or null if none. */
export function ageBandKey(state: Pick<SearchState, 'ageMin' | 'ageMax'>): string | null {
  const { ageMin: min, ageMax: max } = state
  if (min !== undefined && max !== undefined) return `${min}-${max}`
  if (min !== undefined) return `${min}+`
  if (max !== undefined) return `under ${max + 1}`
  return null
}

/** "Age 35 to 44", "Age 65 and over", "Age under 18". */
export function ageLabel(range: AgeRange): string {
  if (range.min !== undefined && range.max !== undefined) return `Age ${range.min} to ${range.max}`
  if (range.min !== undefined) return `Age ${range.min} and over`
  if (range.max !== undefined) return `Age under ${range.max + 1}`
  return 'Any age'
}

// ---- Facets: choosing a value adds it as a filter; choosing a chosen one takes it off ----

export function isFacetSelected(state: SearchState, facet: SearchFilterName, key: string): boolean {
  switch (facet) {
    case 'type':
      return (state.types as readonly string[]).includes(key.toUpperCase())
    case 'area':
      return state.area === key
    case 'category':
      return state.category !== undefined && String(state.category) === key
    case 'level':
      return state.level !== undefined && String(state.level) === key
    case 'rosh':
      return state.rosh !== undefined && state.rosh === key.toUpperCase()
    case 'age': {
      const band = parseAgeBand(key)
      return !!band && (state.ageMin !== undefined || state.ageMax !== undefined) && band.min === state.ageMin && band.max === state.ageMax
    }
    case 'from':
      return state.from === key
    case 'to':
      return state.to === key
  }
}

/** Whether a facet value can be chosen at all (e.g. an age band this page does not understand). */
export function isFacetUsable(facet: SearchFilterName, key: string): boolean {
  switch (facet) {
    case 'type':
      return isSearchType(key.toUpperCase())
    case 'category':
    case 'level':
      return oneOf(intIn(key, 1, 3), MAPPA_NUMBERS) !== undefined
    case 'rosh':
      return oneOf(key.toUpperCase() as Rosh, ROSH_LEVELS) !== undefined
    case 'age':
      return parseAgeBand(key) !== null
    case 'from':
    case 'to':
      return ISO_DATE.test(key)
    default:
      return key.trim() !== ''
  }
}

/**
 * The state with a facet value chosen, or taken off if it was chosen. Types add up (people and
 * vehicles); the other filters hold one value, so choosing another replaces it. Back to page 1.
 */
export function toggleFacet(state: SearchState, facet: SearchFilterName, key: string): SearchState {
  const next: SearchState = { ...state, types: [...state.types], page: 0 }
  if (!isFacetUsable(facet, key)) return state
  const selected = isFacetSelected(state, facet, key)
  switch (facet) {
    case 'type': {
      const type = key.toUpperCase()
      next.types = canonicalTypes(selected ? state.types.filter((t) => t !== type) : [...state.types, type])
      break
    }
    case 'area':
      next.area = selected ? undefined : key
      break
    case 'category':
      next.category = selected ? undefined : Number(key)
      break
    case 'level':
      next.level = selected ? undefined : Number(key)
      break
    case 'rosh':
      next.rosh = selected ? undefined : (key.toUpperCase() as Rosh)
      break
    case 'age': {
      const band = selected ? {} : parseAgeBand(key)!
      next.ageMin = band.min
      next.ageMax = band.max
      break
    }
    case 'from':
      next.from = selected ? undefined : key
      break
    case 'to':
      next.to = selected ? undefined : key
      break
  }
  return next
}

/** The filters in force, in the order the facets are shown. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const list: ActiveFilter[] = state.types.map((t) => ({ filter: 'type', value: t }))
  if (state.area) list.push({ filter: 'area', value: state.area })
  if (state.category !== undefined) list.push({ filter: 'category', value: String(state.category) })
  if (state.level !== undefined) list.push({ filter: 'level', value: String(state.level) })
  if (state.rosh) list.push({ filter: 'rosh', value: state.rosh })
  const age = ageBandKey(state)
  if (age) list.push({ filter: 'age', value: age })
  if (state.from) list.push({ filter: 'from', value: state.from })
  if (state.to) list.push({ filter: 'to', value: state.to })
  return list
}

/** The state without any filter (same query text, first page). */
export function withoutFilters(state: SearchState): SearchState {
  return { q: state.q, types: [], page: 0 }
}

// ---- Opening a result ----

/** A person with a profile page: PERSON results whose roles include NOMINAL. */
export function isNominal(item: Pick<SearchItem, 'type' | 'roles'>): boolean {
  return item.type === 'PERSON' && Array.isArray(item.roles) && item.roles.includes('NOMINAL')
}

export function profileLocation(id: string): RouteLocationRaw {
  return { name: 'nominal', params: { id } }
}

/**
 * Where opening a type-ahead suggestion goes: a nominal's profile; anything else (a vehicle, a
 * phone, a person who is not a nominal) has no page of its own, so a full search for it, which
 * shows its card with the people linked to it.
 */
export function suggestionLocation(item: SearchItem): RouteLocationRaw {
  if (isNominal(item)) return profileLocation(item.id)
  const type = String(item.type).toUpperCase()
  return { name: 'search', query: searchStateToQuery({ q: item.title, types: isSearchType(type) ? [type] : [], page: 0 }) }
}

/**
 * Tells the server which result of a search the user opened (POST /api/search/selections; the
 * CSRF token goes with it). Called before navigating; not waited for, and a failure is not shown:
 * the user's own action matters more than this record of it.
 */
export function noteSelection(searchId: string | null | undefined, item: Pick<SearchItem, 'type' | 'id'>, rank: number): void {
  if (!searchId) return
  try {
    void recordSelection({ searchId, type: String(item.type), id: item.id, rank }).catch(() => undefined)
  } catch {
    // Not even sent: nothing to tell the user (see above).
  }
}

// ---- The page's state ----

export interface SearchPageState {
  state: ComputedRef<SearchState>
  /** The results; null while nothing has been searched. */
  results: ApiResource<SearchResponse | null>
  /** Where the page goes for another state. */
  location: (next: SearchState) => RouteLocationRaw
  pageLocation: (page: number) => RouteLocationRaw
  facetLocation: (facet: SearchFilterName, key: string) => RouteLocationRaw
}

export function useSearch(): SearchPageState {
  const route = useRoute()
  const state = computed(() => parseSearchState(route.query))

  const results = useApiResource<SearchResponse | null>(
    (signal) => (state.value.q === undefined ? Promise.resolve(null) : search(searchParams(state.value), signal)),
    // Re-search only when the effective search changes, not on every query object identity change.
    () => JSON.stringify(state.value),
  )

  function location(next: SearchState): RouteLocationRaw {
    return { name: 'search', query: searchStateToQuery(next) }
  }

  return {
    state,
    results,
    location,
    pageLocation: (page) => location({ ...state.value, page }),
    facetLocation: (facet, key) => location(toggleFacet(state.value, facet, key)),
  }
}
