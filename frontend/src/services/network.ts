// The network (graph view) API and what the page does with its answers: the chart's model (nodes,
// links and collapsed groups, merged as the analyst expands), its Cytoscape elements, the date
// filter, and the CSV and GraphML exports. docs/network.md ("Graph view"), docs/api.md ("Network").
import { getJson } from './api'

/** The link types the backend allows (`types=`), in the order the page lists them. */
export const LINK_TYPES = [
  'ASSOCIATED_WITH',
  'LIVES_AT',
  'PROPOSED_ADDRESS',
  'WORKS_AT',
  'FREQUENTS',
  'USES_VEHICLE',
  'REGISTERED_AT',
  'USES_DEVICE',
  'USES_ACCOUNT',
  'SAME_AS',
  'CONVICTED_OF',
  'MENTIONS',
] as const
export type LinkType = (typeof LINK_TYPES)[number]

export const LINK_TYPE_LABELS: Record<LinkType, string> = {
  ASSOCIATED_WITH: 'Recorded association',
  LIVES_AT: 'Lives or lived at',
  PROPOSED_ADDRESS: 'Proposed address',
  WORKS_AT: 'Works at',
  FREQUENTS: 'Frequents',
  USES_VEHICLE: 'Uses vehicle',
  REGISTERED_AT: 'Vehicle registered at',
  USES_DEVICE: 'Uses phone or device',
  USES_ACCOUNT: 'Uses account',
  SAME_AS: 'Confirmed same person',
  CONVICTED_OF: 'Convicted of (co-accused)',
  MENTIONS: 'Named in intelligence',
}

/** Kinds the backend can expand from (`kind=`). */
export const EXPANDABLE_KINDS = ['PERSON', 'ADDRESS', 'VEHICLE', 'DEVICE', 'ACCOUNT'] as const

export const MIN_HOPS = 1
export const MAX_HOPS = 4

export interface NetworkNode {
  key: string
  id: string
  kind: string
  caption: string
  properties: Record<string, unknown>
}

export interface NetworkEdge {
  id: string
  type: string
  source: string
  target: string
  from: string | null
  to: string | null
  detail: string | null
  explanation: string
}

export interface NetworkGroup {
  key: string
  source: string
  type: string
  count: number
  /** the hub has more links than an expansion reads: count is a lower bound */
  atLeast?: boolean
  explanation: string
}

export interface Network {
  start: string
  hops: number
  types: string[]
  nodes: NetworkNode[]
  edges: NetworkEdge[]
  groups: NetworkGroup[]
  truncated: boolean
  truncatedReason: string | null
}

export interface PathHop {
  from: string
  to: string
  type: string
  explanation: string
}

export interface ExplainedPath {
  length: number
  nodes: NetworkNode[]
  hops: PathHop[]
  links: string[]
}

export interface PathPair {
  from: string
  to: string
  found: boolean
  timedOut: boolean
  message: string | null
  paths: ExplainedPath[]
}

export interface PathAnswer {
  pairs: PathPair[]
}

export interface NetworkQuery {
  /** A node key (`PERSON:N1`) or a bare nominal id. */
  key: string
  hops: number
  types: readonly string[]
  cap?: number
  /** A date (`at`) or a range (`from`, `to`); none = all time. */
  window?: { at?: string | null; from?: string | null; to?: string | null }
}

/** `PERSON:N1` -> {kind: PERSON, id: N1}; a bare id is a person. */
export function splitKey(key: string): { kind: string; id: string } {
  const i = key.indexOf(':')
  return i < 0 ? { kind: 'PERSON', id: key } : { kind: key.slice(0, i), id: key.slice(i + 1) }
}

/** GET /api/network for one record; all types is sent as no `types` (the default). */
export function fetchNetwork(query: NetworkQuery, signal?: AbortSignal): Promise<Network> {
  const { kind, id } = splitKey(query.key)
  const all = query.types.length === LINK_TYPES.length
  return getJson<Network>(
    '/network',
    {
      id,
      kind,
      hops: query.hops,
      types: all ? undefined : query.types.join(','),
      cap: query.cap,
      at: query.window?.at || undefined,
      from: query.window?.from || undefined,
      to: query.window?.to || undefined,
    },
    signal,
  )
}

/** GET /api/network/paths between two records: shortest paths first. */
export function fetchPaths(a: string, b: string, types: readonly string[], signal?: AbortSignal): Promise<PathAnswer> {
  const id = (key: string) => {
    const s = splitKey(key)
    return s.kind === 'PERSON' ? s.id : `${s.kind}:${s.id}`
  }
  const all = types.length === LINK_TYPES.length
  return getJson<PathAnswer>('/network/paths', { ids: `${id(a)},${id(b)}`, types: all ? undefined : types.join(',') }, signal)
}

// ---- The chart's model ----

/** What the chart shows: every node, link and collapsed group, by key. */
export interface Chart {
  nodes: Map<string, NetworkNode>
  edges: Map<string, NetworkEdge>
  groups: Map<string, NetworkGroup>
}

