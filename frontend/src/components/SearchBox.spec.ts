import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/services/api'
import { search } from '@/services/search'
import type { SearchItem, SearchParams, SearchResponse } from '@/services/types'
import SearchBox from './SearchBox.vue'

vi.mock('@/services/search', () => ({ search: vi.fn(), recordSelection: vi.fn() }))
const searchMock = vi.mocked(search)

function item(id: string, title: string, overrides: Partial<SearchItem> = {}): SearchItem {
  return { type: 'PERSON', id, title, subtitle: 'born 12/03/1985 · Carlisle', roles: ['NOMINAL'], tier: 'PARTIAL', score: 1, matches: [], people: [], ...overrides }
}

function answer(q: string, items: SearchItem[]): SearchResponse {
  return { searchId: `sid-${q}`, query: q, understood: ['NAME'], total: items.length, capped: false, page: 0, size: 6, items, facets: null, notices: [] }
}

/** A promise the test settles when it wants: to answer requests out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

let wrapper: VueWrapper | null = null

function mountBox(modelValue = '') {
  wrapper = mount(SearchBox, { props: { modelValue }, attachTo: document.body })
  const input = wrapper.get('input[role="combobox"]')
  ;(input.element as HTMLInputElement).focus()
  return { wrapper, input }
}

/** Types `text` and lets the debounce run out. */
async function type(input: ReturnType<VueWrapper['get']>, text: string, wait = 250) {
  await input.setValue(text)
  await vi.advanceTimersByTimeAsync(wait)
  await flushPromises()
}

const options = () => wrapper!.findAll('[role="option"]')
const active = () => wrapper!.get('input').attributes('aria-activedescendant')

beforeEach(() => {
  vi.useFakeTimers()
  searchMock.mockReset()
  searchMock.mockImplementation(async (params: SearchParams) =>
    answer(params.q, [item('N1', `${params.q} One`), item('V1', 'KX61 ABC', { type: 'VEHICLE', roles: undefined }), item('N3', `${params.q} Three`)]),
  )
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
})

