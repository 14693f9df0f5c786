// Conflicts, address vetting and the map (docs/geo.md). The backend decides who sees what:
// victims come back redacted unless the viewer has a need.
import { getJson, request } from '@/services/api'

export const CONFLICT_RULES = ['EXCLUSION_ZONE', 'VICTIM_PROXIMITY', 'SENSITIVE_PLACE', 'CHILD_RESIDENCE', 'CONCENTRATION'] as const
export type ConflictRule = (typeof CONFLICT_RULES)[number]
export const CONFLICT_STATUSES = ['OPEN', 'NEW', 'RESOLVED', 'ALL'] as const
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number]

export const RULE_LABELS: Record<ConflictRule, string> = {
  EXCLUSION_ZONE: 'Inside an exclusion zone',
  VICTIM_PROXIMITY: 'Near a victim',
  SENSITIVE_PLACE: 'Near a sensitive place',
  CHILD_RESIDENCE: 'Child at the address',
  CONCENTRATION: 'Concentration of RSOs',
}

export interface ConflictItem {
  id: string
  rule: ConflictRule
  status: 'OPEN' | 'RESOLVED'
  isNew: boolean
  firstSeen: string
  resolvedAt: string | null
  distanceM: number
  summary: string
  area: string
  relation: string
  nominal: { id: string; forename: string | null; surname: string | null }
}

export interface ConflictDashboard {
  area: string
  open: number
  newCount: number
  resolvedRecently: number
  resolved: number
  /** When the area's last whole scan finished (it confirmed every open conflict); null: never scanned whole. */
  lastScanAt: string | null
  total: number
  page: number
  size: number
  sinceDays: number
  items: ConflictItem[]
}

export interface ScanView {
  id: string
  area: string
  state: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'
  total: number
  done: number
  found: number | null
  resolved: number | null
}

export function fetchConflicts(
  q: { area: string; status?: ConflictStatus; rule?: ConflictRule | ''; page?: number },
  signal?: AbortSignal,
): Promise<ConflictDashboard> {
  return getJson<ConflictDashboard>('/conflicts', { area: q.area, status: q.status, rule: q.rule || undefined, page: q.page }, signal)
}

export function startScan(area: string): Promise<ScanView> {
  return request<ScanView>('POST', '/conflicts/scans', { body: { area } })
}

export function fetchScan(id: string): Promise<ScanView> {
  return getJson<ScanView>(`/conflicts/scans/${encodeURIComponent(id)}`)
}

export interface VettingInput {
  nominal: string
  addressId?: string
  postcode?: string
  lat?: number
  lng?: number
  line1?: string
}

export interface VettingResult {
  checkId: string
  result: 'CLEAR' | 'CONFLICTS'
  address: { id: string | null; postcode: string | null; lat: number; lng: number; line1?: string | null }
  conflicts: { rule: ConflictRule; distanceM: number; summary: string; involves: { role: string; id?: string; redacted?: boolean }[] }[]
  victimDetails: boolean
  victimsNearby: {
    kind: string
    redacted?: boolean
    within?: string
    id?: string
    forename?: string
    surname?: string
    distanceM?: number
  }[]
  sensitivePlacesNearby: { id: string; name: string; type: string; town: string | null; distanceM: number }[]
  radiusM: number
}

export function vetAddress(input: VettingInput, purpose?: string | null): Promise<VettingResult> {
  return request<VettingResult>('POST', '/vetting', {
    body: input,
    headers: purpose ? { 'X-Vigil-Purpose': purpose } : undefined,
  })
}

export interface GeoJsonGeometry {
  type: string
  coordinates: unknown
}

export interface NominalMap {
  id: string
  victimDetails: boolean
  addresses: {
    id: string
    relation: string
    from: string | null
    to: string | null
    line1: string | null
    town: string | null
    postcode: string | null
    lat: number
    lng: number
    current: boolean
  }[]
  /**
   * Circles come drawn as polygons (geometry) with their centre and radius; `version` goes back with an
   * edited shape so that a change made meanwhile by someone else is refused (409), not overwritten.
   */
  zones: {
    id: string
    name: string | null
    from: string | null
    to: string | null
    condition: string
    radiusM: number | null
    centre: { lat: number; lng: number } | null
    version: number
    geometry: GeoJsonGeometry | null
    /** Whom it protects (only with victim details). */
    protectedPerson: { id: string; forename: string; surname: string } | null
  }[]
  victims: { id: string; forename: string | null; surname: string | null; kind: string; lat: number; lng: number }[]
  places: { id: string; name: string; type: string; lat: number; lng: number }[]
  conflicts: { id: string; rule: ConflictRule; summary: string; distanceM: number; lat: number | null; lng: number | null }[]
  /** His EXCLUSION_ZONE conditions and whom they protect (only with victim details): what a drawn zone hangs off. */
  zoneConditions: { id: string; wording: string | null; from: string | null; to: string | null; protects: { id: string; forename: string | null; surname: string | null }[] }[]
}

