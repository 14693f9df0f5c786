// Turns GET /api/nominals/{id} JSON into the profile view model (types.ts).
//
// The backend sends graph-shaped maps (docs/api.md: pncId, croNo, nomsNo, protected people as
// {forename, surname, victim, child}, intelligence flags as flat booleans...). Older or simpler
// shapes ({name, redacted}, {pnc, cro, noms}, {source, grading, flags}) are accepted too. Missing
// lists become [], so a page never breaks on an absent section.
//
// Redaction happens HERE, before any component sees the data. The backend decides who may see a
// victim, child or protected person and marks the others `redacted: true` (without id or name):
// that flag is trusted. As a safety net, a person who comes without a name is shown as withheld
// too. A withheld person gets a placeholder display name and no name at all in the view model.
import type {
  Alias,
  Address,
  Account,
  Condition,
  Conviction,
  CustodyPeriod,
  Device,
  IntelligenceEntry,
  LinkedPerson,
  MappaCase,
  NominalProfile,
  Officer,
  Order,
  ProtectedPerson,
  RiskAssessment,
  Vehicle,
  Zone,
} from './types'

type Raw = Record<string, unknown>

export const REDACTED_VICTIM = 'Victim (details withheld)'
export const REDACTED_CHILD = 'Child (details withheld)'
export const REDACTED_PERSON = 'Details withheld'
export const REDACTED_PROTECTED = 'Protected person (details withheld)'

function obj(v: unknown): Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {}
}
function list(v: unknown): Raw[] {
  return Array.isArray(v) ? v.map(obj) : []
}
function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v
  if (typeof v === 'number' || typeof v === 'bigint') return String(v)
  return null
}
function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v)
  return null
}
function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null
}
function first(...values: unknown[]): string | null {
  for (const v of values) {
    const s = str(v)
    if (s !== null) return s
  }
  return null
}
function id(r: Raw, fallback: string): string {
  return str(r.id) ?? fallback
}
function joinName(...parts: unknown[]): string | null {
  const name = parts
    .map(str)
    .filter((p): p is string => p !== null)
    .join(' ')
  return name === '' ? null : name
}

/** The name to show for a person, or a placeholder when they are redacted or come without a name. */
function displayPerson(
  r: Raw,
  victim: boolean,
  child: boolean,
  fallback: string,
): { displayName: string; redacted: boolean } {
  const name = first(r.name) ?? joinName(r.forename, r.surname)
  if (r.redacted !== true && name !== null) return { displayName: name, redacted: false }
  if (victim) return { displayName: REDACTED_VICTIM, redacted: true }
  if (child) return { displayName: REDACTED_CHILD, redacted: true }
  return { displayName: fallback, redacted: true }
}

function roles(r: Raw): string[] {
  return Array.isArray(r.roles) ? r.roles.map(str).filter((x): x is string => x !== null) : []
}

function mappaCase(r: Raw): MappaCase {
  return {
    id: id(r, 'case'),
    category: num(r.category),
    level: num(r.level),
    status: str(r.status),
    leadAgency: str(r.leadAgency),
    area: str(r.area),
    referralDate: str(r.referralDate),
    lastReviewDate: str(r.lastReviewDate),
    nextReviewDate: str(r.nextReviewDate),
    levelHistory: list(r.levelHistory).map((h) => ({
      level: num(h.level),
      category: num(h.category),
      from: str(h.from),
      to: str(h.to),
      reason: str(h.reason),
    })),
  }
}

function intelligence(r: Raw, i: number): IntelligenceEntry {
  const flags = obj(r.flags)
  const flag = (nested: unknown, flat: unknown) => bool(nested) ?? bool(flat) ?? false
  const grading =
    first(r.grading) ??
    ([r.sourceEval, r.intelEval, r.handling].some((v) => str(v) !== null)
      ? [r.sourceEval, r.intelEval, r.handling].map((v) => str(v) ?? '?').join('/')
      : null)
  return {
    id: id(r, `intel-${i}`),
    date: str(r.date),
    source: first(r.source, r.sourceType),
    grading,
    text: str(r.text),
    flags: {
      crime: flag(flags.crime, r.crimeIncident ?? r.crime),
      domesticViolence: flag(flags.domesticViolence, r.domesticViolence),
      childPresent: flag(flags.childPresent, r.childPresent),
      vulnerablePerson: flag(flags.vulnerablePerson, r.vulnerablePerson),
    },
  }
}

