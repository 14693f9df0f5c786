// What the pages work with. The list shapes are the backend's JSON as sent (docs/api.md); the
// profile is the backend's JSON after services/normalise.ts has tidied it into a view model (so a
// redacted person's name never reaches a component). Dates are ISO strings (YYYY-MM-DD, or full
// ISO date-times); a null `to` means "still current".

export type IsoDate = string

export interface Area {
  id: string
  name: string
}

export type Rosh = 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH'
export type Marking = 'OFFICIAL' | 'OFFICIAL_SENSITIVE' | 'SECRET'

export interface NominalSummary {
  id: string
  forename: string
  surname: string
  dob: IsoDate | null
  age: number | null
  sex: string | null
  category: number | null
  level: number | null
  rosh: Rosh | null
  area: string | null
  town: string | null
  crn: string | null
  pnc: string | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export const SORT_KEYS = ['surname', 'forename', 'dob', 'category', 'level', 'rosh', 'town'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDir = 'asc' | 'desc'

export interface NominalSearch {
  area?: string
  category?: number
  level?: number
  rosh?: Rosh
  name?: string
  sort: SortKey
  dir: SortDir
  page: number
  size: number
}

export interface Identity {
  id: string
  forename: string
  middleNames: string | null
  surname: string
  dob: IsoDate | null
  age: number | null
  sex: string | null
  ethnicity: string | null
  heightCm: number | null
  build: string | null
  description: string | null
  pnc: string | null
  cro: string | null
  crn: string | null
  noms: string | null
  visorRef: string | null
  marking: Marking | string
  owningAgency: string | null
  area: string | null
  sourceSystem: string | null
  enteredBy: string | null
  enteredAt: IsoDate | null
}

export interface Alias {
  forename: string | null
  surname: string | null
  dob: IsoDate | null
  kind: string | null
}

export type AddressRelation = 'HOME' | 'PROPOSED' | 'WORK' | 'FREQUENTS'

export interface Address {
  id: string
  relation: AddressRelation | string
  line1: string | null
  town: string | null
  postcode: string | null
  kind: string | null
  from: IsoDate | null
  to: IsoDate | null
}

export interface Vehicle {
  id: string
  vrm: string | null
  make: string | null
  model: string | null
  colour: string | null
  relation: string | null
  from: IsoDate | null
  to: IsoDate | null
}

export interface Device {
  id: string
  type: string | null
  phoneNumber: string | null
  imei: string | null
  from: IsoDate | null
  to: IsoDate | null
}

export interface Account {
  id: string
  type: string | null
  value: string | null
  platform: string | null
}

/** A person shown on a record. When `redacted`, `displayName` is a placeholder, never the name. */
export interface PersonRef {
  id: string
  displayName: string
  redacted: boolean
}

export interface ProtectedPerson extends PersonRef {
  victim: boolean
  child: boolean
}

export interface Zone {
  id: string
  name: string | null
  radiusM: number | null
  from: IsoDate | null
  to: IsoDate | null
}

export interface Condition {
  id: string
  type: string | null
  wording: string | null
  from: IsoDate | null
  to: IsoDate | null
  zones: Zone[]
  protectedPeople: ProtectedPerson[]
}

export interface Order {
  id: string
  type: string | null
  from: IsoDate | null
  to: IsoDate | null
  court: string | null
  foreignTravelRestriction: boolean | null
  conditions: Condition[]
}

export interface RiskAssessment {
  id: string
  tool: string | null
  date: IsoDate | null
  level: string | null
  score: number | string | null
}

export interface LevelHistoryEntry {
  level: number | null
  category: number | null
  from: IsoDate | null
  to: IsoDate | null
  reason: string | null
}

export interface MappaCase {
  id: string
  category: number | null
  level: number | null
  status: string | null
  leadAgency: string | null
  area: string | null
  referralDate: IsoDate | null
  lastReviewDate: IsoDate | null
  nextReviewDate: IsoDate | null
  levelHistory: LevelHistoryEntry[]
}

export interface Offence {
  id: string
  type: string | null
  category: string | null
  date: IsoDate | null
  description: string | null
}

export interface Conviction {
  id: string
  date: IsoDate | null
  court: string | null
  disposal: string | null
  sentenceMonths: number | null
  offences: Offence[]
}

export interface CustodyPeriod {
  id: string
  type: string | null
  from: IsoDate | null
  to: IsoDate | null
  establishment: string | null
}

export interface LinkedPerson extends PersonRef {
  kind: string | null
  roles: string[]
  from: IsoDate | null
  to: IsoDate | null
}

export interface Officer {
  id: string
  name: string
  role: string | null
}

export interface IntelligenceFlags {
  crime: boolean
  domesticViolence: boolean
  childPresent: boolean
  vulnerablePerson: boolean
}

export interface IntelligenceEntry {
  id: string
  date: IsoDate | null
  source: string | null
  grading: string | null
  text: string | null
  flags: IntelligenceFlags
}

export interface NominalProfile {
  identity: Identity
  aliases: Alias[]
  addresses: Address[]
  vehicles: Vehicle[]
  devices: Device[]
  accounts: Account[]
  orders: Order[]
  risk: RiskAssessment[]
  mappaCase: MappaCase | null
  otherCases: MappaCase[]
  convictions: Conviction[]
  custody: CustodyPeriod[]
  linkedPeople: LinkedPerson[]
  /** null when the backend does not send officers at all. */
  officers: Officer[] | null
  intelligence: IntelligenceEntry[]
}

/** The signed-in user, as POST/GET /api/session send them (docs/security.md). */
export interface SessionUser {
  username: string
  displayName: string
  /** Agency id, e.g. "cumbria-police". */
  agency: string
  areas: string[]
  roles: string[]
  clearance: string
}

/** The body of POST /api/session and GET /api/session. */
export interface SessionInfo {
  user: SessionUser
  csrfToken: string
}

// ---- Audit trail (GET /api/audit, auditors only; docs/api.md "Audit", docs/audit.md) ----

export interface AuditActor {
  username: string
  agency: string | null
  roles: string[]
  sessionId: string | null
  sourceIp: string | null
}

export interface AuditObject {
  type: string
  id: string
}

export interface AuditRecord {
  seq: number
  /** ISO instant in UTC, to the millisecond. */
  at: string
  actor: AuditActor
  event: string
  objects: AuditObject[]
  outcome: string
  purpose: string | null
  detail: Record<string, string>
  prevHash: string
  hash: string
}

/** One page, newest first; there is no total, only whether another page exists. */
export interface AuditPage {
  records: AuditRecord[]
  page: number
  size: number
  hasMore: boolean
}

/** The API query: every filter is optional; values as sent (the server checks them, 400 if bad). */
export interface AuditSearch {
  /** `TYPE:id`, e.g. `PERSON:N0000042`. */
  object?: string
  user?: string
  event?: string
  /** ISO instant, inclusive. */
  from?: string
  /** ISO instant, exclusive. */
  to?: string
  page: number
  size: number
}

// ---- Search (GET /api/search, casework roles; docs/api.md "Search") ----

/** The kinds of record the search finds, in the order they are offered as filters. */
export const SEARCH_TYPES = ['PERSON', 'VEHICLE', 'DEVICE', 'ACCOUNT', 'ADDRESS', 'INTELLIGENCE'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** How well an item matched, best first; the backend may add more, so any string is kept. */
export const SEARCH_TIERS = ['EXACT', 'IDENTIFIER', 'NICKNAME', 'PHONETIC', 'FUZZY', 'PARTIAL', 'TEXT'] as const
export type SearchTier = (typeof SEARCH_TIERS)[number]

export type SearchMode = 'full' | 'typeahead'

/** One reason an item matched; `text` is the sentence to show ("surname, phonetic: Smyth~Smith"). */
export interface SearchMatch {
  field: string
  how: string
  query: string
  value: string
  text: string
}

/** A person linked to a non-person result, that the viewer may see (never one they may not). */
export interface SearchPersonRef {
  id: string
  name: string
  /** The relationship type, e.g. USES_VEHICLE. */
  relation: string | null
}

export interface SearchItem {
  type: SearchType | string
  id: string
  title: string
  subtitle: string | null
  /** People only: NOMINAL for a person with a profile page; others (victims, associates...) have none. */
  roles?: string[]
  tier: SearchTier | string
  score: number
  area?: string | null
  category?: number | null
  level?: number | null
  rosh?: Rosh | null
  dob?: IsoDate | null
  age?: number | null
  matches: SearchMatch[]
  people: SearchPersonRef[]
}

/** The facets of a full search (none in typeahead mode): value -> count over the whole result set. */
export const SEARCH_FACETS = ['type', 'area', 'category', 'level', 'rosh', 'age'] as const
export type SearchFacetName = (typeof SEARCH_FACETS)[number]
export type SearchFacets = Partial<Record<SearchFacetName, Record<string, number>>>

export interface SearchResponse {
  /** Quoted back in POST /api/search/selections when the user opens a result. */
  searchId: string
  query: string
  /** What Vigil took the query to be, e.g. ["NAME"], ["VRM"]. */
  understood: string[]
  total: number
  /** More records matched than Vigil ranks: the user should refine the query. */
  capped: boolean
  page: number
  size: number
  items: SearchItem[]
  facets: SearchFacets | null
  notices: string[]
}

/** The API query. The server checks `q` (2..200 characters, 2 letters or digits) and answers 400 if bad. */
export interface SearchParams {
  q: string
  types?: readonly SearchType[]
  area?: string
  category?: number
  level?: number
  rosh?: Rosh
  ageMin?: number
  ageMax?: number
  /** ISO dates: intelligence dated in the range. */
  from?: IsoDate
  to?: IsoDate
  mode?: SearchMode
  /** From 0. */
  page?: number
  /** 1..50. */
  size?: number
}

/** The body of POST /api/search/selections: which result of which search the user opened. */
export interface SearchSelection {
  searchId: string
  type: string
  id: string
  /** 1-based position in the whole result list (page * size + index + 1). */
  rank: number
}