export interface NewZone {
  condition: string
  protectedPerson: string
  name?: string
  geometry: GeoJsonGeometry
  radiusM?: number | null
  from: string
  to?: string | null
}

/** POST /api/zones: the server validates the shape (valid, inside the UK, radius) and recomputes his conflicts. */
export function saveZone(zone: NewZone, purpose?: string | null): Promise<{ id: string; conflictsOpen: number }> {
  return request('POST', '/zones', { body: zone, headers: purpose ? { 'X-Vigil-Purpose': purpose } : undefined })
}

export interface ZoneReshape {
  geometry: GeoJsonGeometry
  radiusM: number | null
  /** The version the user edited (from the map). */
  version: number
}

/**
 * PUT /api/zones/{id}/shape: a new shape for an existing zone, validated as a new one is; 409 when
 * someone else changed the zone since the map was loaded. The server recomputes the zone's conflicts.
 */
export function reshapeZone(
  id: string,
  shape: ZoneReshape,
  purpose?: string | null,
): Promise<{ id: string; version: number; conflictsOpen: number; conflictsResolved: number }> {
  return request('PUT', `/zones/${encodeURIComponent(id)}/shape`, {
    body: shape,
    headers: purpose ? { 'X-Vigil-Purpose': purpose } : undefined,
  })
}

/** A zone's details as PUT /api/zones/{id} replaces them, with the version the user edited. */
export interface ZoneDetails {
  condition: string
  protectedPerson: string
  name: string | null
  from: string
  to: string | null
  version: number
}

/** What the map holds of a zone, back as the shape it stores: a circle is its centre Point and radius. */
export function storedShape(zone: NominalMap['zones'][number]): { geometry: GeoJsonGeometry; radiusM: number | null } {
  if (zone.radiusM !== null && zone.centre) {
    return { geometry: { type: 'Point', coordinates: [zone.centre.lng, zone.centre.lat] }, radiusM: zone.radiusM }
  }
  return { geometry: zone.geometry!, radiusM: null }
}

/**
 * PUT /api/zones/{id}: new condition, person protected, name and dates for a zone, its shape unchanged
 * (sent back as stored); 409 when someone else changed the zone since the map was loaded, 400 with the reason.
 */
export function replaceZoneDetails(
  zone: NominalMap['zones'][number],
  details: ZoneDetails,
  purpose?: string | null,
): Promise<{ id: string; version: number; name: string | null; from: string; to: string | null; conflictsOpen: number; conflictsResolved: number }> {
  return request('PUT', `/zones/${encodeURIComponent(zone.id)}`, {
    body: { ...details, ...storedShape(zone) },
    headers: purpose ? { 'X-Vigil-Purpose': purpose } : undefined,
  })
}

/** Roles that may draw zones (the backend's rule on POST /api/zones). */
export const ZONE_DRAWING_ROLES: readonly string[] = ['OFFENDER_MANAGER', 'PROBATION_PRACTITIONER', 'POLICE_PRACTITIONER', 'VICTIM_LIAISON_OFFICER']

export interface MapBase {
  tileUrl: string | null
  attribution: string
  towns: { town: string; lat: number; lng: number; addresses: number }[]
}

export function fetchNominalMap(id: string, signal?: AbortSignal, purpose?: string | null): Promise<NominalMap> {
  return request<NominalMap>('GET', `/nominals/${encodeURIComponent(id)}/map`, {
    signal,
    headers: purpose ? { 'X-Vigil-Purpose': purpose } : undefined,
  })
}

export function fetchMapBase(signal?: AbortSignal): Promise<MapBase> {
  return getJson<MapBase>('/map/base', undefined, signal)
}

/** "Home address", "Work address"... for a relationship type. */
export function relationLabel(relation: string): string {
  switch (relation) {
    case 'LIVES_AT':
      return 'Home'
    case 'PROPOSED_ADDRESS':
      return 'Proposed'
    case 'WORKS_AT':
      return 'Work'
    case 'FREQUENTS':
      return 'Frequents'
    case 'INTELLIGENCE':
      return 'Intelligence'
    case 'MONITORING':
      return 'Tag'
    default:
      return relation
  }
}
