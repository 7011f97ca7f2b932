import { describe, expect, it } from 'vitest'
import type { Assumption } from '../../shared/domain/assumptions'
import { compareInputs, type CompareItem } from './compare-inputs'
import { DEFAULT_ASSUMPTIONS, resolved } from './compare-fixtures.test-util'

const ASSUMPTIONS = [
  {
    key: 'needRate',
    label: 'Need rate',
    value: 0.07,
    unit: 'share',
  },
  { key: 'supervisionShare', label: 'Supervision time', value: 1, unit: 'share' },
] as Assumption[]

function item(over: Partial<CompareItem> = {}, settings = resolved()): CompareItem {
  return {
    settings,
    rationale: {},
    scopeName: 'NHS Lancashire and South Cumbria ICB',
    areaNames: new Map([['E06000008', 'Blackburn with Darwen']]),
    ...over,
  }
}

describe('compareInputs', () => {
  it('marks the rows where the scenarios differ, and only those', () => {
    const a = item({}, resolved({ budgetCap: 500_000 }))
    const b = item(
      { rationale: { strategy: ' Hubs are near ' } },
      resolved({ budgetCap: 500_000, strategy: 'satellite' }),
    )
    const rows = compareInputs([a, b], ASSUMPTIONS)
    const differs = rows.filter((r) => r.differs).map((r) => r.key)
    expect(differs).toEqual(['strategy'])
    const strategy = rows.find((r) => r.key === 'strategy')!
    expect(strategy.cells[1]).toEqual({
      text: 'Satellites of the nearest hub, standalone where there is none',
      note: 'Hubs are near',
    })
    expect(rows.find((r) => r.key === 'budgetCap')!.cells[0]!.text).toBe('£500,000 a year')
    expect(rows.find((r) => r.key === 'workforceCap')!.cells[0]!.text).toBe('No cap')
  })

  it('lists an assumption only when a scenario changed it', () => {
    const base = item()
    const changed = item(
      { rationale: { 'a.needRate': 'Local audit' } },
      resolved({ assumptions: { ...DEFAULT_ASSUMPTIONS, needRate: 0.08 } }),
    )
    const keys = compareInputs([base, changed], ASSUMPTIONS).map((r) => r.key)
    expect(keys).toContain('a.needRate')
    expect(keys).not.toContain('a.supervisionShare')
    const need = compareInputs([base, changed], ASSUMPTIONS).find((r) => r.key === 'a.needRate')!
    expect(need.differs).toBe(true)
    expect(need.label).toBe('Need rate')
    expect(need.cells.map((c) => c.text)).toEqual(['7%', '8%'])
    expect(need.cells[1]!.note).toBe('Local audit')
  })

  it('compares options chosen by hand by authority, named', () => {
    const a = item({}, resolved({ overrides: { E06000008: { option: 'standalone' } } }))
    const b = item()
    const row = compareInputs([a, b], ASSUMPTIONS).find((r) => r.key === 'overrides')!
    expect(row.differs).toBe(true)
    expect(row.cells.map((c) => c.text)).toEqual([
      'Blackburn with Darwen: Standalone team sized to need',
      'None: the strategy decides',
    ])
  })

  it('compares areas by code', () => {
    const a = item()
    const b = item({ scopeName: 'Blackburn with Darwen' }, resolved({ scope: 'E06000008' }))
    expect(compareInputs([a, b], ASSUMPTIONS)[0]).toMatchObject({ key: 'scope', differs: true })
  })
})

describe('local need rates among the inputs', () => {
  it('lists each authority’s own rate with its reason, only when some scenario sets one', () => {
    const plain = item()
    expect(compareInputs([plain], ASSUMPTIONS).some((r) => r.key === 'needs')).toBe(false)
    const local = item(
      {},
      resolved({
        overrides: { E06000008: { needRate: 0.09, needReason: 'Local needs assessment, 2025' } },
      }),
    )
    const row = compareInputs([plain, local], ASSUMPTIONS).find((r) => r.key === 'needs')!
    expect(row.label).toBe('Local need rates')
    expect(row.cells.map((c) => c.text)).toEqual([
      'None',
      'Blackburn with Darwen: 9.0% of births (Local needs assessment, 2025)',
    ])
    expect(row.differs).toBe(true)
  })
})
