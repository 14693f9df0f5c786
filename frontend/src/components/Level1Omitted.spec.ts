import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Level1Omitted from '@/components/Level1Omitted.vue'

// The line that tells a chair how many level 1 cases with a new event the per-meeting cap left off.

describe('Level1Omitted', () => {
  it('says how many level 1 cases were not proposed, by trigger, with thousands separated', () => {
    const w = mount(Level1Omitted, { props: { cap: 30,
      omitted: { count: 17046, byTrigger: { BREACH: 120, RISK_LEVEL_CHANGE: 30, NEW_CONFLICT: 16896 } } } })
    const text = w.get('[data-test="level1-omitted"]').text()
    expect(text).toContain('17,046 more level 1 cases with new events were not proposed: 120 breaches, 30 RoSH rises, 16,896 new conflicts.')
    expect(text).toContain('At most 30 level 1 cases')
  })

  it('leaves out triggers with none and speaks of one case in the singular', () => {
    const w = mount(Level1Omitted, { props: { omitted: { count: 1, byTrigger: { BREACH: 0, RISK_LEVEL_CHANGE: 0, NEW_CONFLICT: 1 } } } })
    expect(w.text()).toContain('1 more level 1 case with a new event was not proposed: 1 new conflict.')
    // no "0 breaches, 0 RoSH rises": the sentence ends after the one trigger there was
    expect(w.text()).toMatch(/^1 more level 1 case with a new event was not proposed: 1 new conflict\. At most/)
  })

  it('shows nothing when no level 1 case was left off', () => {
    const w = mount(Level1Omitted, { props: { omitted: { count: 0, byTrigger: { BREACH: 0, RISK_LEVEL_CHANGE: 0, NEW_CONFLICT: 0 } } } })
    expect(w.find('[data-test="level1-omitted"]').exists()).toBe(false)
  })
})
