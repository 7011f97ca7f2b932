/**
 * The least-cost plan (issue #8), in-process on the real seed: median and p95 of whole plans
 * (search, explanation and the check run), after a warm-up. Targets: one ICB under 200 ms, the
 * whole UK under 5 s. Capped cases are measured too, without a target: the caps are what make
 * the search work. Run alone: `npx tsx tests/bench/least-cost.ts`.
 */
import { performance } from 'node:perf_hooks'
import { loadModelData } from '../../db/model-data'
import type { LeastCostInput } from '../../shared/domain/least-cost'
import type { ModelData } from '../../shared/domain/model-data'
import { leastCostPlan } from '../../shared/engine'
import { createTestDb } from '../helpers/test-db'
import { config } from './config'
import { summarise } from './stats'
import type { Row } from './table'

interface Case {
  name: string
  input: LeastCostInput
  runs: number
  max?: number
}

const CASES: Case[] = [
  { name: 'one ICB E54000048, no caps', input: { scope: 'E54000048' }, runs: 40, max: 200 },
  // The national supply of staff [A] holds a UK plan by default; lifted, the plan has no caps.
  {
    name: 'whole UK, no caps (national supply lifted)',
    input: { scope: 'K02000001', assumptions: { nationalRecruitsPerYear: 100_000 } },
    runs: 10,
    max: 5000,
  },
  {
    name: 'whole UK on defaults (65 new clinical WTE a year)',
    input: { scope: 'K02000001' },
    runs: 5,
  },
  {
    name: 'one ICB E54000048, £1.5m and 10 WTE a year',
    input: { scope: 'E54000048', budgetCap: 1_500_000, workforceCap: 10 },
    runs: 10,
  },
  {
    name: 'whole UK, £80m a year (national supply lifted)',
    input: {
      scope: 'K02000001',
      budgetCap: 80_000_000,
      assumptions: { nationalRecruitsPerYear: 100_000 },
    },
    runs: 5,
  },
]

function time(data: ModelData, c: Case): Row {
  const runs = config.quick ? Math.max(2, Math.ceil(c.runs / 5)) : c.runs
  let plan = leastCostPlan(data, c.input)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    plan = leastCostPlan(data, c.input)
    samples.push(performance.now() - t0)
  }
  const { median, p95 } = summarise(samples)
  return {
    section: 'least-cost plan',
    name: c.name,
    value: median,
    p95,
    unit: 'ms',
    ...(c.max !== undefined ? { target: { max: c.max, on: 'median' as const } } : {}),
    detail: `${runs} runs after warm-up; ${plan.proven ? 'proven least cost' : `within ${(plan.gapShare * 100).toFixed(1)}% of the bound`}`,
  }
}

export async function benchLeastCost(given?: ModelData): Promise<Row[]> {
  if (given) return CASES.map((c) => time(given, c))
  const db = await createTestDb()
  try {
    const data = await loadModelData(db)
    return CASES.map((c) => time(data, c))
  } finally {
    await db.destroy()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchLeastCost()) {
    console.log(
      `${row.name.padEnd(45)} median ${row.value.toFixed(1)} ms, p95 ${row.p95?.toFixed(1)} ms (${row.detail})`,
    )
  }
}
