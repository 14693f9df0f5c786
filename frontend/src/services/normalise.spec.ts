import { describe, expect, it } from 'vitest'
import { apiProfile } from '@/testing/fixtures'
import { normaliseProfile } from './normalise'

describe('normaliseProfile', () => {
  it('maps the backend identity fields (pncId, croNo, nomsNo) to the view model', () => {
    const p = normaliseProfile(apiProfile())

    expect(p.identity).toMatchObject({ pnc: '1999/0123456A', cro: '123456/99A', noms: 'A1234BC', heightCm: 183 })
    expect(p.officers).toEqual([{ id: 'of-9', name: 'Helen Ward', role: 'OFFENDER_MANAGER' }])
    expect(p.intelligence[0]).toMatchObject({
      source: 'POLICE',
      grading: '2/A/P',
      flags: { crime: false, domesticViolence: false, childPresent: true, vulnerablePerson: false },
    })
  })

  it('also accepts the simpler shape (pnc, name + redacted, source/grading/flags)', () => {
    const p = normaliseProfile({
      identity: { id: 'x', forename: 'A', surname: 'B', pnc: 'P1', cro: 'C1', noms: 'N1', marking: 'SECRET' },
      linkedPeople: [{ id: 'l', name: 'Open Person', kind: 'ASSOCIATE', roles: [], redacted: false }],
      intelligence: [{ id: 'i', source: 'Police', grading: '1/B/C', text: 't', flags: { crime: true } }],
    })

    expect(p.identity).toMatchObject({ pnc: 'P1', cro: 'C1', noms: 'N1', marking: 'SECRET' })
    expect(p.linkedPeople[0]).toMatchObject({ displayName: 'Open Person', redacted: false })
    expect(p.intelligence[0]).toMatchObject({ source: 'Police', grading: '1/B/C', flags: { crime: true, childPresent: false } })
    // Absent sections become empty lists; absent officers stay "not sent".
    expect(p.addresses).toEqual([])
    expect(p.mappaCase).toBeNull()
    expect(p.officers).toBeNull()
  })

  it('trusts the backend\'s redacted flag, and withholds nameless people as a safety net', () => {
    const p = normaliseProfile({
      identity: { id: 'x', forename: 'A', surname: 'B' },
      linkedPeople: [
        { id: 'l1', name: 'Jane Secretname', redacted: true },
        { id: null, forename: null, surname: null, roles: ['Victim'], redacted: true },
        { id: null, forename: null, surname: null, roles: ['Child'], redacted: true },
        { id: 'l4', roles: ['Associate'] },
        { id: null, forename: 'Vera', surname: 'Named', roles: ['Victim'], redacted: true },
        { id: 'l6', forename: 'Sam', surname: 'Shown', roles: ['Associate'], redacted: false },
        { id: 'l7', forename: 'Cleared', surname: 'Victim', roles: ['Victim'], redacted: false },
      ],
      orders: [
        {
          id: 'o',
          conditions: [
            {
              id: 'c',
              zones: [{ id: 'z', name: 'Zone', geometry: null, radiusM: null }],
              protectedPeople: [
                { victim: false, child: true, redacted: true },
                { victim: false, child: false, redacted: true },
                { id: 'p3', forename: null, surname: null, victim: true, child: false },
              ],
            },
          ],
        },
      ],
    })

    expect(p.linkedPeople.map((l) => [l.displayName, l.redacted])).toEqual([
      ['Details withheld', true],
      ['Victim (details withheld)', true],
      ['Child (details withheld)', true],
      ['Details withheld', true],
      ['Victim (details withheld)', true],
      ['Sam Shown', false],
      ['Cleared Victim', false],
    ])
    // People sent without an id still get distinct keys.
    expect(new Set(p.linkedPeople.map((l) => l.id)).size).toBe(7)
    const protectedPeople = p.orders[0]!.conditions[0]!.protectedPeople
    expect(protectedPeople.map((x) => x.displayName)).toEqual([
      'Child (details withheld)',
      'Protected person (details withheld)',
      'Victim (details withheld)',
    ])
    expect(new Set(protectedPeople.map((x) => x.id)).size).toBe(3)
    expect(p.orders[0]!.conditions[0]!.zones[0]).toMatchObject({ name: 'Zone', radiusM: null })
    expect(JSON.stringify(p)).not.toContain('Secretname')
    expect(JSON.stringify(p)).not.toContain('Vera')
  })
})