export function emptyChart(): Chart {
  return { nodes: new Map(), edges: new Map(), groups: new Map() }
}

/**
 * Adds an answer to the chart (a new object; the old one is unchanged). Links whose ends are not
 * both in the chart are left out, and a group is dropped once its members are all drawn.
 */
export function mergeNetwork(chart: Chart, answer: Pick<Network, 'nodes' | 'edges' | 'groups'>): Chart {
  const nodes = new Map(chart.nodes)
  for (const n of answer.nodes) nodes.set(n.key, n)
  const edges = new Map(chart.edges)
  for (const e of answer.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e)
  const groups = new Map(chart.groups)
  for (const g of answer.groups) if (nodes.has(g.source)) groups.set(g.key, g)
  return { nodes, edges, groups }
}

/** The chart without `key`, its links and the groups hanging off it. */
export function removeNode(chart: Chart, key: string): Chart {
  const nodes = new Map(chart.nodes)
  nodes.delete(key)
  const edges = new Map([...chart.edges].filter(([, e]) => e.source !== key && e.target !== key))
  const groups = new Map([...chart.groups].filter(([, g]) => g.source !== key))
  return { nodes, edges, groups }
}

/**
 * Adds a path's nodes and hops: a hop already drawn (same ends and type, either way round) is
 * reused; others are added as links of their own. Returns the chart and the ids of the path's links.
 */
export function mergePath(chart: Chart, path: ExplainedPath): { chart: Chart; edgeIds: string[] } {
  const merged = mergeNetwork(chart, { nodes: path.nodes, edges: [], groups: [] })
  const edgeIds: string[] = []
  for (const hop of path.hops) {
    const existing = [...merged.edges.values()].find(
      (e) =>
        e.type === hop.type &&
        ((e.source === hop.from && e.target === hop.to) || (e.source === hop.to && e.target === hop.from)),
    )
    if (existing) {
      edgeIds.push(existing.id)
      continue
    }
    const id = `path:${hop.from}|${hop.type}|${hop.to}`
    merged.edges.set(id, {
      id,
      type: hop.type,
      source: hop.from,
      target: hop.to,
      from: null,
      to: null,
      detail: null,
      explanation: hop.explanation,
    })
    edgeIds.push(id)
  }
  return { chart: merged, edgeIds }
}

// ---- Dates: the timeline ----

const YEAR = /^(\d{4})-/

function yearOf(date: string | null): number | null {
  const m = date ? YEAR.exec(date) : null
  return m ? Number(m[1]) : null
}

/** The first and last year the links' periods mention (an open end counts as `thisYear`). */
export function yearRange(edges: Iterable<NetworkEdge>, thisYear = new Date().getUTCFullYear()): [number, number] | null {
  let min = Infinity
  let max = -Infinity
  for (const e of edges) {
    const f = yearOf(e.from)
    const t = e.to ? yearOf(e.to) : thisYear
    for (const y of [f, t]) {
      if (y === null || y < 1900 || y > 2200) continue
      min = Math.min(min, y)
      max = Math.max(max, y)
    }
  }
  return min <= max ? [min, max] : null
}

/** True when the link held at some time in `year` (no dates: always). */
export function holdsIn(edge: Pick<NetworkEdge, 'from' | 'to'>, year: number): boolean {
  const f = yearOf(edge.from)
  const t = yearOf(edge.to)
  return (f === null || f <= year) && (t === null || t >= year)
}

// ---- Cytoscape elements ----

export interface ElementDefinition {
  group: 'nodes' | 'edges'
  data: Record<string, unknown> & { id: string }
  classes?: string
}

export const GROUP_PREFIX = 'group:'

/** CSS-like class for a node's kind: person, nominal, address, vehicle, device, account, offence... */
export function kindClass(node: NetworkNode): string {
  if (node.kind === 'PERSON') {
    const roles = node.properties.roles
    return Array.isArray(roles) && roles.includes('Nominal') ? 'person nominal' : 'person'
  }
  return node.kind.toLowerCase()
}

/** Cytoscape elements for the chart: nodes by kind, links labelled with their explanation, groups as one node. */
export function toElements(chart: Chart, start: string | null = null): ElementDefinition[] {
  const out: ElementDefinition[] = []
  for (const n of chart.nodes.values()) {
    out.push({
      group: 'nodes',
      data: { id: n.key, label: n.caption, kind: n.kind, recordId: n.id },
      classes: kindClass(n) + (n.key === start ? ' start' : ''),
    })
  }
  for (const e of chart.edges.values()) {
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, label: e.explanation, type: e.type, from: e.from, to: e.to },
    })
  }
  for (const g of chart.groups.values()) {
    const id = GROUP_PREFIX + g.key
    out.push({
      group: 'nodes',
      data: { id, label: `${g.count}${g.atLeast ? '+' : ''} more`, kind: 'GROUP', count: g.count },
      classes: 'group',
    })
    out.push({
      group: 'edges',
      data: { id: `${id}/edge`, source: g.source, target: id, label: g.explanation, type: g.type, from: null, to: null },
      classes: 'group-link',
    })
  }
  return out
}

