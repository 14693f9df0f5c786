import { describe, expect, it } from 'vitest'
import { GENERAL, byField, problemField, recordProblems } from './recordProblems'

describe('recordProblems', () => {
  it('puts each problem of the backend on its field', () => {
    // Messages as CaseRecord.problems writes them.
    expect(problemField('decision 1: reason is required (at least 3 characters)')).toBe('dec-0-reason')
    expect(problemField('decision 2: decision is required (at least 3 characters)')).toBe('dec-1-decision')
    expect(problemField('action 1: description (specific: what is to be done) is required (at least 10 characters)')).toBe('act-0-description')
    expect(problemField('action 2: ownerId is required (who will do it)')).toBe('act-1-owner')
    expect(problemField('action 1: agencyId is required (for which agency)')).toBe('act-0-agency')
    expect(problemField('action 1: dueDate must be between the meeting day (2026-12-01) and two years after it')).toBe('act-0-due')
    expect(problemField('action update 1: status must be OPEN, DONE or CANCELLED')).toBe('upd-0-status')
    expect(problemField('levelChange: level must be 1, 2 or 3')).toBe('lc-level')
    expect(problemField('levelChange: reason is required (at least 3 characters)')).toBe('lc-reason')
    expect(problemField('disclosure 1: disclose (true or false) is required')).toBe('dis-0-disclose')
    expect(problemField('disclosure 1: recipient (to whom) is required (at least 2 characters)')).toBe('dis-0-recipient')
    expect(problemField('disclosure 3: what is disclosed is required (at least 2 characters)')).toBe('dis-2-what')
    expect(problemField('disclosure 1: reason (why, or why not) is required (at least 3 characters)')).toBe('dis-0-reason')
    expect(problemField('disclosure 1: reviewDate must not be before the meeting day (2026-12-01)')).toBe('dis-0-review')
    expect(problemField('nothing to record: give decisions, actions, actionUpdates, levelChange or disclosures')).toBe(GENERAL)
  })

  it('splits a message into one error per problem, the first of a field shown next to it', () => {
    const errors = recordProblems('action 1: ownerId is required (who will do it); action 1: agencyId is required (for which agency); '
      + 'action 1: ownerId is unknown')
    expect(errors.map((e) => e.field)).toEqual(['act-0-owner', 'act-0-agency', 'act-0-owner'])
    expect(errors[0]!.text).toBe('Action 1: owner is required (who will do it)')
    expect(byField(errors)).toEqual({ 'act-0-owner': 'Action 1: owner is required (who will do it)',
      'act-0-agency': 'Action 1: agency is required (for which agency)' })
    expect(recordProblems('levelChange: reason is required; disclosure 1: reviewDate must not be before the meeting day')
      .map((e) => e.text)).toEqual(['Level change: reason is required', 'Disclosure 1: review date must not be before the meeting day'])
  })
})
