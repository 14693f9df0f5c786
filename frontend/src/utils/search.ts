// Words for the search API's codes (docs/api.md "Search"). Unknown codes, which the backend may
// add, are turned into words rather than hidden.
import { humanise } from './format'

const TYPE_LABELS: Record<string, string> = {
  PERSON: 'Person',
  VEHICLE: 'Vehicle',
  DEVICE: 'Phone or device',
  ACCOUNT: 'Account',
  ADDRESS: 'Address',
  INTELLIGENCE: 'Intelligence',
}

/** PERSON -> "Person", DEVICE -> "Phone or device". */
export function searchTypeLabel(type: string | null | undefined): string {
  if (!type) return ''
  return TYPE_LABELS[type.toUpperCase()] ?? humanise(type)
}

const TIER_LABELS: Record<string, string> = {
  EXACT: 'Exact',
  IDENTIFIER: 'Identifier',
  NICKNAME: 'Nickname',
  PHONETIC: 'Phonetic',
  FUZZY: 'Fuzzy',
  PARTIAL: 'Partial',
  TEXT: 'Text',
}

/** How well an item matched: EXACT -> "Exact". */
export function tierLabel(tier: string | null | undefined): string {
  if (!tier) return ''
  return TIER_LABELS[tier.toUpperCase()] ?? humanise(tier)
}

/** A relationship type as words: USES_VEHICLE -> "Uses vehicle". */
export function relationLabel(relation: string | null | undefined): string {
  return relation ? humanise(relation) : ''
}

const UNDERSTOOD_LABELS: Record<string, string> = {
  NAME: 'a name',
  VRM: 'a vehicle registration',
  PLATE: 'a vehicle registration',
  PHONE: 'a phone number',
  POSTCODE: 'a postcode',
  IDENTIFIER: 'an identifier',
  DOB: 'a date of birth',
  EMAIL: 'an email address',
  TEXT: 'words',
}

/** What the server took the query to be: ["NAME", "DOB"] -> "a name and a date of birth". */
export function understoodText(understood: readonly string[] | null | undefined): string {
  const words = (understood ?? []).map((u) => UNDERSTOOD_LABELS[u.toUpperCase()] ?? humanise(u).toLowerCase())
  const unique = [...new Set(words)]
  if (unique.length <= 1) return unique[0] ?? ''
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`
}