// ---- Exports ----

const KIND_NAMES: Record<string, string> = {
  PERSON: 'Person',
  ADDRESS: 'Address',
  VEHICLE: 'Vehicle',
  DEVICE: 'Phone or device',
  ACCOUNT: 'Account',
  OFFENCE: 'Offence',
  CONVICTION: 'Conviction',
  INTELLIGENCE: 'Intelligence',
  GROUP: 'Collapsed group',
}

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * value a spreadsheet would run as a formula (= + - @, tab, carriage return first) gets a leading '.
 */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

function csv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** The chart's records as CSV: key, id, kind, caption (collapsed groups included with their count). */
export function nodesCsv(chart: Chart): string {
  const rows: unknown[][] = [['key', 'id', 'kind', 'caption', 'count']]
  for (const n of chart.nodes.values()) rows.push([n.key, n.id, kindName(n.kind), n.caption, ''])
  for (const g of chart.groups.values()) rows.push([GROUP_PREFIX + g.key, '', kindName('GROUP'), g.explanation, g.count])
  return csv(rows)
}

/** The chart's links as CSV: source, type, target, from, to, explanation. */
export function edgesCsv(chart: Chart): string {
  const rows: unknown[][] = [['source', 'type', 'target', 'from', 'to', 'explanation']]
  for (const e of chart.edges.values()) rows.push([e.source, e.type, e.target, e.from, e.to, e.explanation])
  for (const g of chart.groups.values()) rows.push([g.source, g.type, GROUP_PREFIX + g.key, '', '', g.explanation])
  return csv(rows)
}

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns'

// XML 1.0 allows no control characters but tab, line feed and carriage return (nor lone surrogates).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function xmlText(value: unknown): string {
  return (value === null || value === undefined ? '' : String(value)).replace(NOT_XML, '\ufffd')
}

/**
 * The chart as GraphML (http://graphml.graphdrawing.org/), built as a DOM document and serialised by
 * XMLSerializer, so every value is escaped as XML requires. Node data: kind, label, record id,
 * count (groups); edge data: type, label (the explanation), from, to.
 */
export function graphml(chart: Chart, impl: DOMImplementation = document.implementation): string {
  const doc = impl.createDocument(GRAPHML_NS, 'graphml', null)
  const root = doc.documentElement
  const el = (name: string, attrs: Record<string, string> = {}, text?: unknown) => {
    const e = doc.createElementNS(GRAPHML_NS, name)
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, xmlText(v))
    if (text !== undefined) e.appendChild(doc.createTextNode(xmlText(text)))
    return e
  }
  const keys: [string, 'node' | 'edge', string, string][] = [
    ['kind', 'node', 'kind', 'string'],
    ['label', 'node', 'label', 'string'],
    ['recordId', 'node', 'recordId', 'string'],
    ['count', 'node', 'count', 'int'],
    ['type', 'edge', 'type', 'string'],
    ['explanation', 'edge', 'label', 'string'],
    ['from', 'edge', 'from', 'string'],
    ['to', 'edge', 'to', 'string'],
  ]
  for (const [id, target, name, type] of keys) {
    root.appendChild(el('key', { id: `${target[0]}_${id}`, for: target, 'attr.name': name, 'attr.type': type }))
  }
  const graph = el('graph', { id: 'network', edgedefault: 'directed' })
  root.appendChild(graph)
  const data = (parent: Element, key: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return
    parent.appendChild(el('data', { key }, value))
  }
  for (const n of chart.nodes.values()) {
    const node = el('node', { id: n.key })
    data(node, 'n_kind', n.kind)
    data(node, 'n_label', n.caption)
    data(node, 'n_recordId', n.id)
    graph.appendChild(node)
  }
  for (const g of chart.groups.values()) {
    const node = el('node', { id: GROUP_PREFIX + g.key })
    data(node, 'n_kind', 'GROUP')
    data(node, 'n_label', g.explanation)
    data(node, 'n_count', g.count)
    graph.appendChild(node)
  }
  for (const e of chart.edges.values()) {
    const edge = el('edge', { id: e.id, source: e.source, target: e.target })
    data(edge, 'e_type', e.type)
    data(edge, 'e_explanation', e.explanation)
    data(edge, 'e_from', e.from)
    data(edge, 'e_to', e.to)
    graph.appendChild(edge)
  }
  for (const g of chart.groups.values()) {
    const edge = el('edge', { id: `${GROUP_PREFIX}${g.key}/edge`, source: g.source, target: GROUP_PREFIX + g.key })
    data(edge, 'e_type', g.type)
    data(edge, 'e_explanation', g.explanation)
    graph.appendChild(edge)
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc) + '\n'
}

/** Offers `content` as a file download. */
export function download(content: Blob | string, filename: string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
