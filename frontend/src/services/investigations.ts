// Saved investigations (docs/investigations.md): named sets of network charts and saved searches,
// shared with colleagues who may see every record they include. A chart holds ids and settings
// only: opening it replays it through GET /api/network, so the opener's access rules apply then.
import type { RouteLocationRaw } from 'vue-router'
import { savedSearchQuery } from '@/composables/useSearch'
import { getJson, request } from './api'
import { EXPANDABLE_KINDS, splitKey, type Chart } from './network'

export interface RecordRef {
  kind: string
  id: string
}

export interface ChartWindow {
  at: string | null
  from: string | null
  to: string | null
}

/** What a saved chart holds (the server checks and rebuilds it field by field). */
export interface ChartState {
  root: RecordRef
  hops: number
  types: string[]
  window: ChartWindow
  /** Records expanded one step after the first expansion, in order. */
  expanded: RecordRef[]
  /** Node keys removed from the chart. */
  removed: string[]
  selected: string[]
  pinned: { key: string; x: number; y: number }[]
  year: number | null
  /** The people, addresses, vehicles, devices and accounts shown: what the investigation includes. */
  records: RecordRef[]
}

export interface InvestigationSummary {
  id: string
  name: string
  description: string | null
  createdBy: string
  createdByAgency: string | null
  createdAt: string
  updatedAt: string
  version: number
  records: number
  charts: number
  searches: number
}

export interface InvestigationPage {
  items: InvestigationSummary[]
  /** Only those the user may see; when not `totalExact`, at least this many (the server stopped counting). */
  total: number
  totalExact: boolean
  page: number
  size: number
}

/** The list's filters: text in the name or description, and only the user's own. */
export interface InvestigationFilter {
  q?: string
  mine?: boolean
}

export interface SavedChart {
  id: string
  name: string
  state: ChartState
  createdAt: string
  createdBy: string
}

export interface SavedSearch {
  id: string
  kind: 'SEARCH' | 'SUSPECT'
  params: Record<string, unknown>
  purpose: string | null
  createdAt: string
  createdBy: string
}

export interface Investigation {
  id: string
  name: string
  description: string | null
  createdBy: string
  createdByAgency: string | null
  createdAt: string
  updatedAt: string
  version: number
  deletedAt: string | null
  deletedBy: string | null
  mayDelete: boolean
  charts: SavedChart[]
  searches: SavedSearch[]
  records: RecordRef[]
}

export const NAME_MAX = 120
export const DESCRIPTION_MAX = 2000
export const PAGE_SIZE = 20
/** The server refuses a longer filter text (400). */
export const FILTER_MAX = 100

/** GET /api/investigations: those the user may see, newest updated first; `page` from 1. */
export function fetchInvestigations(
  page = 1,
  size = PAGE_SIZE,
  signal?: AbortSignal,
  filter: InvestigationFilter = {},
): Promise<InvestigationPage> {
  return getJson<InvestigationPage>('/investigations', { page, size, q: filter.q?.trim(), mine: filter.mine ? true : undefined }, signal)
}

export function fetchInvestigation(id: string, signal?: AbortSignal): Promise<Investigation> {
  return getJson<Investigation>(`/investigations/${encodeURIComponent(id)}`, undefined, signal)
}

export function createInvestigation(body: {
  name: string
  description?: string
  chart?: { name: string; state: ChartState }
}): Promise<Investigation> {
  return request<Investigation>('POST', '/investigations', { body })
}

export function updateInvestigation(id: string, body: { name: string; description: string; version: number }): Promise<Investigation> {
  return request<Investigation>('PUT', `/investigations/${encodeURIComponent(id)}`, { body })
}

export function addChart(id: string, chart: { name: string; state: ChartState }): Promise<Investigation> {
  return request<Investigation>('POST', `/investigations/${encodeURIComponent(id)}/charts`, { body: chart })
}

/** A search to keep with an investigation: its own parameters, to run again later. */
export interface NewSavedSearch {
  kind: SavedSearch['kind']
  params: Record<string, unknown>
  purpose?: string
}

export function addSearch(id: string, search: NewSavedSearch): Promise<Investigation> {
  return request<Investigation>('POST', `/investigations/${encodeURIComponent(id)}/searches`, { body: search })
}

/**
 * Where a saved search runs again: the suspect search page, filled from it (the user states a purpose
 * and presses Search), or the search page with the same query and filters, which searches at once
 * (with the opener's access, audited like any search).
 */
export function searchLocation(investigationId: string, search: SavedSearch): RouteLocationRaw {
  return search.kind === 'SUSPECT'
    ? { path: '/suspects', query: { investigation: investigationId, search: search.id } }
    : { path: '/search', query: savedSearchQuery(search.params) }
}

export function deleteInvestigation(id: string): Promise<Investigation> {
  return request<Investigation>('DELETE', `/investigations/${encodeURIComponent(id)}`)
}

export function restoreInvestigation(id: string): Promise<Investigation> {
  return request<Investigation>('POST', `/investigations/${encodeURIComponent(id)}/restore`)
}

/** What the network page knows when the user saves: the chart and how it was made. */
export interface NetworkPageState {
  root: string
  hops: number
  types: readonly string[]
  window?: Partial<ChartWindow>
  chart: Chart
  expanded: readonly string[]
  removed: readonly string[]
  selected: readonly string[]
  pinned: ReadonlyMap<string, { x: number; y: number }>
  year: number | null
}

const ref = (key: string): RecordRef => splitKey(key)
const expandable = (key: string) => (EXPANDABLE_KINDS as readonly string[]).includes(splitKey(key).kind)

/**
 * The state to save: only records of the kinds an investigation includes, and selection, pins and
 * expansions only of records still in the chart (the server refuses others).
 */
export function chartState(page: NetworkPageState): ChartState {
  const records = [...page.chart.nodes.keys()].filter(expandable)
  const inChart = new Set(records)
  if (!inChart.has(page.root)) records.unshift(page.root)
  inChart.add(page.root)
  return {
    root: ref(page.root),
    hops: page.hops,
    types: [...page.types],
    window: { at: page.window?.at ?? null, from: page.window?.from ?? null, to: page.window?.to ?? null },
    expanded: page.expanded.filter((k) => inChart.has(k)).map(ref),
    removed: [...new Set(page.removed)],
    selected: page.selected.filter((k) => inChart.has(k)),
    pinned: [...page.pinned]
      .filter(([k]) => inChart.has(k))
      .map(([key, p]) => ({ key, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 })),
    year: page.year,
    records: records.map(ref),
  }
}

/** The network page's address for a saved chart: its root's network, with where to replay it from. */
export function chartLocation(investigationId: string, chart: SavedChart) {
  return {
    path: `/nominals/${encodeURIComponent(chart.state.root.id)}/network`,
    query: { investigation: investigationId, chart: chart.id },
  }
}

/** One line for a saved search: what it looked for. */
export function searchSummary(search: SavedSearch): string {
  const parts = Object.entries(search.params)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
  return `${search.kind === 'SUSPECT' ? 'Suspect search' : 'Search'}${parts.length ? ` (${parts.join(', ')})` : ''}`
}
