import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_SIZE, parseSearch, searchToQuery } from './useNominalSearch'

describe('nominal search <-> URL query', () => {
  it('uses defaults for an empty query', () => {
    expect(parseSearch({})).toEqual({
      area: undefined,
      category: undefined,
      level: undefined,
      rosh: undefined,
      name: undefined,
      sort: 'surname',
      dir: 'asc',
      page: 0,
      size: DEFAULT_PAGE_SIZE,
    })
  })

  it('round-trips a full search', () => {
    const query = { area: 'north', category: '2', level: '3', rosh: 'VERY_HIGH', name: 'smith', sort: 'rosh', dir: 'desc', page: '4', size: '25' }
    expect(searchToQuery(parseSearch(query))).toEqual(query)
  })

  it('drops invalid values and trims text', () => {
    const s = parseSearch({ category: '4', level: 'x', rosh: 'low', name: '  ', sort: 'id', size: '100000', page: '1.5' })
    expect(s).toMatchObject({ category: undefined, level: undefined, rosh: 'LOW', name: undefined, sort: 'surname', size: DEFAULT_PAGE_SIZE, page: 0 })
  })

  it('takes the first of repeated parameters', () => {
    expect(parseSearch({ category: ['3', '1'] }).category).toBe(3)
  })
})
