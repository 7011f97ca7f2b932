import { describe, expect, test } from 'vitest'
import type { AreaSummary, LaSummaryRow } from '../../shared/domain/area-summary'
import type { TeamRecord } from '../../shared/domain/model-data'
import { authorityRows, healthBodyRows, summaryRow } from './area-rows'

function la(
  partial: Partial<LaSummaryRow> & Pick<LaSummaryRow, 'code' | 'healthBody'>,
): LaSummaryRow {
  return {
    name: partial.code,
    share: 1,
    under2: 1000,
    midYear: 2024,
    births: 500,
    need: 35,
    teams: 0,
    coverage: 0,
    geographicCovered: false,
    deprivation: null,
    needWeight: 1,
    ...partial,
  }
}

function team(id: string, laCodes: string[], providesCapacity = true): TeamRecord {
  return {
    id,
    name: id,
    hostOrg: 'Host',
    nation: 'E92000001',
    areasText: '',
    laCodes,
    establishedText: '',
    establishedYear: null,
    closedYear: null,
    status: providesCapacity ? 'operating' : 'closed',
    statusText: '',
    ageRange: '',
    source: '',
    providesCapacity,
    teamsRepresented: 1,
    approximate: false,
    approximationNote: null,
    hubTeamId: null,
    staffing: null,
    fundedFrom: null,
    fundedTo: null,
    fundingMark: 'A',
    fundingNote: '',
  }
}

const hbA = { code: 'HB-A', name: 'Health body A' }
const hbB = { code: 'HB-B', name: 'Health body B' }

const summary = {
  area: { code: 'E92000001', name: 'England', level: 'nation', nation: 'E92000001', type: null },
  breadcrumbs: [],
  children: [],
  population: [],
  latest: { midYear: 2024, under2: 4000, age0: 2000, age1: 2000 },
  teams: [team('t1', ['L1', 'L2']), team('t2', ['L3']), team('closed', ['L1'], false)],
  coverage: { fy: '2025/26', coverage: 0.4, geographicCoverage: 0.5, need: 100, capacity: 40 },
  localAuthorities: [
    la({
      code: 'L1',
      healthBody: hbA,
      under2: 1000,
      coverage: 1,
      geographicCovered: true,
      teams: 1,
    }),
    la({
      code: 'L2',
      healthBody: hbA,
      under2: 3000,
      coverage: 0.5,
      geographicCovered: true,
      teams: 1,
    }),
    la({ code: 'L3', healthBody: hbA, share: 0.25, under2: 1000, coverage: 0, teams: 1 }),
    la({ code: 'L3', healthBody: hbB, share: 0.75, under2: 3000, coverage: 0, teams: 1 }),
  ],
  staffToday: { clinicalWte: 0, familiesPerClinicalWte: 46, supervisionShare: 0.1 },
  byDeprivation: [],
  neighbours: [],
  hubs: [],
  hubRule: { maxKm: 50, maxSatellites: 1 },
  familyHubs: null,
} satisfies AreaSummary

describe('area rows', () => {
  test('health bodies weight coverage by babies and count each team once', () => {
    const rows = healthBodyRows(summary)
    const a = rows.find((r) => r.code === 'HB-A')
    expect(a).toMatchObject({ name: 'Health body A', babies: 5000, teams: 2, authorities: 3 })
    expect(a?.coverage).toBeCloseTo((1000 * 1 + 3000 * 0.5) / 5000)
    expect(a?.geographic).toBeCloseTo(4000 / 5000)
    const b = rows.find((r) => r.code === 'HB-B')
    expect(b).toMatchObject({ babies: 3000, teams: 1, coverage: 0, geographic: 0 })
  })

  test('babies across health bodies add up to the babies of the authorities', () => {
    const total = healthBodyRows(summary).reduce((sum, r) => sum + r.babies, 0)
    expect(total).toBe(1000 + 3000 + 1000 + 3000)
  })

  test('authority rows carry their share and a yes/no geographic coverage', () => {
    const rows = authorityRows(summary)
    expect(rows).toHaveLength(4)
    expect(rows[2]).toMatchObject({ code: 'L3', babies: 1000, share: 0.25, geographic: 0 })
  })

  test('a summary row takes the area’s own figures and counts capacity teams only', () => {
    expect(summaryRow(summary)).toMatchObject({
      code: 'E92000001',
      babies: 4000,
      teams: 2,
      coverage: 0.4,
      geographic: 0.5,
      authorities: 3,
    })
  })
})
