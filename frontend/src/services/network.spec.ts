import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  csvField,
  edgesCsv,
  emptyChart,
  fetchNetwork,
  fetchPaths,
  graphml,
  GRAPHML_NS,
  holdsIn,
  LINK_TYPES,
  mergeNetwork,
  mergePath,
  type Network,
  nodesCsv,
  removeNode,
  toElements,
  yearRange,
} from './network'

const answer: Network = {
  start: 'PERSON:N1',
  hops: 2,
  types: [...LINK_TYPES],
  nodes: [
    { key: 'PERSON:N1', id: 'N1', kind: 'PERSON', caption: 'Alan Ash (1980-03-12)', properties: { roles: ['Nominal'] } },
    { key: 'PERSON:P9', id: 'P9', kind: 'PERSON', caption: 'Bob "Bo" Birch, Jr', properties: { roles: [] } },
    { key: 'ADDRESS:A1', id: 'A1', kind: 'ADDRESS', caption: '1 Ash Row <Carlisle> & Co', properties: {} },
    { key: 'DEVICE:D1', id: 'D1', kind: 'DEVICE', caption: 'phone 07700 900001', properties: {} },
  ],
  edges: [
    { id: 'e1', type: 'LIVES_AT', source: 'PERSON:N1', target: 'ADDRESS:A1', from: '2019-01-01', to: '2021-12-31', detail: null, explanation: 'lived at (2019-2021)' },
    { id: 'e2', type: 'USES_DEVICE', source: 'PERSON:P9', target: 'DEVICE:D1', from: '2020-05-01', to: null, detail: null, explanation: 'uses phone/device (since 2020)' },
    // An end not in the answer: left out.
    { id: 'e3', type: 'USES_DEVICE', source: 'PERSON:GONE', target: 'DEVICE:D1', from: null, to: null, detail: null, explanation: 'x' },
  ],
  groups: [{ key: 'ADDRESS:A1/LIVES_AT', source: 'ADDRESS:A1', type: 'LIVES_AT', count: 31, explanation: '31 more linked by lives at' }],
  truncated: false,
  truncatedReason: null,
}

describe('the chart model', () => {
  it('merges an answer, leaving out links whose ends are not drawn', () => {
    const chart = mergeNetwork(emptyChart(), answer)
    expect([...chart.nodes.keys()]).toEqual(['PERSON:N1', 'PERSON:P9', 'ADDRESS:A1', 'DEVICE:D1'])
    expect([...chart.edges.keys()]).toEqual(['e1', 'e2'])
    expect(chart.groups.size).toBe(1)
  })

  it('merges an expansion into the chart without duplicates and leaves the old chart as it was', () => {
    const chart = mergeNetwork(emptyChart(), answer)
    const more = mergeNetwork(chart, {
      nodes: [answer.nodes[3]!, { key: 'PERSON:N2', id: 'N2', kind: 'PERSON', caption: 'Cara Cole', properties: {} }],
      edges: [answer.edges[1]!, { id: 'e4', type: 'USES_DEVICE', source: 'PERSON:N2', target: 'DEVICE:D1', from: null, to: null, detail: null, explanation: 'uses phone' }],
      groups: [],
    })
    expect(more.nodes.size).toBe(5)
    expect(more.edges.size).toBe(3)
    expect(chart.nodes.size).toBe(4)
  })

  it('removes a node with its links and its groups', () => {
    const chart = removeNode(mergeNetwork(emptyChart(), answer), 'ADDRESS:A1')
    expect(chart.nodes.has('ADDRESS:A1')).toBe(false)
    expect([...chart.edges.keys()]).toEqual(['e2'])
    expect(chart.groups.size).toBe(0)
  })

  it('adds a path, reusing a link already drawn either way round and adding the others', () => {
    const chart = mergeNetwork(emptyChart(), answer)
    const { chart: withPath, edgeIds } = mergePath(chart, {
      length: 2,
      nodes: [answer.nodes[0]!, answer.nodes[2]!, { key: 'PERSON:N3', id: 'N3', kind: 'PERSON', caption: 'Dee Dunn', properties: {} }],
      hops: [
        { from: 'ADDRESS:A1', to: 'PERSON:N1', type: 'LIVES_AT', explanation: 'Alan lived at 1 Ash Row' },
        { from: 'PERSON:N3', to: 'ADDRESS:A1', type: 'LIVES_AT', explanation: 'Dee lived at 1 Ash Row' },
      ],
      links: [],
    })
    expect(edgeIds[0]).toBe('e1')
    expect(edgeIds[1]).toBe('path:PERSON:N3|LIVES_AT|ADDRESS:A1')
    expect(withPath.edges.get(edgeIds[1]!)?.explanation).toBe('Dee lived at 1 Ash Row')
    expect(withPath.nodes.has('PERSON:N3')).toBe(true)
  })
})

