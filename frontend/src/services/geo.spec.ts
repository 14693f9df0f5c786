import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchConflicts, relationLabel, reshapeZone, vetAddress } from './geo'

describe('geo service', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks for one area of conflicts with only the filters given', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({ items: [] }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    await fetchConflicts({ area: 'cumbria', status: 'NEW', rule: '' })
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/conflicts?area=cumbria&status=NEW')
  })

  it('sends the purpose as a header when vetting, never in the URL', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({ result: 'CLEAR' }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    await vetAddress({ nominal: 'N1', addressId: 'AD1' }, 'release planning')
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/api/vetting')
    expect(init.headers['X-Vigil-Purpose']).toBe('release planning')
    expect(JSON.parse(init.body)).toEqual({ nominal: 'N1', addressId: 'AD1' })
  })

  it('sends an edited shape with the version edited, and the purpose as a header', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({ id: 'Z/1', version: 3 }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    await reshapeZone('Z/1', { geometry: { type: 'Point', coordinates: [-2.93, 54.89] }, radiusM: 400, version: 2 }, 'licence review')
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/api/zones/Z%2F1/shape')
    expect(init.method).toBe('PUT')
    expect(init.headers['X-Vigil-Purpose']).toBe('licence review')
    expect(JSON.parse(init.body)).toEqual({ geometry: { type: 'Point', coordinates: [-2.93, 54.89] }, radiusM: 400, version: 2 })
  })

  it('names relations in words', () => {
    expect(relationLabel('PROPOSED_ADDRESS')).toBe('Proposed')
    expect(relationLabel('MONITORING')).toBe('Tag')
  })
})
