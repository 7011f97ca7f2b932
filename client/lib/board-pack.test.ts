import { describe, expect, it } from 'vitest'
import type { Assumption } from '../../shared/domain/assumptions'
import { approvalText, boardAssumptionRows } from './board-pack'

const NEED: Assumption = {
  key: 'needRate',
  label: 'Families needing a specialised team',
  description: '',
  value: 0.07,
  low: 0.05,
  high: 0.1,
  unit: 'share',
  mark: 'A',
  source: 'FACTS.md §6',
  date: '2025',
}

describe('boardAssumptionRows', () => {
  it('shows the value used beside the default, with the reason for a change', () => {
    const [row] = boardAssumptionRows([NEED], { needRate: 0.08 }, { 'a.needRate': ' Audit. ' })
    expect(row).toMatchObject({
      value: '8%',
      defaultValue: '7%',
      differs: true,
      note: 'Audit.',
      mark: 'A',
    })
    expect(row!.range).toContain('5')
  })
  it('treats a value left alone, or equal but for float noise, as the default', () => {
    expect(boardAssumptionRows([NEED], {}, {})[0]).toMatchObject({ differs: false, note: null })
    expect(boardAssumptionRows([NEED], { needRate: 0.07 + 1e-12 }, {})[0]!.differs).toBe(false)
  })
})

describe('approvalText', () => {
  it('says who approved it and when', () => {
    expect(
      approvalText({
        status: 'approved',
        approvedAt: '2026-11-03T10:00:00Z',
        approvedBy: 'Ann Smith',
      }),
    ).toBe('Approved for board on 3 November 2026 by Ann Smith')
  })
  it('marks a draft', () => {
    expect(approvalText({ status: 'draft', approvedAt: null, approvedBy: null })).toBe(
      'Draft: not approved for board',
    )
  })
})
