import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AttendanceForm from '@/components/AttendanceForm.vue'
import InviteForm from '@/components/InviteForm.vue'
import MeetingPlanForm from '@/components/MeetingPlanForm.vue'
import type { AgendaItem, Invitee, MeetingDirectory } from '@/services/meetings'
import { stubApi } from '@/testing/apiStub'
import { jsonResponse } from '@/testing/fixtures'

// The chair's planning and after-the-meeting forms: what they send, and the backend's 400 on the field.

const MEETING = { meeting: { id: 'M9', area: 'north', level: 3, date: '2027-01-10T09:30:00Z', status: 'PLANNED' }, chair: null,
  invitees: [], agencies: [], agenda: [], proposed: [], rules: { reviewDays: {}, lookaheadDays: 28 }, youChair: true }
const DIRECTORY: MeetingDirectory = {
  officers: [{ id: 'OD1', forename: 'Dana', surname: 'Kerr', role: 'SOCIAL_WORKER', agencyId: 'cs', agency: "Children's Services", invited: false }],
  totalOfficers: 1, agencies: [], youChair: true,
}
const item = (caseId: string, surname: string) => ({ caseId, forename: 'Alex', surname } as AgendaItem)
const invitee = (id: string, attended: boolean | null): Invitee =>
  ({ id, forename: id, surname: 'Smith', role: null, agency: 'Police', agencyId: 'police', attended })

const api = stubApi(() => jsonResponse(MEETING))
const lastRequest = () => api.last()
let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('MeetingPlanForm', () => {
  async function mountPlan() {
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/meetings', component: { template: '<p />' } },
      { path: '/meetings/:id', name: 'meeting', component: { template: '<p>meeting</p>' } }] })
    await router.push('/meetings')
    wrapper = mount(MeetingPlanForm, { props: { area: 'north', areaName: 'North Shire' }, global: { plugins: [router] }, attachTo: document.body })
    return { w: wrapper, router }
  }

  it('plans a level 3 panel in the chosen area at the local date and time and opens it', async () => {
    const { w, router } = await mountPlan()
    expect(w.text()).toContain('In North Shire, chaired by you')
    await w.get('#plan-level').setValue('3')
    await w.get('#plan-date').setValue('2027-01-10')
    await w.get('#plan-time').setValue('09:30')
    await w.get('form').trigger('submit')
    await flushPromises()
    const sent = lastRequest()
    expect(sent.url).toContain('/api/meetings')
    expect(sent.method).toBe('POST')
    expect(sent.body).toEqual({ area: 'north', level: 3, date: new Date('2027-01-10T09:30').toISOString(), agencies: [], invitees: [] })
    expect(router.currentRoute.value.fullPath).toBe('/meetings/M9')
  })

  it('needs a date, and shows the backend\'s refusal on its field', async () => {
    const { w } = await mountPlan()
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(api.mock).not.toHaveBeenCalled()
    expect(w.get('#plan-date-error').text()).toContain('Enter the date and time')

    api.answer = () => jsonResponse({ error: 'date must be an ISO date and time with an offset', status: 400 }, 400)
    await w.get('#plan-date').setValue('2027-01-10')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('[data-testid="error-summary"] a').attributes('href')).toBe('#plan-date')
    expect(w.get('#plan-date').attributes('aria-invalid')).toBe('true')
  })
})

describe('InviteForm', () => {
  it('invites a person from the directory for the chosen cases of the agenda', async () => {
    wrapper = mount(InviteForm, { props: { meetingId: 'M9', agenda: [item('K1', 'Marsh'), item('K7', 'Lamb')], directory: DIRECTORY } })
    await wrapper.get('#inv-officer').setValue('OD1')
    await wrapper.findAll('input[type="checkbox"]')[1]!.setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(lastRequest()).toEqual({ url: expect.stringContaining('/api/meetings/M9/invitations'), method: 'POST',
      body: { officerId: 'OD1', cases: ['K7'] } })
    expect(wrapper.get('[role="status"]').text()).toBe('Dana Kerr is invited for 1 case.')
    expect(wrapper.emitted('invited')).toHaveLength(1)
  })

  it('puts a case the backend refuses on the cases', async () => {
    api.answer = () => jsonResponse({ error: "Not on this meeting's agenda: K7", status: 400 }, 400)
    wrapper = mount(InviteForm, { props: { meetingId: 'M9', agenda: [item('K7', 'Lamb')], directory: DIRECTORY }, attachTo: document.body })
    await wrapper.get('#inv-officer').setValue('OD1')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#inv-cases-error').text()).toContain('K7')
  })
})

describe('AttendanceForm', () => {
  it('sends who attended, who sent apologies, and the minutes; leaves out those not recorded', async () => {
    wrapper = mount(AttendanceForm, { props: { meetingId: 'M9', invitees: [invitee('A', true), invitee('B', null), invitee('C', null)], minutes: null } })
    expect((wrapper.get('#att-A').element as HTMLSelectElement).value).toBe('yes')
    await wrapper.get('#att-B').setValue('no')
    await wrapper.get('#att-minutes').setValue('All cases heard.')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(lastRequest().body).toEqual({ attendance: [{ officerId: 'A', attended: true }, { officerId: 'B', attended: false }],
      minutes: 'All cases heard.' })
    expect(wrapper.get('[role="status"]').text()).toContain('The meeting is held')
  })

  it('shows the backend\'s problems', async () => {
    api.answer = () => jsonResponse({ error: 'nothing to record: give attendance or minutes; No officer with id Z', status: 400 }, 400)
    wrapper = mount(AttendanceForm, { props: { meetingId: 'M9', invitees: [], minutes: null }, attachTo: document.body })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.findAll('[data-testid="error-summary"] li').map((l) => l.text()))
      .toEqual(['Nothing to record: give attendance or minutes', 'No officer with id Z'])
  })
})