describe('SearchBox type-ahead', () => {
  it('is a labelled combobox with a hint, closed to start with', () => {
    const { input } = mountBox('Jon Smyth')
    expect((input.element as HTMLInputElement).value).toBe('Jon Smyth')
    expect(wrapper!.get('label').text()).toBe('Search people, vehicles, phones, addresses and intelligence')
    expect(wrapper!.get(`#${input.attributes('aria-describedby')}`).text()).toContain('KX6?')
    expect(input.attributes()).toMatchObject({ 'aria-expanded': 'false', 'aria-autocomplete': 'list', 'aria-controls': 'search-q-listbox' })
    expect(wrapper!.get('#search-q-listbox').attributes('role')).toBe('listbox')
    expect(searchMock).not.toHaveBeenCalled()
  })

  it('asks after 2 characters and 250 ms without typing, for 6 suggestions', async () => {
    const { input } = mountBox()

    await type(input, 's')
    expect(searchMock).not.toHaveBeenCalled()

    await input.setValue('sm')
    await vi.advanceTimersByTimeAsync(200)
    await input.setValue('smi')
    await vi.advanceTimersByTimeAsync(249)
    expect(searchMock).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()

    expect(searchMock).toHaveBeenCalledTimes(1)
    expect(searchMock.mock.calls[0]![0]).toMatchObject({ q: 'smi', mode: 'typeahead', size: 6 })
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(options().map((o) => o.find('.search-box__option-title').text())).toEqual(['smi One', 'KX61 ABC', 'smi Three'])
    expect(options()[1]!.text()).toContain('Vehicle')
    expect(wrapper!.get('[role="status"]').text()).toContain('3 suggestions')
  })

  it('moves through the suggestions with the arrow keys, and Escape closes the list', async () => {
    const { input } = mountBox()
    await type(input, 'smith')

    expect(active()).toBeUndefined()
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe('search-q-option-0')
    expect(options()[0]!.attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' }) // stays on the last
    expect(active()).toBe('search-q-option-2')
    expect(options().map((o) => o.attributes('aria-selected'))).toEqual(['false', 'false', 'true'])
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(active()).toBe('search-q-option-1')
    await input.trigger('keydown', { key: 'ArrowUp' })
    await input.trigger('keydown', { key: 'ArrowUp' }) // back to the box itself
    expect(active()).toBeUndefined()
    expect(input.attributes('aria-expanded')).toBe('true')

    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(wrapper!.get('#search-q-listbox').isVisible()).toBe(false)
    // ArrowDown opens it again, on the first suggestion.
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(active()).toBe('search-q-option-0')
  })

  it('Enter opens the highlighted suggestion, with its rank and the search id', async () => {
    const { input } = mountBox()
    await type(input, 'smith')

    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true, bubbles: true })
    input.element.dispatchEvent(enter)
    await flushPromises()

    expect(enter.defaultPrevented).toBe(true) // the form is not submitted as well
    expect(wrapper!.emitted('select')).toEqual([[expect.objectContaining({ id: 'V1' }), 2, 'sid-smith']])
    expect(wrapper!.emitted('search')).toBeUndefined()
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('Enter with nothing highlighted runs the full search for the text', async () => {
    const { input } = mountBox()
    await type(input, '  smith ')

    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true, bubbles: true })
    input.element.dispatchEvent(enter)
    expect(enter.defaultPrevented).toBe(false) // left to the form
    await wrapper!.get('form').trigger('submit')

    expect(wrapper!.emitted('search')).toEqual([['smith']])
    expect(wrapper!.emitted('select')).toBeUndefined()
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('clicking a suggestion opens it', async () => {
    const { input } = mountBox()
    await type(input, 'smith')
    await options()[2]!.trigger('click')
    expect(wrapper!.emitted('select')).toEqual([[expect.objectContaining({ id: 'N3' }), 3, 'sid-smith']])
  })

  it('shows only the answer to the latest request, whatever order the answers come in', async () => {
    const first = deferred<SearchResponse>()
    const second = deferred<SearchResponse>()
    searchMock.mockReset()
    searchMock.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)
    const { input } = mountBox()

    await type(input, 'smi')
    await type(input, 'smith')
    expect(searchMock).toHaveBeenCalledTimes(2)
    // The first request was given up on.
    expect((searchMock.mock.calls[0]![1] as AbortSignal).aborted).toBe(true)

    second.resolve(answer('smith', [item('N2', 'Jon SMITH')]))
    await flushPromises()
    first.resolve(answer('smi', [item('N9', 'Sam SMILEY'), item('N8', 'Sue SMITTEN')]))
    await flushPromises()

    expect(options().map((o) => o.find('.search-box__option-title').text())).toEqual(['Jon SMITH'])
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'Enter' })
    expect(wrapper!.emitted('select')).toEqual([[expect.objectContaining({ id: 'N2' }), 1, 'sid-smith']])
  })

  it('ignores an answer that comes after the user has searched or cleared the box', async () => {
    const late = deferred<SearchResponse>()
    searchMock.mockReset()
    searchMock.mockReturnValueOnce(late.promise)
    const { input } = mountBox()

    await type(input, 'smith')
    await wrapper!.get('form').trigger('submit')
    late.resolve(answer('smith', [item('N2', 'Jon SMITH')]))
    await flushPromises()

    expect(input.attributes('aria-expanded')).toBe('false')
    expect(options()).toHaveLength(0)

    // Back under 2 characters: the list goes, and nothing is asked.
    searchMock.mockImplementation(async (p) => answer(p.q, [item('N1', 'x')]))
    await type(input, 'sm')
    expect(options()).toHaveLength(1)
    await type(input, 's')
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(searchMock).toHaveBeenCalledTimes(2)
  })

  it('hides the list quietly when the server refuses the text', async () => {
    const { input } = mountBox()
    await type(input, 'smith')
    expect(options()).toHaveLength(3)

    searchMock.mockRejectedValueOnce(new ApiError('Type at least 2 letters or digits', 400, 'c-1', 'http'))
    await type(input, '?!')

    expect(input.attributes('aria-expanded')).toBe('false')
    expect(options()).toHaveLength(0)
    expect(wrapper!.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper!.text()).not.toContain('Type at least')
  })

  it('takes a new query from outside (back and forward) and drops the suggestions', async () => {
    const { input } = mountBox('first')
    await type(input, 'smith')
    await wrapper!.setProps({ modelValue: 'KX61' })
    expect((input.element as HTMLInputElement).value).toBe('KX61')
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('"/" outside a field focuses the box; in a field it is just typed', async () => {
    const { input } = mountBox()
    const other = document.createElement('input')
    document.body.appendChild(other)
    ;(input.element as HTMLInputElement).blur()

    const inField = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    other.focus()
    other.dispatchEvent(inField)
    expect(inField.defaultPrevented).toBe(false)
    expect(document.activeElement).toBe(other)

    other.blur()
    const slash = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    document.body.dispatchEvent(slash)
    expect(slash.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(input.element)
    other.remove()
  })
})
