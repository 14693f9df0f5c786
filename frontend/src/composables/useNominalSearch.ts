import { computed, type ComputedRef } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router'
import { searchNominals } from '@/services/api'
import { SORT_KEYS, type NominalSearch, type NominalSummary, type Page, type Rosh, type SortKey } from '@/services/types'
import { useApiResource, type ApiResource } from './useApiResource'

export const ROSH_LEVELS: readonly Rosh[] = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH']
export const MAPPA_NUMBERS: readonly number[] = [1, 2, 3]
export const DEFAULT_PAGE_SIZE = 50
const MAX_PAGE_SIZE = 200

export type NominalFilters = Pick<NominalSearch, 'area' | 'category' | 'level' | 'rosh' | 'name'>

function single(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

function oneOf<T>(value: T | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && allowed.includes(value) ? value : undefined
}

function intOrUndefined(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  return Number(value)
}

/**
 * The URL query IS the search: the same names and values as GET /api/nominals (page is 0-based),
 * so any view can be bookmarked or shared. Unknown or invalid values fall back to defaults.
 */
export function parseSearch(query: LocationQuery): NominalSearch {
  const size = intOrUndefined(single(query.size))
  return {
    area: single(query.area),
    category: oneOf(intOrUndefined(single(query.category)), MAPPA_NUMBERS),
    level: oneOf(intOrUndefined(single(query.level)), MAPPA_NUMBERS),
    rosh: oneOf(single(query.rosh)?.toUpperCase() as Rosh | undefined, ROSH_LEVELS),
    name: single(query.name),
    sort: oneOf(single(query.sort) as SortKey | undefined, SORT_KEYS) ?? 'surname',
    dir: single(query.dir) === 'desc' ? 'desc' : 'asc',
    page: intOrUndefined(single(query.page)) ?? 0,
    size: size !== undefined && size >= 1 && size <= MAX_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE,
  }
}

/** The inverse of parseSearch, leaving out empty filters and default paging. */
export function searchToQuery(search: NominalSearch): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (search.area) query.area = search.area
  if (search.category !== undefined) query.category = String(search.category)
  if (search.level !== undefined) query.level = String(search.level)
  if (search.rosh) query.rosh = search.rosh
  if (search.name) query.name = search.name
  query.sort = search.sort
  query.dir = search.dir
  if (search.page > 0) query.page = String(search.page)
  if (search.size !== DEFAULT_PAGE_SIZE) query.size = String(search.size)
  return query
}

export interface NominalSearchState {
  search: ComputedRef<NominalSearch>
  /** One page of results; null while no area is chosen (the API requires one). */
  results: ApiResource<Page<NominalSummary> | null>
  /** Replace all filters (back to the first page). */
  applyFilters: (filters: NominalFilters) => Promise<unknown>
  /** Choose the area without adding a history entry (used to default to the first area). */
  replaceArea: (area: string) => Promise<unknown>
  /** Sort by a column: a new column sorts ascending, the current one flips direction. */
  sortBy: (column: SortKey) => Promise<unknown>
  /** Where a link to another page of the same results goes. */
  pageLocation: (page: number) => RouteLocationRaw
}

export function useNominalSearch(): NominalSearchState {
  const route = useRoute()
  const router = useRouter()
  const search = computed(() => parseSearch(route.query))

  const results = useApiResource<Page<NominalSummary> | null>(
    (signal) => (search.value.area ? searchNominals(search.value, signal) : Promise.resolve(null)),
    // Re-load only when the effective search changes, not on every query object identity change.
    () => JSON.stringify(search.value),
  )

  function go(next: NominalSearch) {
    return router.push({ path: route.path, query: searchToQuery(next) })
  }

  return {
    search,
    results,
    applyFilters: (filters) =>
      go({
        ...search.value,
        area: filters.area || undefined,
        category: filters.category,
        level: filters.level,
        rosh: filters.rosh,
        name: filters.name?.trim() || undefined,
        page: 0,
      }),
    replaceArea: (area) => router.replace({ path: route.path, query: searchToQuery({ ...search.value, area }) }),
    sortBy: (column) =>
      go({
        ...search.value,
        sort: column,
        dir: search.value.sort === column && search.value.dir === 'asc' ? 'desc' : 'asc',
        page: 0,
      }),
    pageLocation: (page) => ({ path: route.path, query: searchToQuery({ ...search.value, page }) }),
  }
}
