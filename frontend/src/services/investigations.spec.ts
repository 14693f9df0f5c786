import { describe, expect, it } from 'vitest'
import { chartLocation, chartState, searchLocation, searchSummary, type SavedChart, type SavedSearch } from './investigations'
import { emptyChart, mergeNetwork, type NetworkNode } from './network'

const node = (key: string): NetworkNode => {
  const [kind, id] = key.split(':') as [string, string]
  return { key, id, kind, caption: key, properties: {} } as NetworkNode
}

describe('chartState', () => {
  const chart = mergeNetwork(emptyChart(), {
    nodes: ['PERSON:N1', 'ADDRESS:A1', 'OFFENCE:O1', 'DEVICE:D1'].map(node),
    edges: [],
    groups: [],
  })

  it('includes only people, addresses, vehicles, devices and accounts, and keeps pins and expansions to what is in the chart', () => {
    const s = chartState({
      root: 'PERSON:N1',
      hops: 3,
      types: ['LIVES_AT'],
      chart,
      expanded: ['ADDRESS:A1', 'ADDRESS:GONE'],
      removed: ['PERSON:N9', 'PERSON:N9'],
      selected: ['DEVICE:D1', 'OFFENCE:O1'],
      pinned: new Map([
        ['PERSON:N1', { x: 10.1234, y: -5.56 }],
        ['OFFENCE:O1', { x: 1, y: 1 }],
      ]),
      year: 2020,
    })
    expect(s.root).toEqual({ kind: 'PERSON', id: 'N1' })
    expect(s.records).toEqual([
      { kind: 'PERSON', id: 'N1' },
      { kind: 'ADDRESS', id: 'A1' },
      { kind: 'DEVICE', id: 'D1' },
    ])
    expect(s.expanded).toEqual([{ kind: 'ADDRESS', id: 'A1' }])
    expect(s.removed).toEqual(['PERSON:N9'])
    expect(s.selected).toEqual(['DEVICE:D1'])
    expect(s.pinned).toEqual([{ key: 'PERSON:N1', x: 10.1, y: -5.6 }])
    expect(s.window).toEqual({ at: null, from: null, to: null })
    expect(s.year).toBe(2020)
    expect(s.hops).toBe(3)
  })

  it('always includes the root, even when the chart is empty', () => {
    const s = chartState({ root: 'PERSON:N7', hops: 2, types: [], chart: emptyChart(), expanded: [], removed: [], selected: [],
      pinned: new Map(), year: null, window: { from: '2020-01-01' } })
    expect(s.records).toEqual([{ kind: 'PERSON', id: 'N7' }])
    expect(s.window).toEqual({ at: null, from: '2020-01-01', to: null })
  })
})

describe('links and words', () => {
  it('opens a saved chart on its root nominal network page with the investigation and chart in the query', () => {
    const chart = { id: 'c-1', name: 'x', state: { root: { kind: 'PERSON', id: 'N 1' } } } as unknown as SavedChart
    expect(chartLocation('inv-1', chart)).toEqual({ path: '/nominals/N%201/network', query: { investigation: 'inv-1', chart: 'c-1' } })
  })

  it('runs a saved search again on the search page with the same query and filters, dropping what it does not understand', () => {
    const saved = (params: Record<string, unknown>): SavedSearch =>
      ({ id: 's-1', kind: 'SEARCH', params, purpose: null, createdAt: '', createdBy: 'a' })
    expect(searchLocation('inv-1', saved({ q: 'Jon Smyth', type: ['VEHICLE', 'PERSON'], area: 'cumbria', level: '2', from: '2020-01-01' })))
      .toEqual({ path: '/search', query: { q: 'Jon Smyth', type: ['PERSON', 'VEHICLE'], area: 'cumbria', level: '2', from: '2020-01-01' } })
    // An older saved search (the query only), and values no URL could hold, are still a search.
    expect(searchLocation('inv-1', saved({ q: 'ash' }))).toEqual({ path: '/search', query: { q: 'ash' } })
    expect(searchLocation('inv-1', saved({ q: 'ash', level: 9, rosh: 'HUGE', from: 'soon', type: 'BOAT', page: '4', x: { y: 1 } })))
      .toEqual({ path: '/search', query: { q: 'ash' } })
    expect(searchLocation('inv-1', saved({}))).toEqual({ path: '/search', query: { q: '' } })
    expect(searchLocation('inv-1', { ...saved({}), kind: 'SUSPECT' }))
      .toEqual({ path: '/suspects', query: { investigation: 'inv-1', search: 's-1' } })
  })

  it('says what a saved search looked for', () => {
    expect(searchSummary({ id: 's', kind: 'SUSPECT', params: { crimeRef: 'CR/1', empty: '' }, purpose: null, createdAt: '', createdBy: 'a' }))
      .toBe('Suspect search (crimeRef: CR/1)')
    expect(searchSummary({ id: 's', kind: 'SEARCH', params: {}, purpose: null, createdAt: '', createdBy: 'a' })).toBe('Search')
  })
})
