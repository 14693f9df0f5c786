import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import CaseRecordForm from '@/components/CaseRecordForm.vue'
import type { MeetingDirectory } from '@/services/meetings'
import { stubApi } from '@/testing/apiStub'
import { jsonResponse } from '@/testing/fixtures'

const DIRECTORY: MeetingDirectory = {
  officers: [
    { id: 'OM1', forename: 'Sam', surname: 'Reid', role: 'OFFENDER_MANAGER', agencyId: 'probation', agency: 'Probation Service', invited: true },
    { id: 'OP1', forename: 'Priya', surname: 'Shah', role: 'POLICE_OFFENDER_MANAGER', agencyId: 'police', agency: 'Constabulary', invited: true },
  ],
  totalOfficers: 2,
  agencies: [{ id: 'police', name: 'Constabulary', type: 'POLICE' }, { id: 'probation', name: 'Probation Service', type: 'PROBATION' }],
  youChair: true,
}

const api = stubApi(() => jsonResponse({ level: 2, decisions: ['d1'], actions: ['a1'], disclosures: [] }))
let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function mountForm(): VueWrapper {
  wrapper = mount(CaseRecordForm, { props: { meetingId: 'MN', caseId: 'K1', level: 2, category: 1, directory: DIRECTORY }, attachTo: document.body })
  return wrapper
}

function sent(): Record<string, unknown> {
  const { url, method, body } = api.last()
  expect(url).toContain('/api/meetings/MN/record')
  expect(method).toBe('POST')
  return body as Record<string, unknown>
}

