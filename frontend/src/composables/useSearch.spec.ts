import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { SearchItem } from '@/services/types'
import {
  SEARCH_PAGE_SIZE,
  activeFilters,
  ageBandKey,
  ageLabel,
  isFacetSelected,
  isNominal,
  parseAgeBand,
  parseSearchState,
  searchParams,
  searchStateToQuery,
  suggestionLocation,
  toggleFacet,
  withoutFilters,
  type SearchState,
} from './useSearch'

const base: SearchState = { q: 'jon smyth', types: [], page: 0 }

function item(overrides: Partial<SearchItem>): SearchItem {
  return { type: 'PERSON', id: 'N1', title: 'John SMITH', subtitle: null, tier: 'EXACT', score: 1, matches: [], people: [], ...overrides }
}

describe('search state <-> URL query', () => {
  it('has nothing to search without q, and an (empty) search with an empty q', () => {
    expect(parseSearchState({})).toEqual({
      q: undefined,
      types: [],
      area: undefined,
      category: undefined,
      level: undefined,
      rosh: undefined,
      ageMin: undefined,
      ageMax: undefined,
      from: undefined,
      to: undefined,
      page: 0,
    })
    expect(parseSearchState({ q: '' }).q).toBe('')
    expect(parseSearchState({ q: null }).q).toBe('')
    expect(parseSearchState({ q: '  Jon Smyth ' }).q).toBe('Jon Smyth')
  })

  it('round-trips a full search, types in their canonical order', () => {
    const query = {
      q: 'KX6?',
      type: ['PERSON', 'VEHICLE'],
      area: 'cumbria',
      category: '1',
      level: '2',
      rosh: 'VERY_HIGH',
      ageMin: '35',
      ageMax: '44',
      from: '2024-01-01',
      to: '2024-12-31',
      page: '3',
    }
    expect(searchStateToQuery(parseSearchState(query))).toEqual(query)
    expect(parseSearchState({ q: 'x', type: ['vehicle', 'PERSON', 'VEHICLE'] }).types).toEqual(['PERSON', 'VEHICLE'])
    // One type is a plain value, so the URL reads /search?q=..&type=PERSON.
    expect(searchStateToQuery({ ...base, types: ['PERSON'], page: 1 })).toEqual({ q: 'jon smyth', type: 'PERSON', page: '1' })
  })

  it('reads the URL of the brief, with + for spaces, the way the router parses it', () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/search', name: 'search', component: {} }] })
    const route = router.resolve('/search?q=Jon+Smyth&type=PERSON&page=1')
    expect(parseSearchState(route.query)).toMatchObject({ q: 'Jon Smyth', types: ['PERSON'], page: 1 })
    // ...and writes a URL that reads back the same.
    const href = router.resolve({ name: 'search', query: searchStateToQuery({ ...base, q: "O'Brien & co", types: ['PERSON', 'DEVICE'] }) }).fullPath
    expect(parseSearchState(router.resolve(href).query)).toMatchObject({ q: "O'Brien & co", types: ['PERSON', 'DEVICE'] })
  })

  it('drops invalid values', () => {
    const s = parseSearchState({
      q: 'x',
      type: ['BOAT', 'person'],
      category: '4',
      level: 'two',
      rosh: 'extreme',
      ageMin: '-1',
      ageMax: '121',
      from: '1/1/2024',
      to: '2024-02-30x',
      page: '-2',
    })
    expect(s).toMatchObject({ types: ['PERSON'], category: undefined, level: undefined, rosh: undefined, ageMin: undefined, ageMax: undefined, from: undefined, to: undefined, page: 0 })
    expect(parseSearchState({ q: 'x', rosh: 'high', page: '1.5' })).toMatchObject({ rosh: 'HIGH', page: 0 })
  })

  it('leaves out empty filters and the first page', () => {
    expect(searchStateToQuery(base)).toEqual({ q: 'jon smyth' })
    expect(searchStateToQuery({ q: undefined, types: [], page: 0 })).toEqual({})
  })

  it('asks the API for a full search of 20', () => {
    expect(searchParams({ ...base, types: ['VEHICLE'], rosh: 'HIGH', page: 2 })).toMatchObject({
      q: 'jon smyth',
      types: ['VEHICLE'],
      rosh: 'HIGH',
      mode: 'full',
      page: 2,
      size: SEARCH_PAGE_SIZE,
    })
    expect(SEARCH_PAGE_SIZE).toBe(20)
  })
})

