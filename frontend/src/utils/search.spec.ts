import { describe, expect, it } from 'vitest'
import { relationLabel, searchTypeLabel, tierLabel, understoodText } from './search'

describe('search labels', () => {
  it('names the record types and match tiers, and turns unknown codes into words', () => {
    expect(['PERSON', 'VEHICLE', 'DEVICE', 'ACCOUNT', 'ADDRESS', 'INTELLIGENCE'].map(searchTypeLabel)).toEqual([
      'Person',
      'Vehicle',
      'Phone or device',
      'Account',
      'Address',
      'Intelligence',
    ])
    expect(['EXACT', 'IDENTIFIER', 'NICKNAME', 'PHONETIC', 'FUZZY', 'PARTIAL', 'TEXT'].map(tierLabel)).toEqual([
      'Exact',
      'Identifier',
      'Nickname',
      'Phonetic',
      'Fuzzy',
      'Partial',
      'Text',
    ])
    expect(searchTypeLabel('BOAT_MOORING')).toBe('Boat mooring')
    expect(tierLabel('TRANSLITERATION')).toBe('Transliteration')
    expect(relationLabel('USES_VEHICLE')).toBe('Uses vehicle')
  })

  it('says what the query was taken to be', () => {
    expect(understoodText(['NAME'])).toBe('a name')
    expect(understoodText(['NAME', 'DOB'])).toBe('a name and a date of birth')
    expect(understoodText(['VRM', 'PHONE', 'POSTCODE'])).toBe('a vehicle registration, a phone number and a postcode')
    expect(understoodText([])).toBe('')
    expect(understoodText(undefined)).toBe('')
  })
})
