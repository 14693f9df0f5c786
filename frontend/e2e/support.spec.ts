// @vitest-environment node
// A unit check of the e2e suite's TOTP code (runs with the unit tests, needs no browser).
import { describe, expect, it } from 'vitest'
import { base32Decode, hotp, totp, totpStep, wrongCode, DEMO_ANALYST } from './support'

// RFC 6238 appendix B: SHA-1, the 20-byte ASCII seed "12345678901234567890", 8 digits.
const RFC_SEED_BASE32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const RFC_VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
]

describe('TOTP for the e2e sign-in', () => {
  it('decodes base32', () => {
    expect(base32Decode(RFC_SEED_BASE32).toString('ascii')).toBe('12345678901234567890')
    expect(base32Decode('my======').toString('ascii')).toBe('f')
    expect(() => base32Decode('A1')).toThrow()
  })

  it.each(RFC_VECTORS)('matches RFC 6238 at T=%i', (time, expected) => {
    expect(totp(RFC_SEED_BASE32, time, 8)).toBe(expected)
    // Six digits are the last six of the same number.
    expect(totp(RFC_SEED_BASE32, time)).toBe(expected.slice(2))
  })

  it('matches RFC 4226 HOTP test values', () => {
    const key = Buffer.from('12345678901234567890', 'ascii')
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489'])
  })

  it('uses 30-second steps', () => {
    expect(totpStep(59)).toBe(1)
    expect(totp(DEMO_ANALYST.secret, 60)).toBe(totp(DEMO_ANALYST.secret, 89.9))
    expect(totp(DEMO_ANALYST.secret, 60)).toMatch(/^\d{6}$/)
  })

  it('makes a wrong code that is none of the codes the server would accept now', () => {
    const now = Date.now() / 1000
    const code = wrongCode(DEMO_ANALYST)
    expect(code).toMatch(/^\d{6}$/)
    expect([-30, 0, 30].map((d) => totp(DEMO_ANALYST.secret, now + d))).not.toContain(code)
  })
})
