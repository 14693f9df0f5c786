import { describe, expect, it } from 'vitest'
import {
  auditSearchToQuery,
  endOfDayUtc,
  fromDateOf,
  isDate,
  parseAuditSearch,
  splitObject,
  startOfDayUtc,
  toDateOf,
} from './useAuditSearch'

describe('audit dates', () => {
  it('turns a date into the UTC instants the API wants: from the start of the day, to the start of the next', () => {
    expect(startOfDayUtc('2026-11-01')).toBe('2026-11-01T00:00:00Z')
    expect(endOfDayUtc('2026-11-01')).toBe('2026-11-02T00:00:00Z')
    expect(endOfDayUtc('2026-12-31')).toBe('2027-01-01T00:00:00Z')
    expect(endOfDayUtc('2028-02-28')).toBe('2028-02-29T00:00:00Z')
    expect(() => startOfDayUtc('2026-02-30')).toThrow()
  })

  it('shows instants back as the dates they cover', () => {
    expect(fromDateOf('2026-11-01T00:00:00Z')).toBe('2026-11-01')
    expect(toDateOf('2026-11-02T00:00:00Z')).toBe('2026-11-01')
    expect(toDateOf('2026-11-02T10:00:00Z')).toBe('2026-11-02')
    expect(fromDateOf('yesterday')).toBe('')
    expect(toDateOf(undefined)).toBe('')
  })

  it('knows a real date', () => {
    expect(isDate('2024-02-29')).toBe(true)
    expect(isDate('2026-02-29')).toBe(false)
    expect(isDate('1/11/2026')).toBe(false)
  })
})

describe('the audit URL query', () => {
  it('is the API query, passed on as given for the server to judge', () => {
    expect(parseAuditSearch({ object: ' PERSON:N1 ', user: 'demo.police', event: 'nonsense', page: '2', size: '10' })).toEqual({
      object: 'PERSON:N1',
      user: 'demo.police',
      event: 'nonsense',
      from: undefined,
      to: undefined,
      page: 2,
      size: 10,
    })
    expect(parseAuditSearch({ page: '-1', size: '500', from: '2026-11-01T12:00:00Z' })).toMatchObject({
      page: 0,
      size: 50,
      from: '2026-11-01T12:00:00Z',
    })
  })

  it('leaves out empty filters and default paging', () => {
    expect(auditSearchToQuery({ object: 'CASE:C9', user: '', page: 0, size: 50 })).toEqual({ object: 'CASE:C9' })
    expect(auditSearchToQuery({ page: 3, size: 20 })).toEqual({ page: '3', size: '20' })
  })

  it('splits an object key at the first colon', () => {
    expect(splitObject('PERSON:N1')).toEqual({ type: 'PERSON', id: 'N1' })
    expect(splitObject('address:A:1')).toEqual({ type: 'ADDRESS', id: 'A:1' })
    expect(splitObject('N1')).toEqual({ type: '', id: 'N1' })
    expect(splitObject(undefined)).toBeNull()
  })
})
