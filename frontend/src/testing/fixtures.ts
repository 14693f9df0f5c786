// Sample API payloads for unit tests (shapes as in services/types.ts).
import type { Area, AuditPage, AuditRecord, NominalSummary, Page, SearchItem, SearchResponse } from '@/services/types'

export const AREAS: Area[] = [
  { id: 'north', name: 'North Shire' },
  { id: 'south', name: 'South Shire' },
]

export function nominal(overrides: Partial<NominalSummary> & { id: string }): NominalSummary {
  return {
    forename: 'Alex',
    surname: 'Smith',
    dob: '1980-03-02',
    age: 45,
    sex: 'M',
    category: 1,
    level: 2,
    rosh: 'HIGH',
    area: 'north',
    town: 'Northtown',
    crn: 'X123456',
    pnc: '1999/0123456A',
    ...overrides,
  }
}

export const NOMINAL_PAGE: Page<NominalSummary> = {
  items: [
    nominal({ id: 'n-1', forename: 'Alex', surname: 'Abbott', rosh: 'VERY_HIGH' }),
    nominal({ id: 'n-2', forename: 'Brenda', surname: 'Baker', category: 2, level: 1, rosh: 'MEDIUM', town: 'Southby', area: 'south' }),
    nominal({ id: 'n-3', forename: 'Carl', surname: 'Cole', dob: null, age: null, rosh: null }),
  ],
  total: 123,
  page: 0,
  size: 50,
}

/**
 * GET /api/nominals/{id} as the backend sends it (docs/api.md), before normalise.ts.
 * Victims and children may come without names: the backend withholds them.
 */
