// The chair's API: meetings and agendas, briefing packs, recording decisions, SMB statistics
// (docs/api.md, "Meetings", "Briefing packs", "Statistics"). Everything goes through api.ts.
import { getJson, request, PURPOSE_HEADER } from './api'

export interface MeetingSummary {
  id: string
  date: string
  level: number
  status: string
  chair: string | null
  cases: number
}

export interface AgendaReason {
  code: string
  text: string
  date: string | null
}

export interface AgendaItem {
  caseId: string
  nominalId: string
  forename: string
  surname: string
  dob: string | null
  category: number
  level: number
  rosh: string | null
  lastReview: string | null
  reviewDueBy: string | null
  informationOnly: boolean
  onAgenda: boolean
  agendaOrder: number | null
  reasons: AgendaReason[]
}

export interface Invitee {
  id: string
  forename: string
  surname: string
  role: string | null
  agency: string | null
  agencyId: string | null
  attended: boolean | null
}

/** How many level 1 cases had a new event and were not proposed, by their first trigger. */
export interface Level1Omitted {
  count: number
  byTrigger: Record<string, number>
}

export interface MeetingDetail {
  meeting: { id: string; area: string; level: number; date: string; status: string; minutes?: string | null
    recordedAt?: string | null; recordedBy?: string | null }
  chair: { id: string; forename: string; surname: string } | null
  invitees: Invitee[]
  agencies: Array<{ id: string; name: string; type: string }>
  agenda: AgendaItem[]
  proposed: AgendaItem[]
  /** Level 1 cases with a new event left off the proposals by the per-meeting cap (null on a level 3 panel). */
  level1Omitted?: Level1Omitted | null
  rules: { reviewDays: Record<string, number>; lookaheadDays: number; level1Events?: number }
  /** The viewer chairs this meeting: only they record it (the backend checks). */
  youChair: boolean
}

/** GET /api/meetings/{id}/directory: whom the chair may invite or name as an action's owner. */
export interface DirectoryOfficer {
  id: string
  forename: string
  surname: string
  role: string | null
  agencyId: string | null
  agency: string | null
  invited: boolean
}

export interface MeetingDirectory {
  officers: DirectoryOfficer[]
  totalOfficers: number
  agencies: Array<{ id: string; name: string; type: string }>
  /** The viewer chairs the meeting: only they record it. */
  youChair: boolean
}

export interface NewMeetingInput {
  area: string
  level: number
  /** ISO date and time with an offset, e.g. 2027-01-10T09:30:00Z. */
  date: string
  chairId?: string | null
  agencies: string[]
  invitees: string[]
}

export interface AttendanceInput {
  attendance: Array<{ officerId: string; attended: boolean }>
  minutes: string
}

type Row = Record<string, unknown>

export interface CasePack {
  identity: Row
  mappaCase: Row
  meeting: Row
  lastReview: string | null
  since: string | null
  levelHistory: Row[]
  rosh: Row | null
  assessments: Row[]
  orders: Row[]
  victims: Row[]
  conflicts: Row[]
  intelligence: Row[]
  events: Row[]
  lastMeeting: { meeting: string; date: string; decisions: Row[] } | null
  actions: Row[]
  plan: Row | null
  disclosures: Row[]
  homeVisits: Row
  flags: Row
  withheld: string[]
}

export interface ActionInput {
  description: string
  ownerId: string
  agencyId: string
  dueDate: string
  pillar: string | null
}

export interface CaseRecordInput {
  caseId: string
  decisions?: Array<{ decision: string; reason: string }>
  actions?: ActionInput[]
  actionUpdates?: Array<{ actionId: string; status: string; doneDate: string | null }>
  levelChange?: { level: number; reason: string } | null
  disclosures?: Array<{ disclose: boolean; recipient: string; what: string; reason: string; reviewDate: string | null }>
}

export type Table = Record<string, Record<string, number | null>>

export interface SmbReport {
  area: string
  areaName: string
  year: string
  from: string
  to: string
  snapshotDate: string
  eligibleOnSnapshot: Table
  levels2And3OverYear: Table
  rsosCautionedOrConvictedForNotificationBreach: number
  restrictiveOrders: Record<string, number>
  returnedToCustodyBreachOfLicence: Table
  returnedToCustodyBreachOfSopoShpo: Table
  seriousFurtherOffencesCharged: Record<string, number>
  population10Plus: number | null
  populationSource: string
  rsosPer100k: number | null
  rsosPer100kExact: number | null
  dataQuality: Array<{ check: string; count: number; examples: string[] }>
  computeMillis: number
}

export function fetchMeetings(area: string, signal?: AbortSignal): Promise<MeetingSummary[]> {
  return getJson<MeetingSummary[]>('/meetings', { area }, signal)
}

export function fetchMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return getJson<MeetingDetail>(`/meetings/${encodeURIComponent(id)}`, undefined, signal)
}

export function setAgenda(id: string, cases: string[]): Promise<MeetingDetail> {
  return request<MeetingDetail>('PUT', `/meetings/${encodeURIComponent(id)}/agenda`, { body: { cases } })
}

export function createMeeting(meeting: NewMeetingInput): Promise<MeetingDetail> {
  return request<MeetingDetail>('POST', '/meetings', { body: meeting })
}

export function invite(id: string, officerId: string, cases: string[]): Promise<MeetingDetail> {
  return request<MeetingDetail>('POST', `/meetings/${encodeURIComponent(id)}/invitations`, { body: { officerId, cases } })
}

export function fetchDirectory(id: string, signal?: AbortSignal): Promise<MeetingDirectory> {
  return getJson<MeetingDirectory>(`/meetings/${encodeURIComponent(id)}/directory`, undefined, signal)
}

export function recordAttendance(id: string, body: AttendanceInput): Promise<MeetingDetail> {
  return request<MeetingDetail>('POST', `/meetings/${encodeURIComponent(id)}/attendance`, { body })
}

export function fetchCasePack(meetingId: string, caseId: string, signal?: AbortSignal, purpose?: string | null): Promise<CasePack> {
  return request<CasePack>('GET', `/meetings/${encodeURIComponent(meetingId)}/pack`, {
    params: { case: caseId },
    signal,
    headers: purpose ? { [PURPOSE_HEADER]: purpose } : undefined,
  })
}

/** Where the browser downloads the PDF from (a plain link: the session cookie goes with it). */
export function packPdfUrl(meetingId: string, caseId?: string): string {
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/pack.pdf`
  return caseId ? `${base}?case=${encodeURIComponent(caseId)}` : base
}

export function recordCase(meetingId: string, record: CaseRecordInput): Promise<Row> {
  return request<Row>('POST', `/meetings/${encodeURIComponent(meetingId)}/record`, { body: record })
}

export function fetchStatistics(area: string, year: number, signal?: AbortSignal): Promise<SmbReport> {
  return getJson<SmbReport>('/statistics', { area, year }, signal)
}

export function statisticsCsvUrl(area: string, year: number): string {
  return `/api/statistics.csv?area=${encodeURIComponent(area)}&year=${year}`
}
