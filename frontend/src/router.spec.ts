import { describe, expect, it } from 'vitest'
import { safeRedirect, signInQuery } from './router'

describe('safeRedirect', () => {
  it('keeps paths inside the app, with their query and hash', () => {
    expect(safeRedirect('/nominals/N1')).toBe('/nominals/N1')
    expect(safeRedirect('/nominals?area=cumbria&sort=dob#x')).toBe('/nominals?area=cumbria&sort=dob#x')
    expect(safeRedirect(['/nominals/N2', '/other'])).toBe('/nominals/N2')
  })

  it('falls back to the start page (which sends each user on to theirs) for anything else', () => {
    for (const v of [undefined, null, '', 'nominals', '//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/sign-in', '/sign-in?redirect=/x', '/a\nb'])
      expect(safeRedirect(v), String(v)).toBe('/')
  })
})

describe('signInQuery', () => {
  it('remembers where the user was, except the home page', () => {
    expect(signInQuery({ path: '/nominals/N1', fullPath: '/nominals/N1?x=1' })).toEqual({ redirect: '/nominals/N1?x=1' })
    expect(signInQuery({ path: '/nominals', fullPath: '/nominals' })).toEqual({})
    expect(signInQuery({ path: '/', fullPath: '/' })).toEqual({})
  })
})
