import { describe, expect, it } from 'vitest'
import { FACTORS, rerank, suspectsCsv, type Suspect, type SuspectResponse } from './suspects'

function suspect(id: string, total: number, vehicle: number, name = id): Suspect {
  const factors = Object.fromEntries(FACTORS.map((f) => [f, { score: 0, max: 10, reasons: [] as string[] }])) as Suspect['factors']
  factors.VEHICLE = { score: vehicle, max: 25, reasons: ['Used PX19 ABC, "silver"'] }
  return { rank: 0, id, name, dob: '1985-04-02', ageOnDay: 40, sex: 'M', area: 'cumbria', total, factors, links: [] }
}

describe('suspects', () => {
  it('re-ranks by a factor, then by total', () => {
    const list = [suspect('A', 50, 0), suspect('B', 40, 25), suspect('C', 45, 25)]
    expect(rerank(list, 'TOTAL').map((s) => s.id)).toEqual(['A', 'C', 'B'])
    expect(rerank(list, 'VEHICLE').map((s) => s.id)).toEqual(['C', 'B', 'A'])
  })

  it('writes CSV with quoting and no spreadsheet formulas', () => {
    const result = { purpose: 'CR/1', from: 'a', to: 'b', searchId: 'x' } as SuspectResponse
    const csv = suspectsCsv(result, [suspect('A', 50, 25, '=HYPERLINK("x")')])
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv).toContain('"Used PX19 ABC, ""silver"""')
    expect(csv.split('\r\n')[1]?.startsWith('rank,id,name')).toBe(true)
  })
})
