import { describe, expect, it } from 'vitest'
import { canReadNominals, homePath, isAuditor } from './roles'

describe('roles', () => {
  it('opens nominals to casework roles only', () => {
    expect(canReadNominals({ roles: ['DTC_MEMBER'] })).toBe(true)
    expect(canReadNominals({ roles: ['AUDITOR'] })).toBe(false)
    expect(canReadNominals({ roles: ['ADMINISTRATOR'] })).toBe(false)
    expect(canReadNominals(null)).toBe(false)
  })

  it('sends each user to their own start page', () => {
    expect(homePath({ roles: ['ANALYST', 'AUDITOR'] })).toBe('/nominals')
    expect(homePath({ roles: ['AUDITOR'] })).toBe('/audit')
    expect(homePath({ roles: ['ADMINISTRATOR', 'AUDITOR'] })).toBe('/audit')
    expect(homePath({ roles: ['ADMINISTRATOR'] })).toBe('/administration')
    expect(isAuditor({ roles: ['ADMINISTRATOR', 'AUDITOR'] })).toBe(true)
  })
})