describe('API answers as Cytoscape elements', () => {
  it('draws nodes by kind, links with their explanation, and a group as one node with its count', () => {
    const elements = toElements(mergeNetwork(emptyChart(), answer), 'PERSON:N1')
    const byId = new Map(elements.map((e) => [e.data.id, e]))
    expect(byId.get('PERSON:N1')).toMatchObject({ group: 'nodes', classes: 'person nominal start', data: { label: 'Alan Ash (1980-03-12)', kind: 'PERSON', recordId: 'N1' } })
    expect(byId.get('PERSON:P9')?.classes).toBe('person')
    expect(byId.get('ADDRESS:A1')?.classes).toBe('address')
    expect(byId.get('DEVICE:D1')?.classes).toBe('device')
    expect(byId.get('e1')).toMatchObject({ group: 'edges', data: { source: 'PERSON:N1', target: 'ADDRESS:A1', label: 'lived at (2019-2021)', type: 'LIVES_AT' } })
    expect(byId.get('group:ADDRESS:A1/LIVES_AT')).toMatchObject({ group: 'nodes', classes: 'group', data: { label: '31 more', count: 31 } })
    expect(byId.get('group:ADDRESS:A1/LIVES_AT/edge')).toMatchObject({
      group: 'edges',
      classes: 'group-link',
      data: { source: 'ADDRESS:A1', target: 'group:ADDRESS:A1/LIVES_AT', label: '31 more linked by lives at' },
    })
    expect(elements).toHaveLength(4 + 2 + 2)
  })

  it('marks a group the server did not count whole as "at least"', () => {
    const hub = { ...answer, groups: [{ ...answer.groups[0]!, count: 200, atLeast: true, explanation: '200+ more linked by lives at' }] }
    const byId = new Map(toElements(mergeNetwork(emptyChart(), hub), 'PERSON:N1').map((e) => [e.data.id, e]))
    expect(byId.get('group:ADDRESS:A1/LIVES_AT')).toMatchObject({ data: { label: '200+ more', count: 200 } })
  })
})

describe('the timeline', () => {
  it('spans the years of the links, an open end counting as this year', () => {
    expect(yearRange(answer.edges, 2026)).toEqual([2019, 2026])
    expect(yearRange([], 2026)).toBeNull()
  })

  it('keeps a link in a year when it held at some time in it', () => {
    const e = { from: '2019-06-01', to: '2021-02-01' }
    expect([2018, 2019, 2021, 2022].map((y) => holdsIn(e, y))).toEqual([false, true, true, false])
    expect(holdsIn({ from: null, to: null }, 1950)).toBe(true)
    expect(holdsIn({ from: '2020-01-01', to: null }, 2030)).toBe(true)
  })
})

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('+44 7700')).toBe("'+44 7700")
    expect(csvField(null)).toBe('')
    expect(csvField(31)).toBe('31')
  })

  it('lists every record and link, groups included', () => {
    const chart = mergeNetwork(emptyChart(), answer)
    const nodes = nodesCsv(chart).split('\r\n')
    expect(nodes[0]).toBe('key,id,kind,caption,count')
    expect(nodes).toContain('PERSON:P9,P9,Person,"Bob ""Bo"" Birch, Jr",')
    expect(nodes).toContain('group:ADDRESS:A1/LIVES_AT,,Collapsed group,31 more linked by lives at,31')
    expect(nodes).toHaveLength(1 + 4 + 1 + 1) // header, 4 records, 1 group, final line break
    const edges = edgesCsv(chart).split('\r\n')
    expect(edges[0]).toBe('source,type,target,from,to,explanation')
    expect(edges[1]).toBe('PERSON:N1,LIVES_AT,ADDRESS:A1,2019-01-01,2021-12-31,lived at (2019-2021)')
    expect(edges[2]).toBe('PERSON:P9,USES_DEVICE,DEVICE:D1,2020-05-01,,uses phone/device (since 2020)')
  })
})

