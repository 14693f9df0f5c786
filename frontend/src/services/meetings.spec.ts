import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchCasePack, packPdfUrl, statisticsCsvUrl } from './meetings'

describe('meetings service', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('builds download links with every id encoded', () => {
    expect(packPdfUrl('MTG-cumbria-L2-20270110')).toBe('/api/meetings/MTG-cumbria-L2-20270110/pack.pdf')
    expect(packPdfUrl('a/b', 'K 1&x')).toBe('/api/meetings/a%2Fb/pack.pdf?case=K%201%26x')
    expect(statisticsCsvUrl('cumbria&x', 2014)).toBe('/api/statistics.csv?area=cumbria%26x&year=2014')
  })

  it('asks for one case of the pack and sends a purpose only when one is given', async () => {
    const fetchMock = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } })))
    vi.stubGlobal('fetch', fetchMock)
    await fetchCasePack('MN', 'K1')
    await fetchCasePack('MN', 'K1', undefined, 'Covering for a colleague')
    const [url1, init1] = fetchMock.mock.calls[0]!
    const [, init2] = fetchMock.mock.calls[1]!
    expect(String(url1)).toContain('/api/meetings/MN/pack?case=K1')
    expect((init1 as RequestInit).headers).not.toHaveProperty('X-Vigil-Purpose')
    expect((init2 as RequestInit).headers).toHaveProperty('X-Vigil-Purpose', 'Covering for a colleague')
  })
})