export function apiProfile(overrides: Record<string, unknown> = {}) {
  return {
    identity: {
      id: 'n-1',
      forename: 'Alex',
      middleNames: 'James',
      surname: 'Abbott',
      dob: '1980-03-02',
      age: 45,
      sex: 'M',
      ethnicity: 'W1',
      heightCm: 183,
      build: 'MEDIUM',
      description: 'Tall, scar on left cheek',
      pncId: '1999/0123456A',
      croNo: '123456/99A',
      crn: 'X123456',
      nomsNo: 'A1234BC',
      visorRef: 'VIS-0001',
      marking: 'OFFICIAL_SENSITIVE',
      owningAgency: 'Probation Service',
      area: 'north',
      sourceSystem: 'nDelius',
      enteredBy: 'PC 1234',
      enteredAt: '2020-01-02T10:00:00Z',
    },
    aliases: [{ forename: 'Al', surname: 'Abbot', dob: '1980-02-03', kind: 'NICKNAME' }],
    addresses: [
      { id: 'a-old', relation: 'HOME', line1: '1 Old Road', town: 'Oldtown', postcode: 'OT1 1AA', kind: 'PRIVATE', from: '2015-01-01', to: '2019-12-31', lat: 54.1, lng: -2.9 },
      { id: 'a-now', relation: 'HOME', line1: '22 New Street', town: 'Northtown', postcode: 'NT2 2BB', kind: 'PRIVATE', from: '2020-01-01', to: null, lat: 54.2, lng: -2.8 },
      { id: 'a-mid', relation: 'WORK', line1: '5 Works Lane', town: 'Northtown', postcode: 'NT3 3CC', kind: 'COMMERCIAL', from: '2018-06-01', to: '2021-05-01', lat: 54.3, lng: -2.7 },
    ],
    vehicles: [],
    devices: [{ id: 'd-1', type: 'MOBILE', phoneNumber: '07700 900123', imei: '490154203237518', from: '2021-01-01', to: null }],
    accounts: [],
    orders: [
      {
        id: 'o-1',
        type: 'SHPO',
        from: '2020-01-01',
        to: null,
        foreignTravelRestriction: true,
        court: 'Northtown Crown Court',
        conditions: [
          {
            id: 'c-1',
            type: 'NO_CONTACT',
            wording: 'Not to contact the named person directly or indirectly.',
            from: '2020-01-01',
            to: null,
            zones: [{ id: 'z-1', name: 'Northtown school zone', geometry: null, radiusM: 500, from: '2020-01-01', to: null }],
            protectedPeople: [
              // As the backend sends a person the user may not see: no id, no name.
              { victim: true, child: false, redacted: true },
              { id: 'p-open', forename: 'Pat', surname: 'Visible', victim: false, child: false, redacted: false },
              // Sent without a name and without the flag: withheld all the same (safety net).
              { id: 'p-nameless', forename: null, surname: null, victim: false, child: true },
              // Marked redacted, yet with a name: the name must still never reach the page.
              { forename: 'Vera', surname: 'Victimson', victim: false, child: false, redacted: true },
            ],
          },
        ],
      },
    ],
    risk: [
      { id: 'r-1', tool: 'OASys', date: '2023-04-01', level: 'HIGH', score: 42 },
      { id: 'r-2', tool: 'RM2000', date: '2024-02-01', level: 'VERY_HIGH', score: null },
    ],
    mappaCase: {
      id: 'm-1',
      category: 1,
      level: 2,
      status: 'ACTIVE',
      leadAgency: 'Police',
      area: 'north',
      referralDate: '2019-11-01',
      lastReviewDate: '2024-07-15',
      nextReviewDate: '2025-01-15',
      levelHistory: [{ level: 3, category: 1, from: '2019-11-01', to: '2021-01-01', reason: 'Reduced after review' }],
    },
    otherCases: [],
    convictions: [
      {
        id: 'cv-1',
        date: '2019-10-01',
        court: 'Northtown Crown Court',
        disposal: 'IMPRISONMENT',
        sentenceMonths: 48,
        offences: [{ id: 'of-1', type: 'ASSAULT', category: 'VIOLENT', date: '2019-05-05', description: 'Northtown' }],
      },
    ],
    custody: [{ id: 'cu-1', type: 'SENTENCED', from: '2019-10-01', to: '2021-10-01', establishment: 'HMP Northtown' }],
    linkedPeople: [
      { id: null, forename: null, surname: null, kind: 'VICTIM_OF', from: '2019-05-05', to: null, roles: ['Victim'], redacted: true },
      { id: 'l-2', forename: 'Sam', surname: 'Associate', kind: 'ASSOCIATE', from: '2018-01-01', to: null, roles: ['Associate'], redacted: false },
      { id: null, forename: null, surname: null, kind: 'PARENT_OF', from: '2012-05-05', to: null, roles: ['Child'], redacted: true },
      { id: null, forename: 'Vera', surname: 'Victimson', kind: 'VICTIM_OF', from: '2019-05-05', to: null, roles: ['Victim'], redacted: true },
    ],
    officers: [{ id: 'of-9', forename: 'Helen', surname: 'Ward', role: 'OFFENDER_MANAGER' }],
    intelligence: [
      {
        id: 'i-1',
        date: '2024-03-03',
        sourceType: 'POLICE',
        sourceEval: '2',
        intelEval: 'A',
        handling: 'P',
        text: 'Seen near a primary school.',
        crimeIncident: false,
        domesticViolence: false,
        childPresent: true,
        vulnerablePerson: false,
      },
    ],
    ...overrides,
  }
}

/** A Response as fetch would return it. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** The body of GET/POST /api/session for a signed-in analyst. */
export const SESSION = {
  user: {
    username: 'demo.analyst',
    displayName: 'Dana Analyst',
    agency: 'cumbria-police',
    areas: ['north'],
    roles: ['ANALYST'],
    clearance: 'SECRET',
  },
  csrfToken: 'csrf-token-1',
}

export const SIGNED_OUT = { error: 'Sign in to continue', status: 401, correlationId: null }

/** demo.auditor: AUDITOR only (no casework role, so no nominals). */
export const AUDITOR_SESSION = {
  user: {
    username: 'demo.auditor',
    displayName: 'Demo Auditor',
    agency: 'cumbria-police',
    areas: ['north'],
    roles: ['AUDITOR'],
    clearance: 'SECRET',
  },
  csrfToken: 'csrf-token-a',
}

/** demo.admin: ADMINISTRATOR only. */
export const ADMIN_SESSION = {
  user: {
    username: 'demo.admin',
    displayName: 'Demo Admin',
    agency: 'cumbria-police',
    areas: ['north'],
    roles: ['ADMINISTRATOR'],
    clearance: 'OFFICIAL_SENSITIVE',
  },
  csrfToken: 'csrf-token-b',
}

