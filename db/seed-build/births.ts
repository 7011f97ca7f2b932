import type { SeedBirths } from '../seed-format'
import { fail, field, int, readCsv } from './read-shared'

const PERIOD_STARTS = Array.from({ length: 18 }, (_, i) => 2001 + i)

const PROJECTIONS = [
  {
    match: 'ONS 2020-based interim national population projection, England, principal',
    id: 'npp2020-england-principal',
    baseYear: 2020,
    // The newer projection is closer to recent births; the 2018-based one is far too high.
    isDefault: true,
  },
  {
    match: 'ONS 2018-based national population projection, England, principal',
    id: 'npp2018-england-principal',
    baseYear: 2018,
    isDefault: false,
  },
]

export function buildBirths(
  dataDir: string,
  laCodes: Set<string>,
): Omit<SeedBirths, 'nationTrends'> {
  // Abolished districts are whole parts of their successors, so summing is exact.
  const totals = new Map<string, number[]>()
  for (const r of readCsv(dataDir, 'births_by_la_mid_year_periods_2001_02_to_2018_19.csv')) {
    const la = field(r, 'lad23cd_successor')
    if (!laCodes.has(la))
      fail(`births successor ${la} (from ${field(r, 'ladcode20')}) is not a 2024 authority`)
    const sums = totals.get(la) ?? PERIOD_STARTS.map(() => 0)
    PERIOD_STARTS.forEach((start, i) => {
      const end = String((start + 1) % 100).padStart(2, '0')
      sums[i]! += int(r, `births_${start}_${end}`)
    })
    totals.set(la, sums)
  }
  if (totals.size !== laCodes.size)
    fail(`births history covers ${totals.size} authorities, not ${laCodes.size}`)

  const national = readCsv(dataDir, 'live_births_england_wales_national_2019_2024.csv').map(
    (r) => ({
      calendarYear: int(r, 'calendar_year'),
      areaCode: field(r, 'area_code'),
      areaName: field(r, 'area_name'),
      liveBirths: int(r, 'live_births'),
      source: field(r, 'source_title'),
      note: field(r, 'note'),
    }),
  )

  const projectionRows = readCsv(
    dataDir,
    'national_projection_births_under2_england_npp2018_npp2020.csv',
  )
  const projections = PROJECTIONS.map(({ match, ...meta }) => {
    const points = projectionRows
      .filter((r) => field(r, 'projection') === match)
      .map((r) => ({
        midYear: int(r, 'mid_year_end'),
        period: field(r, 'period'),
        births: int(r, 'projected_births'),
        age0: int(r, 'projected_age0_at_mid_year_end'),
        age1: int(r, 'projected_age1_at_mid_year_end'),
        under2: int(r, 'projected_under2_at_mid_year_end'),
      }))
      .sort((a, b) => a.midYear - b.midYear)
    if (points.length < 20) fail(`projection '${match}' has only ${points.length} rows`)
    for (const p of points) {
      if (p.age0 + p.age1 !== p.under2)
        fail(`projection ${meta.id} ${p.midYear}: age0 + age1 ≠ under2`)
    }
    return { ...meta, title: match, points }
  })
  if (projections.reduce((n, p) => n + p.points.length, 0) !== projectionRows.length) {
    fail('the projections file has a projection the builder does not know')
  }

  return {
    periodStarts: PERIOD_STARTS,
    history: [...totals]
      .map(([la, births]) => ({ la, births }))
      .sort((a, b) => (a.la < b.la ? -1 : 1)),
    national: national.sort((a, b) => a.calendarYear - b.calendarYear),
    projections,
  }
}
