import { describe, expect, it } from 'vitest'
import { agencyName, formatDate, formatPeriod, formatSex, humanise, isCurrent, markingLabel } from './format'

describe('format', () => {
  it('formats ISO dates the GOV.UK way, without time-zone drift', () => {
    expect(formatDate('1980-03-02')).toBe('2 March 1980')
    expect(formatDate('2024-12-31')).toBe('31 December 2024')
    expect(formatDate('2024-06-30T23:30:00Z')).toBe('1 July 2024') // London is UTC+1 in summer
    expect(formatDate(null)).toBe('Not recorded')
  })

  it('describes periods, open-ended ones as "to present"', () => {
    expect(formatPeriod('2020-01-01', null)).toBe('1 January 2020 to present')
    expect(formatPeriod('2020-01-01', '2021-02-03')).toBe('1 January 2020 to 3 February 2021')
    expect(formatPeriod(null, null)).toBe('Not recorded')
  })

  it('treats a period as current until its end date has passed', () => {
    expect(isCurrent(null, '2025-01-01')).toBe(true)
    expect(isCurrent('2025-01-01', '2025-01-01')).toBe(true)
    expect(isCurrent('2024-12-31', '2025-01-01')).toBe(false)
  })

  it('humanises enum values and prints markings as documents do', () => {
    expect(humanise('VERY_HIGH')).toBe('Very high')
    expect(humanise('SHPO')).toBe('SHPO')
    expect(humanise('MAPPA_F')).toBe('MAPPA F')
    expect(humanise('MOBILE_PHONE')).toBe('Mobile phone')
    expect(humanise('RM2000')).toBe('RM2000')
    expect(markingLabel('OFFICIAL_SENSITIVE')).toBe('OFFICIAL-SENSITIVE')
    expect(markingLabel('SECRET')).toBe('SECRET')
    expect(markingLabel(null)).toBe('OFFICIAL')
  })

  it('spells out sex codes', () => {
    expect(formatSex('M')).toBe('Male')
    expect(formatSex('f')).toBe('Female')
    expect(formatSex('FEMALE')).toBe('Female')
    expect(formatSex(null)).toBe('Not recorded')
  })
})

describe('agencyName', () => {
  it('turns an agency id into words', () => {
    expect(agencyName('cumbria-police')).toBe('Cumbria Police')
    expect(agencyName('cumbria-hmp-haverigg')).toBe('Cumbria HMP Haverigg')
    expect(agencyName('cumbria-childrens-services')).toBe('Cumbria Childrens Services')
    expect(agencyName(null)).toBe('')
  })
})
