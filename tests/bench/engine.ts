import { performance } from 'node:perf_hooks'
import type { ModelData } from '../../shared/domain/model-data'
import { runScenario } from '../../shared/engine'

export interface BenchResult {
  name: string
  /** Milliseconds per run. */
  median: number
  p95: number
  runs: number
}

const CASES = [
  { name: 'engine: whole-UK scenario (361 LAs × 6 years)', scope: 'K02000001', runs: 300 },
  {
    name: 'engine: one ICB (E54000048 Lancashire and South Cumbria)',
    scope: 'E54000048',
    runs: 1000,
  },
] as const

/** Times runScenario in-process on defaults, after a warm-up that also builds the indexes. */
export function benchEngine(data: ModelData): BenchResult[] {
  return CASES.map(({ name, scope, runs }) => {
    for (let i = 0; i < 30; i++) runScenario(data, { scope })
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      runScenario(data, { scope })
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    return {
      name,
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      runs,
    }
  })
}

function quantile(sorted: readonly number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[at] ?? NaN
}
