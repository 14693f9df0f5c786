// Display formatting, GOV.UK style ("2 March 1980", "Very high").

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

export const NOT_RECORDED = 'Not recorded'

/** "1980-03-02" -> "2 March 1980"; a full ISO date-time is shown as its London date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return NOT_RECORDED
  const m = DATE_ONLY.exec(value)
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
    return Number.isNaN(d.getTime()) ? value : dateFormat.format(d)
  }
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? value : dateTimeFormat.format(d)
}

/** "1 January 2020 to present", "from 1 January 2020", "Not recorded". */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return NOT_RECORDED
  const start = from ? formatDate(from) : 'Unknown date'
  return `${start} to ${to ? formatDate(to) : 'present'}`
}

/** Today's date as YYYY-MM-DD (UTC), for comparing with API dates. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** True when a period has not ended (no end date, or an end date today or later). */
export function isCurrent(to: string | null | undefined, today: string = todayIso()): boolean {
  return !to || to.slice(0, 10) >= today
}

// Abbreviations that stay in capitals when an enum value is turned into words.
const ACRONYMS = new Set([
  'SHPO', 'SRO', 'SOPO', 'FTO', 'ROSHO', 'ROSH', 'ARMS', 'SARA', 'OGRS', 'ASSET', 'OASYS',
  'GBH', 'ABH', 'MAPPA', 'COSA', 'HMP', 'VISOR', 'PNC', 'CRO', 'CRN', 'NOMS', 'IMEI', 'VRM', 'UK', 'DTC',
])

/** "VERY_HIGH" -> "Very high", "HOME" -> "Home", "SHPO" -> "SHPO", "MAPPA_F" -> "MAPPA F". */
export function humanise(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return NOT_RECORDED
  return value
    .split(/[_\s]+/)
    .filter((w) => w !== '')
    .map((word, i) => {
      const upper = word.toUpperCase()
      if (ACRONYMS.has(upper) || word.length === 1 || /\d/.test(word)) return upper
      const lower = word.toLowerCase()
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
    })
    .join(' ')
}

/** Shows a value or "Not recorded". */
export function orNotRecorded(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? NOT_RECORDED : String(value)
}

/** Protective marking as printed on a document: OFFICIAL_SENSITIVE -> "OFFICIAL-SENSITIVE". */
export function markingLabel(marking: string | null | undefined): string {
  if (!marking) return 'OFFICIAL'
  return marking.toUpperCase().replace(/_/g, '-')
}

const SEX: Record<string, string> = { M: 'Male', F: 'Female', U: 'Unknown', X: 'Indeterminate' }

/** "M" -> "Male"; longer values are humanised ("FEMALE" -> "Female"). */
export function formatSex(value: string | null | undefined): string {
  if (!value) return NOT_RECORDED
  return SEX[value.toUpperCase()] ?? humanise(value)
}

export function fullName(parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .join(' ')
}

// Words of agency ids that are written in capitals.
const AGENCY_ACRONYMS = new Set(['HMP', 'HMPPS', 'YOI', 'NHS', 'DWP', 'YOT', 'MAPPA', 'NPS', 'CRC', 'UK'])

/** An agency id as words: "cumbria-police" -> "Cumbria Police", "cumbria-hmp-haverigg" -> "Cumbria HMP Haverigg". */
export function agencyName(id: string | null | undefined): string {
  if (!id) return ''
  return id
    .split(/[-_\s]+/)
    .filter((w) => w !== '')
    .map((w) => (AGENCY_ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ')
}

/**
 * An ISO instant as UTC to the second, and to the millisecond for a tooltip:
 * "2026-11-22T10:15:03.123Z" -> { text: "2026-11-22 10:15:03", precise: "2026-11-22 10:15:03.123 UTC" }.
 * An unreadable value is shown as it came.
 */
export function formatUtcInstant(value: string): { text: string; precise: string } {
  const d = new Date(value)
  if (!value || Number.isNaN(d.getTime())) return { text: value, precise: value }
  const iso = d.toISOString()
  return { text: `${iso.slice(0, 10)} ${iso.slice(11, 19)}`, precise: `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC` }
}
