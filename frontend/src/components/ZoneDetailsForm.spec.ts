import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ZoneDetailsForm from '@/components/ZoneDetailsForm.vue'
import type { NominalMap } from '@/services/geo'
import { stubApi } from '@/testing/apiStub'
import { jsonResponse } from '@/testing/fixtures'

type MapZone = NominalMap['zones'][number]

const SQUARE = { type: 'Polygon', coordinates: [[[-2.94, 54.89], [-2.93, 54.89], [-2.93, 54.9], [-2.94, 54.9], [-2.94, 54.89]]] }
const POLYGON: MapZone = {
  id: 'Z1', name: 'Carlisle north', from: '2024-01-01', to: null, condition: 'CN1', radiusM: null, centre: null, version: 3,
  geometry: SQUARE, protectedPerson: { id: 'V1', forename: 'Vera', surname: 'Quill' },
}
const CIRCLE: MapZone = {
  ...POLYGON, id: 'Z2', name: null, radiusM: 400, centre: { lat: 54.893, lng: -2.933 },
  geometry: { type: 'Polygon', coordinates: [[[-2.93, 54.89]]] }, // drawn as a 64-sided polygon: never sent back
  protectedPerson: { id: 'V9', forename: 'Olive', surname: 'Hart' }, // an offence victim the condition does not name
}
const CONDITIONS: NominalMap['zoneConditions'] = [
  { id: 'CN1', wording: 'Not to enter Carlisle north', from: '2024-01-01', to: null, protects: [{ id: 'V1', forename: 'Vera', surname: 'Quill' }] },
  { id: 'CN4', wording: 'Not to enter the park', from: '2024-01-01', to: null, protects: [{ id: 'V2', forename: 'Ann', surname: 'Lee' }] },
]

const api = stubApi(() => jsonResponse({ id: 'Z1', version: 4, name: 'Carlisle centre', conflictsOpen: 2, conflictsResolved: 1 }))
let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function mountForm(zone: MapZone = POLYGON, purpose: string | null = null): VueWrapper {
  wrapper = mount(ZoneDetailsForm, { props: { zone, conditions: CONDITIONS, purpose }, attachTo: document.body })
  return wrapper
}

function value(w: VueWrapper, id: string): string {
  return (w.get(id).element as HTMLInputElement | HTMLSelectElement).value
}

function options(w: VueWrapper, id: string): string[] {
  return w.get(id).findAll('option').map((o) => o.text())
}

describe('ZoneDetailsForm', () => {
  it('starts from the zone as loaded and saves new name and dates with its version and its shape as stored', async () => {
    const w = mountForm(POLYGON, 'licence review')
    expect(value(w, '#zone-details-condition')).toBe('CN1')
    expect(value(w, '#zone-details-protects')).toBe('V1')
    expect(value(w, '#zone-details-name')).toBe('Carlisle north')
    expect(value(w, '#zone-details-from')).toBe('2024-01-01')
    expect(value(w, '#zone-details-to')).toBe('')
    await w.get('#zone-details-name').setValue('Carlisle centre')
    await w.get('#zone-details-from').setValue('2024-03-01')
    await w.get('#zone-details-to').setValue('2027-02-28')
    await w.get('form').trigger('submit')
    await flushPromises()

    const { url, method, body } = api.last()
    expect(url).toBe('/api/zones/Z1')
    expect(method).toBe('PUT')
    expect(body).toEqual({
      condition: 'CN1', protectedPerson: 'V1', name: 'Carlisle centre', from: '2024-03-01', to: '2027-02-28', version: 3,
      geometry: SQUARE, radiusM: null,
    })
    expect((api.mock.mock.calls[0]![1]!.headers as Record<string, string>)['X-Vigil-Purpose']).toBe('licence review')
    expect(w.emitted('saved')).toEqual([['Zone Carlisle centre saved; 2 conflicts now open for this nominal.']])
  })

  it('sends a circle back as its centre and radius, and moves it to another condition and person', async () => {
    const w = mountForm(CIRCLE)
    expect(options(w, '#zone-details-condition')).toEqual(['CN1: Not to enter Carlisle north', 'CN4: Not to enter the park'])
    expect(options(w, '#zone-details-protects')).toEqual(['Olive Hart', 'Vera Quill']) // whoever it protects now stays a choice
    expect(value(w, '#zone-details-protects')).toBe('V9')
    await w.get('#zone-details-condition').setValue('CN4')
    expect(options(w, '#zone-details-protects')).toEqual(['Olive Hart', 'Ann Lee'])
    await w.get('#zone-details-protects').setValue('V2')
    await w.get('#zone-details-to').setValue('2026-12-31')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(api.last().body).toEqual({
      condition: 'CN4', protectedPerson: 'V2', name: null, from: '2024-01-01', to: '2026-12-31', version: 3,
      geometry: { type: 'Point', coordinates: [-2.933, 54.893] }, radiusM: 400,
    })
  })

  it('keeps an ended condition of the zone as a choice', () => {
    const w = mountForm({ ...POLYGON, condition: 'CN-OLD' })
    expect(options(w, '#zone-details-condition')[0]).toBe('CN-OLD')
    expect(value(w, '#zone-details-condition')).toBe('CN-OLD')
    expect(value(w, '#zone-details-protects')).toBe('V1')
  })

  it("shows a refusal's reason on the form and stays open", async () => {
    api.answer = () => jsonResponse({ error: 'to must not be before from' }, 400)
    const w = mountForm()
    await w.get('#zone-details-to').setValue('2023-01-01')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('[role="alert"]').text()).toBe('to must not be before from')
    expect(w.emitted('saved')).toBeUndefined()
    expect(w.get('button[type="submit"]').attributes('disabled')).toBeUndefined() // fix it and save again
  })

  it('says the zone changed meanwhile on a 409, and cancelling asks the page to reload', async () => {
    api.answer = () =>
      jsonResponse({ error: 'Someone else changed zone Z1 since you opened the map (you edited version 3, it is now version 4): reload the map and edit it again.' }, 409)
    const w = mountForm()
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('[role="alert"]').text()).toContain('Someone else changed zone Z1')
    expect(w.get('[role="alert"]').text()).toContain('Cancel to reload the map')
    expect(w.get('button[type="submit"]').attributes('disabled')).toBeDefined()
    await w.findAll('button').find((b) => b.text() === 'Cancel')!.trigger('click')
    expect(w.emitted('cancel')).toEqual([[true]])
  })

  it('cancels without a reload when nothing went wrong', async () => {
    const w = mountForm()
    await w.findAll('button').find((b) => b.text() === 'Cancel')!.trigger('click')
    expect(w.emitted('cancel')).toEqual([[false]])
    expect(api.mock).not.toHaveBeenCalled()
  })
})
