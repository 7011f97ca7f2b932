import type { AssumptionValues } from '../domain/assumptions'
import type { ModelData } from '../domain/model-data'
import { BANDS, type Band, type PayPoint } from '../domain/pay'
import { assert } from './assert'

/** Employer cost of one whole-time post for a full year, before non-pay overhead. */
export interface EmployerCost {
  salary: number
  employerNi: number
  employerPension: number
  total: number
}

interface PayTable {
  /** fy → band → modelled salary. */
  byFy: Map<number, Map<Band, number>>
  firstFy: number
  lastFy: number
  niRules: ModelData['employerNi']
  /** Scenario NI overrides apply from the newest rule on (2025/26 in the seed). */
  niOverrideFromFy: number
}

const tables = new WeakMap<ModelData, PayTable>()

/** FACTS §3.2: the intermediate point for bands 5–9, the entry/top average where there is none (band 4). */
export function modelledSalary(point: PayPoint): number {
  return point.intermediate ?? (point.entry + point.top) / 2
}

function payTable(data: ModelData): PayTable {
  let table = tables.get(data)
  if (table) return table
  const byFy = new Map<number, Map<Band, number>>()
  for (const p of data.payScales) {
    const bands = byFy.get(p.fy) ?? new Map<Band, number>()
    bands.set(p.band, modelledSalary(p))
    byFy.set(p.fy, bands)
  }
  const fys = [...byFy.keys()]
  assert(fys.length > 0, 'no pay scales')
  const niRules = [...data.employerNi].sort((a, b) => a.fromFy - b.fromFy)
  assert(niRules.length > 0, 'no employer NI rules')
  table = {
    byFy,
    firstFy: Math.min(...fys),
    lastFy: Math.max(...fys),
    niRules,
    niOverrideFromFy: niRules.at(-1)!.fromFy,
  }
  tables.set(data, table)
  return table
}

/**
 * Annual salary of a band in a financial year: the published scale where there is one,
 * the newest published scale uplifted by payUplift a year after it, and the oldest before it.
 */
export function salaryFor(data: ModelData, band: Band, fy: number, payUplift: number): number {
  const table = payTable(data)
  const baseFy = Math.min(Math.max(fy, table.firstFy), table.lastFy)
  const base = table.byFy.get(baseFy)?.get(band)
  assert(base !== undefined, `no pay point for band ${band} in ${baseFy}`)
  return fy > table.lastFy ? base * (1 + payUplift) ** (fy - table.lastFy) : base
}

/** The employer NI rule in force in a year; the scenario's rate and threshold from 2025/26 on. */
export function niRuleFor(
  data: ModelData,
  fy: number,
  a: Pick<AssumptionValues, 'employerNiRate' | 'employerNiThreshold'>,
): { rate: number; threshold: number } {
  const table = payTable(data)
  if (fy >= table.niOverrideFromFy)
    return { rate: a.employerNiRate, threshold: a.employerNiThreshold }
  let rule = table.niRules[0]!
  for (const r of table.niRules) if (r.fromFy <= fy) rule = r
  return { rate: rule.rate, threshold: rule.threshold }
}

export function employerCost(
  data: ModelData,
  band: Band,
  fy: number,
  a: AssumptionValues,
): EmployerCost {
  const salary = salaryFor(data, band, fy, a.payUplift)
  const ni = niRuleFor(data, fy, a)
  const employerNi = ni.rate * Math.max(0, salary - ni.threshold)
  const employerPension = a.employerPensionRate * salary
  return { salary, employerNi, employerPension, total: salary + employerNi + employerPension }
}

/**
 * Full-year cost of one WTE per band and year including non-pay overhead, flat:
 * [band * nYears + year], bands in BANDS order. The hot path multiplies WTE vectors by it.
 * Monte Carlo draws pass their own `rates` to fill, to allocate nothing per draw.
 */
export function costRates(
  data: ModelData,
  a: AssumptionValues,
  fys: readonly number[],
  rates = new Float64Array(BANDS.length * fys.length),
): Float64Array {
  const nYears = fys.length
  const overhead = 1 + a.nonPayOverhead
  BANDS.forEach((band, b) => {
    for (let y = 0; y < nYears; y++) {
      rates[b * nYears + y] = employerCost(data, band, fys[y]!, a).total * overhead
    }
  })
  return rates
}
