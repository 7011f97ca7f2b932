import type { NationTrend } from '../../shared/domain/model-data'
import type { SeedBirths, SeedPopulation } from '../seed-format'

/** Nations whose estimates stop at mid-2022, with the agencies behind their figures. */
const TRENDED = [
  { nation: 'S92000003', name: 'Scotland', agency: 'National Records of Scotland' },
  { nation: 'N92000002', name: 'Northern Ireland', agency: 'NISRA' },
] as const

/** The ten years to the last estimate: long enough to see past the 2020–21 dip, short enough to be recent. */
const YEARS = 10

/**
 * Each nation's own yearly change in births, fitted log-linearly to the ten mid-years up to its
 * last estimate: births in the mid-year periods from ONS MYEB3 where they exist (to 2018/19, i.e.
 * mid-2019), then babies aged 0 at mid-year (the births proxy the model uses) after that.
 */
export function buildNationTrends(
  births: Pick<SeedBirths, 'periodStarts' | 'history'>,
  population: SeedPopulation,
  nationOf: Map<string, string>,
): NationTrend[] {
  return TRENDED.map(({ nation, name, agency }) => {
    const las = new Set([...nationOf].filter(([, n]) => n === nation).map(([la]) => la))
    const points = new Map<number, number>()
    births.periodStarts.forEach((start, k) => {
      let sum = 0
      for (const row of births.history) if (las.has(row.la)) sum += row.births[k]!
      points.set(start + 1, sum)
    })
    population.midYears.forEach((midYear, k) => {
      if (points.has(midYear)) return
      let sum = 0
      let complete = las.size > 0
      for (const row of population.rows) {
        if (!las.has(row.la)) continue
        const a0 = row.age0[k]
        if (a0 == null) complete = false
        else sum += a0
      }
      if (complete) points.set(midYear, sum)
    })
    const toMidYear = Math.max(...points.keys())
    const fromMidYear = toMidYear - YEARS + 1
    const series = [...points].filter(([m]) => m >= fromMidYear).sort((a, b) => a[0] - b[0])
    const lastBirthsYear = births.periodStarts.at(-1)! + 1
    return {
      nation: nation as NationTrend['nation'],
      perYear: round(Math.exp(slope(series.map(([m, v]) => [m, Math.log(v)]))) - 1, 5),
      fromMidYear,
      toMidYear,
      basis:
        `${name}'s own trend: a log-linear fit to births in the mid-year periods ending mid-${fromMidYear} to mid-${lastBirthsYear} ` +
        `(ONS MYEB3) and babies aged 0 at mid-${lastBirthsYear + 1} to mid-${toMidYear} (${agency}, in the ONS mid-year estimates).`,
    }
  })
}

function slope(points: [number, number][]): number {
  const n = points.length
  const mx = points.reduce((s, [x]) => s + x, 0) / n
  const my = points.reduce((s, [, y]) => s + y, 0) / n
  let num = 0
  let den = 0
  for (const [x, y] of points) {
    num += (x - mx) * (y - my)
    den += (x - mx) ** 2
  }
  return num / den
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places