describe('facets', () => {
  it('adds types up, and takes one off when chosen again, back on the first page', () => {
    const one = toggleFacet({ ...base, page: 4 }, 'type', 'VEHICLE')
    expect(one).toMatchObject({ types: ['VEHICLE'], page: 0 })
    const two = toggleFacet(one, 'type', 'PERSON')
    expect(two.types).toEqual(['PERSON', 'VEHICLE'])
    expect(isFacetSelected(two, 'type', 'PERSON')).toBe(true)
    expect(toggleFacet(two, 'type', 'VEHICLE').types).toEqual(['PERSON'])
  })

  it('replaces single-valued filters, and clears one chosen again', () => {
    let s = toggleFacet(base, 'area', 'cumbria')
    expect(s.area).toBe('cumbria')
    s = toggleFacet(s, 'area', 'lancashire')
    expect(s.area).toBe('lancashire')
    s = toggleFacet(toggleFacet(s, 'category', '2'), 'rosh', 'VERY_HIGH')
    expect(s).toMatchObject({ category: 2, rosh: 'VERY_HIGH' })
    expect(isFacetSelected(s, 'category', '2')).toBe(true)
    expect(isFacetSelected(s, 'category', '1')).toBe(false)
    expect(toggleFacet(s, 'category', '2').category).toBeUndefined()
    expect(toggleFacet(s, 'rosh', 'VERY_HIGH').rosh).toBeUndefined()
  })

  it('turns an age band into ageMin and ageMax, and back', () => {
    const s = toggleFacet(base, 'age', '35-44')
    expect(s).toMatchObject({ ageMin: 35, ageMax: 44 })
    expect(isFacetSelected(s, 'age', '35-44')).toBe(true)
    expect(isFacetSelected(s, 'age', '45-54')).toBe(false)
    expect(toggleFacet(s, 'age', '45-54')).toMatchObject({ ageMin: 45, ageMax: 54 })
    expect(toggleFacet(s, 'age', '35-44')).toMatchObject({ ageMin: undefined, ageMax: undefined })
    expect(toggleFacet(base, 'age', '65+')).toMatchObject({ ageMin: 65, ageMax: undefined })

    expect(parseAgeBand('18-24')).toEqual({ min: 18, max: 24 })
    expect(parseAgeBand('65+')).toEqual({ min: 65 })
    expect(parseAgeBand('under 18')).toEqual({ max: 17 })
    expect(parseAgeBand('unknown')).toBeNull()
    expect(parseAgeBand('50-40')).toBeNull()
    expect(ageBandKey({ ageMin: 65 })).toBe('65+')
    expect(ageBandKey({ ageMax: 17 })).toBe('under 18')
    expect(ageLabel({ min: 35, max: 44 })).toBe('Age 35 to 44')
    expect(ageLabel({ min: 65 })).toBe('Age 65 and over')
  })

  it('ignores values it cannot use', () => {
    expect(toggleFacet(base, 'type', 'BOAT')).toBe(base)
    expect(toggleFacet(base, 'category', '7')).toBe(base)
    expect(toggleFacet(base, 'age', 'unknown')).toBe(base)
  })

  it('lists the filters in force, and clears them all keeping the query', () => {
    const s: SearchState = { ...base, types: ['PERSON', 'VEHICLE'], area: 'cumbria', level: 3, ageMin: 35, ageMax: 44, from: '2024-01-01', page: 2 }
    expect(activeFilters(s)).toEqual([
      { filter: 'type', value: 'PERSON' },
      { filter: 'type', value: 'VEHICLE' },
      { filter: 'area', value: 'cumbria' },
      { filter: 'level', value: '3' },
      { filter: 'age', value: '35-44' },
      { filter: 'from', value: '2024-01-01' },
    ])
    // Taking a listed filter off is choosing it again.
    for (const f of activeFilters(s)) expect(activeFilters(toggleFacet(s, f.filter, f.value))).not.toContainEqual(f)
    expect(withoutFilters(s)).toEqual({ q: 'jon smyth', types: [], page: 0 })
  })
})

describe('opening a suggestion', () => {
  it('opens a nominal at its profile', () => {
    expect(isNominal(item({ roles: ['NOMINAL'] }))).toBe(true)
    expect(suggestionLocation(item({ id: 'N0000101', roles: ['NOMINAL', 'ASSOCIATE'] }))).toEqual({ name: 'nominal', params: { id: 'N0000101' } })
  })

  it('opens anything else as a full search for it', () => {
    expect(isNominal(item({ roles: ['VICTIM'] }))).toBe(false)
    expect(isNominal(item({ type: 'VEHICLE', roles: ['NOMINAL'] }))).toBe(false)
    expect(suggestionLocation(item({ type: 'VEHICLE', id: 'V1', title: 'KX61 ABC' }))).toEqual({
      name: 'search',
      query: { q: 'KX61 ABC', type: 'VEHICLE' },
    })
    expect(suggestionLocation(item({ roles: [] }))).toEqual({ name: 'search', query: { q: 'John SMITH', type: 'PERSON' } })
  })
})