describe('CaseRecordForm', () => {
  it('sends decisions, an action with the owner chosen by name and their agency, a level change and a disclosure', async () => {
    const w = mountForm()
    await w.get('#dec-0-decision').setValue('Move to level 3')
    await w.get('#dec-0-reason').setValue('Breach of the SHPO')
    await w.get('#act-0-description').setValue('Joint home visit with device examination')
    const owner = w.get('#act-0-owner')
    expect(owner.text()).toContain('Priya Shah, police offender manager')
    expect(owner.findAll('optgroup').map((g) => g.attributes('label'))).toEqual(['Constabulary', 'Probation Service'])
    await owner.setValue('OP1')
    expect((w.get('#act-0-agency').element as HTMLSelectElement).value).toBe('police') // the owner's agency
    await w.get('#act-0-due').setValue('2027-01-20')
    await w.get('#act-0-pillar').setValue('MONITORING_CONTROL')
    expect(w.find('#lc-level').findAll('option').map((o) => o.text())).toEqual(['No change', 'Level 1', 'Level 3'])
    await w.get('#lc-level').setValue('3')
    await w.get('#lc-reason').setValue('Imminent risk to the victim')
    await w.findAll('button').find((b) => b.text() === 'Add a disclosure decision')!.trigger('click')
    await w.get('input[name="dis-0-disclose"][value="no"]').setValue(true)
    expect(w.find('#dis-0-what').exists()).toBe(false) // nothing is disclosed: no "what"
    await w.get('#dis-0-recipient').setValue('Employer')
    await w.get('#dis-0-reason').setValue('No access to children at work')
    await w.get('form').trigger('submit')
    await flushPromises()

    expect(sent()).toEqual({
      caseId: 'K1',
      decisions: [{ decision: 'Move to level 3', reason: 'Breach of the SHPO' }],
      actions: [{ description: 'Joint home visit with device examination', ownerId: 'OP1', agencyId: 'police',
        dueDate: '2027-01-20', pillar: 'MONITORING_CONTROL' }],
      levelChange: { level: 3, reason: 'Imminent risk to the victim' },
      disclosures: [{ disclose: false, recipient: 'Employer', what: '', reason: 'No access to children at work', reviewDate: null }],
    })
    expect(w.get('[role="status"]').text()).toContain('Recorded')
    expect(w.emitted('recorded')).toHaveLength(1)
    expect((w.get('#dec-0-decision').element as HTMLInputElement).value).toBe('') // ready for the next
  })

  it('shows every problem of a 400 in the summary and next to its field', async () => {
    api.answer = () => jsonResponse({ error: 'action 1: ownerId is required (who will do it); '
      + 'action 1: dueDate must be between the meeting day (2026-12-01) and two years after it; '
      + 'decision 1: reason is required (at least 3 characters)', status: 400 }, 400)
    const w = mountForm()
    await w.get('#dec-0-decision').setValue('Stay at level 2')
    await w.get('#act-0-description').setValue('Visit the approved premises')
    await w.get('form').trigger('submit')
    await flushPromises()

    const summary = w.get('[data-testid="error-summary"]')
    expect(summary.findAll('a').map((a) => a.attributes('href'))).toEqual(['#act-0-owner', '#act-0-due', '#dec-0-reason'])
    expect(w.get('#act-0-owner-error').text()).toContain('Action 1: owner is required')
    expect(w.get('#act-0-owner').attributes('aria-invalid')).toBe('true')
    expect(w.get('#act-0-owner').attributes('aria-describedby')).toBe('act-0-owner-error')
    expect(w.get('#dec-0-reason-error').text()).toContain('reason is required')
    expect(w.find('#act-0-description-error').exists()).toBe(false)
    expect((w.get('#act-0-description').element as HTMLTextAreaElement).value).toBe('Visit the approved premises') // kept
    expect(w.emitted('recorded')).toBeUndefined()
  })

  it('closes open actions: done on the meeting day unless changed, or cancelled; the others are not sent', async () => {
    const actions = [
      { id: 'A1', description: 'Home visit', dueDate: '2026-11-01', status: 'OPEN' },
      { id: 'A2', description: 'Refer to housing', dueDate: '2026-12-01', status: 'OPEN' },
      { id: 'A3', description: 'Device check', dueDate: '2026-12-05', status: 'OPEN' },
      { id: 'A4', description: 'Old referral', dueDate: '2025-01-01', status: 'DONE' },
    ]
    wrapper = mount(CaseRecordForm, { props: { meetingId: 'MN', caseId: 'K1', level: 2, category: 1, directory: DIRECTORY, actions,
      meetingDay: '2026-11-30' }, attachTo: document.body })
    expect(wrapper.text()).not.toContain('Old referral') // only open actions
    await wrapper.get('#upd-A2-status').setValue('CANCELLED')
    await wrapper.get('#upd-A3-status').setValue('DONE')
    expect((wrapper.get('#upd-A3-done').element as HTMLInputElement).value).toBe('2026-11-30')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(sent()).toEqual({ caseId: 'K1', actionUpdates: [
      { actionId: 'A2', status: 'CANCELLED', doneDate: null }, { actionId: 'A3', status: 'DONE', doneDate: '2026-11-30' }] })
  })

  it('puts a problem with an action update on that action', async () => {
    api.answer = () => jsonResponse({ error: 'action update 1: doneDate must be a date, YYYY-MM-DD', status: 400 }, 400)
    wrapper = mount(CaseRecordForm, { props: { meetingId: 'MN', caseId: 'K1', level: 2, category: 1, directory: DIRECTORY,
      actions: [{ id: 'A1', description: 'Home visit', dueDate: null, status: 'OPEN' }, { id: 'A2', description: 'Refer', dueDate: null, status: 'OPEN' }] },
    attachTo: document.body })
    await wrapper.get('#upd-A2-status').setValue('DONE')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    // A2 was the first (and only) update sent: "action update 1" is about it.
    expect(wrapper.get('#upd-0-done-error').text()).toContain('Action update 1: done date must be a date')
    expect(wrapper.get('#upd-0-done').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#upd-A1-status').exists()).toBe(true)
  })

  it('offers only the levels the case may move to', async () => {
    wrapper = mount(CaseRecordForm, { props: { meetingId: 'MN', caseId: 'K3', level: 2, category: 3, directory: DIRECTORY } })
    expect(wrapper.find('#lc-level').findAll('option').map((o) => o.text())).toEqual(['No change', 'Level 3'])
  })

  it('asks whether to disclose before sending a disclosure decision', async () => {
    const w = mountForm()
    await w.findAll('button').find((b) => b.text() === 'Add a disclosure decision')!.trigger('click')
    await w.get('#dis-0-recipient').setValue('Head teacher')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(api.mock).not.toHaveBeenCalled()
    expect(w.get('#dis-0-disclose-error').text()).toContain('say whether to disclose')
  })
})