describe('GraphML export', () => {
  it('is well-formed GraphML with every node, edge and datum, with XML specials escaped', () => {
    const chart = mergeNetwork(emptyChart(), answer)
    chart.nodes.set('ACCOUNT:X', { key: 'ACCOUNT:X', id: 'X', kind: 'ACCOUNT', caption: 'bad\u0001char ]]> "q" \'a\'', properties: {} })
    const xml = graphml(chart)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(xml).toContain('1 Ash Row &lt;Carlisle&gt; &amp; Co')
    expect(xml).not.toContain('\u0001')

    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(doc.documentElement.namespaceURI).toBe(GRAPHML_NS)
    const nodes = [...doc.getElementsByTagNameNS(GRAPHML_NS, 'node')]
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(['PERSON:N1', 'PERSON:P9', 'ADDRESS:A1', 'DEVICE:D1', 'ACCOUNT:X', 'group:ADDRESS:A1/LIVES_AT'])
    const datum = (el: Element, key: string) => [...el.getElementsByTagNameNS(GRAPHML_NS, 'data')].find((d) => d.getAttribute('key') === key)?.textContent
    expect(datum(nodes[2]!, 'n_label')).toBe('1 Ash Row <Carlisle> & Co')
    expect(datum(nodes[1]!, 'n_label')).toBe('Bob "Bo" Birch, Jr')
    expect(datum(nodes[4]!, 'n_label')).toBe('bad\ufffdchar ]]> "q" \'a\'')
    expect(datum(nodes[5]!, 'n_count')).toBe('31')
    const edges = [...doc.getElementsByTagNameNS(GRAPHML_NS, 'edge')]
    expect(edges.map((e) => [e.getAttribute('source'), e.getAttribute('target')])).toEqual([
      ['PERSON:N1', 'ADDRESS:A1'],
      ['PERSON:P9', 'DEVICE:D1'],
      ['ADDRESS:A1', 'group:ADDRESS:A1/LIVES_AT'],
    ])
    expect(datum(edges[0]!, 'e_explanation')).toBe('lived at (2019-2021)')
    expect(datum(edges[0]!, 'e_from')).toBe('2019-01-01')
    expect(datum(edges[1]!, 'e_to')).toBeUndefined()
    const keys = [...doc.getElementsByTagNameNS(GRAPHML_NS, 'key')].map((k) => k.getAttribute('id'))
    expect(keys).toEqual(['n_kind', 'n_label', 'n_recordId', 'n_count', 'e_type', 'e_explanation', 'e_from', 'e_to'])
  })
})

describe('the network API calls', () => {
  afterEach(() => vi.restoreAllMocks())

  function capture(body: unknown) {
    const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }))
    vi.stubGlobal('fetch', fetchMock)
    return fetchMock
  }

  it('expands a record with its kind, hops and chosen types (all types sent as none)', async () => {
    const f = capture(answer)
    await fetchNetwork({ key: 'ADDRESS:A1', hops: 1, types: ['LIVES_AT', 'USES_DEVICE'] })
    expect(f.mock.calls[0]![0]).toBe('/api/network?id=A1&kind=ADDRESS&hops=1&types=LIVES_AT%2CUSES_DEVICE')
    await fetchNetwork({ key: 'PERSON:N1', hops: 2, types: [...LINK_TYPES] })
    expect(f.mock.calls[1]![0]).toBe('/api/network?id=N1&kind=PERSON&hops=2')
  })

  it('asks for paths between two records, a person by bare id', async () => {
    const f = capture({ pairs: [] })
    await fetchPaths('PERSON:N1', 'VEHICLE:V1', [...LINK_TYPES])
    expect(f.mock.calls[0]![0]).toBe('/api/network/paths?ids=N1%2CVEHICLE%3AV1')
  })
})