export function auditRecord(overrides: Partial<AuditRecord> & { seq: number }): AuditRecord {
  return {
    at: '2026-11-22T10:15:03.123Z',
    actor: {
      username: 'demo.police',
      agency: 'cumbria-police',
      roles: ['POLICE_PRACTITIONER'],
      sessionId: 's-1',
      sourceIp: '10.0.0.7',
    },
    event: 'VIEW_PERSON',
    objects: [{ type: 'PERSON', id: 'N0000042' }],
    outcome: 'OK',
    purpose: null,
    detail: {},
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
    ...overrides,
  }
}

/** GET /api/audit: newest first, with another page after it. */
export const AUDIT_PAGE: AuditPage = {
  records: [
    auditRecord({
      seq: 103,
      at: '2026-11-22T10:15:03.123Z',
      event: 'VIEW_PERSON',
      purpose: 'Risk review, incident 12/345',
      actor: { username: 'demo.analyst', agency: 'cumbria-police', roles: ['ANALYST'], sessionId: 's-9', sourceIp: '10.0.0.9' },
    }),
    auditRecord({
      seq: 102,
      at: '2026-11-22T10:14:00Z',
      event: 'PERMISSION_DENIED',
      outcome: 'DENIED',
      detail: { action: 'VIEW_PERSON' },
      objects: [{ type: 'PERSON', id: 'N0000007' }, { type: 'CASE', id: 'C9' }],
    }),
    auditRecord({
      seq: 101,
      at: '2026-11-22T09:00:00.5Z',
      event: 'LIST',
      objects: [],
      detail: { what: 'nominals', area: 'north', sort: 'surname' },
    }),
  ],
  page: 0,
  size: 50,
  hasMore: true,
}

// ---- Search (GET /api/search) ----

export function searchItem(overrides: Partial<SearchItem> & { id: string }): SearchItem {
  return {
    type: 'PERSON',
    title: 'John SMITH',
    subtitle: 'born 12/03/1985 · Carlisle',
    roles: ['NOMINAL'],
    tier: 'PHONETIC',
    score: 162,
    area: 'north',
    category: 1,
    level: 2,
    rosh: 'HIGH',
    dob: '1985-03-12',
    age: 41,
    matches: [
      { field: 'forename', how: 'NICKNAME', query: 'Jon', value: 'John', text: 'forename, nickname: Jon~John' },
      { field: 'surname', how: 'PHONETIC', query: 'Smyth', value: 'Smith', text: 'surname, phonetic: Smyth~Smith' },
    ],
    people: [],
    ...overrides,
  }
}

/** A full search for "Jon Smyth": a nominal, a person who is not one, and a vehicle. */
export function searchAnswer(overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    searchId: 'search-1',
    query: 'Jon Smyth',
    understood: ['NAME'],
    total: 3,
    capped: false,
    page: 0,
    size: 20,
    items: [
      searchItem({ id: 'N0000101' }),
      searchItem({
        id: 'P0000555',
        title: 'Joan SMYTHE',
        subtitle: 'born 1990',
        roles: ['VICTIM'],
        tier: 'FUZZY',
        category: null,
        level: null,
        rosh: null,
        age: null,
        area: null,
        matches: [{ field: 'surname', how: 'FUZZY', query: 'Smyth', value: 'Smythe', text: 'surname, fuzzy: Smyth~Smythe' }],
      }),
      {
        type: 'VEHICLE',
        id: 'V000123',
        title: 'KX61 ABC',
        subtitle: 'silver Ford Focus',
        tier: 'PARTIAL',
        score: 85,
        matches: [{ field: 'vrm', how: 'PARTIAL', query: 'KX6?', value: 'KX61 ABC', text: 'plate begins KX6?' }],
        people: [{ id: 'N0000101', name: 'John SMITH', relation: 'USES_VEHICLE' }],
      },
    ],
    facets: {
      type: { PERSON: 2, VEHICLE: 1 },
      area: { north: 1, south: 1 },
      category: { '1': 1 },
      level: { '2': 1 },
      rosh: { HIGH: 1 },
      age: { '35-44': 1, '65+': 1 },
    },
    notices: [],
    ...overrides,
  }
}