export function normaliseProfile(json: unknown): NominalProfile {
  const raw = obj(json)
  const i = obj(raw.identity)
  return {
    identity: {
      id: id(i, ''),
      forename: str(i.forename) ?? '',
      middleNames: str(i.middleNames),
      surname: str(i.surname) ?? '',
      dob: str(i.dob),
      age: num(i.age),
      sex: str(i.sex),
      ethnicity: str(i.ethnicity),
      heightCm: num(i.heightCm),
      build: str(i.build),
      description: str(i.description),
      pnc: first(i.pncId, i.pnc),
      cro: first(i.croNo, i.cro),
      crn: str(i.crn),
      noms: first(i.nomsNo, i.noms),
      visorRef: str(i.visorRef),
      marking: str(i.marking) ?? 'OFFICIAL',
      owningAgency: str(i.owningAgency),
      area: str(i.area),
      sourceSystem: str(i.sourceSystem),
      enteredBy: str(i.enteredBy),
      enteredAt: str(i.enteredAt),
    },
    aliases: list(raw.aliases).map(
      (a): Alias => ({ forename: str(a.forename), surname: str(a.surname), dob: str(a.dob), kind: str(a.kind) }),
    ),
    addresses: list(raw.addresses).map(
      (a, n): Address => ({
        id: id(a, `address-${n}`),
        relation: str(a.relation) ?? 'HOME',
        line1: str(a.line1),
        town: str(a.town),
        postcode: str(a.postcode),
        kind: str(a.kind),
        from: str(a.from),
        to: str(a.to),
      }),
    ),
    vehicles: list(raw.vehicles).map(
      (v, n): Vehicle => ({
        id: id(v, `vehicle-${n}`),
        vrm: str(v.vrm),
        make: str(v.make),
        model: str(v.model),
        colour: str(v.colour),
        relation: str(v.relation),
        from: str(v.from),
        to: str(v.to),
      }),
    ),
    devices: list(raw.devices).map(
      (d, n): Device => ({
        id: id(d, `device-${n}`),
        type: str(d.type),
        phoneNumber: str(d.phoneNumber),
        imei: str(d.imei),
        from: str(d.from),
        to: str(d.to),
      }),
    ),
    accounts: list(raw.accounts).map(
      (a, n): Account => ({ id: id(a, `account-${n}`), type: str(a.type), value: str(a.value), platform: str(a.platform) }),
    ),
    orders: list(raw.orders).map(
      (o, n): Order => ({
        id: id(o, `order-${n}`),
        type: str(o.type),
        from: str(o.from),
        to: str(o.to),
        court: str(o.court),
        foreignTravelRestriction: bool(o.foreignTravelRestriction),
        conditions: list(o.conditions).map(
          (c, m): Condition => ({
            id: id(c, `condition-${n}-${m}`),
            type: str(c.type),
            wording: str(c.wording),
            from: str(c.from),
            to: str(c.to),
            zones: list(c.zones).map(
              (z, k): Zone => ({
                id: id(z, `zone-${k}`),
                name: str(z.name),
                radiusM: num(z.radiusM),
                from: str(z.from),
                to: str(z.to),
              }),
            ),
            protectedPeople: list(c.protectedPeople).map((p, k): ProtectedPerson => {
              const victim = p.victim === true
              const child = p.child === true
              return { id: id(p, `protected-${k}`), victim, child, ...displayPerson(p, victim, child, REDACTED_PROTECTED) }
            }),
          }),
        ),
      }),
    ),
    risk: list(raw.risk).map(
      (r, n): RiskAssessment => ({
        id: id(r, `risk-${n}`),
        tool: str(r.tool),
        date: str(r.date),
        level: str(r.level),
        score: num(r.score) ?? str(r.score),
      }),
    ),
    mappaCase: raw.mappaCase && typeof raw.mappaCase === 'object' ? mappaCase(obj(raw.mappaCase)) : null,
    otherCases: list(raw.otherCases).map(mappaCase),
    convictions: list(raw.convictions).map(
      (c, n): Conviction => ({
        id: id(c, `conviction-${n}`),
        date: str(c.date),
        court: str(c.court),
        disposal: str(c.disposal),
        sentenceMonths: num(c.sentenceMonths),
        offences: list(c.offences).map((o, m) => ({
          id: id(o, `offence-${n}-${m}`),
          type: str(o.type),
          category: str(o.category),
          date: str(o.date),
          description: str(o.description),
        })),
      }),
    ),
    custody: list(raw.custody).map(
      (c, n): CustodyPeriod => ({
        id: id(c, `custody-${n}`),
        type: str(c.type),
        from: str(c.from),
        to: str(c.to),
        establishment: str(c.establishment),
      }),
    ),
    linkedPeople: list(raw.linkedPeople).map((p, n): LinkedPerson => {
      const personRoles = roles(p)
      const victim = personRoles.some((r) => r.toUpperCase() === 'VICTIM') || str(p.kind)?.toUpperCase() === 'VICTIM'
      const child = personRoles.some((r) => r.toUpperCase() === 'CHILD')
      return {
        id: id(p, `person-${n}`),
        kind: str(p.kind),
        roles: personRoles,
        from: str(p.from),
        to: str(p.to),
        ...displayPerson(p, victim, child, REDACTED_PERSON),
      }
    }),
    officers: Array.isArray(raw.officers)
      ? list(raw.officers).map(
          (o, n): Officer => ({
            id: id(o, `officer-${n}`),
            name: first(o.name) ?? joinName(o.forename, o.surname) ?? 'Not recorded',
            role: str(o.role),
          }),
        )
      : null,
    intelligence: list(raw.intelligence).map(intelligence),
  }
}
