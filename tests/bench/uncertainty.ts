import { RANGED_KEYS } from '../../shared/domain/uncertainty'
/**
 * Ranges and sensitivity in-process on the real data: a whole `scenario.ranges` answer (the fixed
 * plan, the low/central/high cases and 1,000 Monte Carlo draws) and a whole `scenario.sensitivity`
 * answer (the tornado), for the UK and for one ICB. Each is timed over repeated runs after a
 * warm-up; the first run also builds the per-snapshot indexes.
 *
 *   await part('uncertainty', () => benchUncertainty())   // or benchUncertainty(data)
 */
import { performance } from 'node:perf_hooks'
import { loadModelData } from '../../db/model-data'
import type { ModelData } from '../../shared/domain/model-data'
import { scenarioRanges, scenarioSensitivity } from '../../shared/engine/uncertainty'
import { createTestDb } from '../helpers/test-db'
import { config } from './config'
import { summarise } from './stats'
import type { Row } from './table'

const UK = 'K02000001'
const ICB = 'E54000048'
const DRAWS = 1000

function time(runs: number, fn: () => unknown): { median: number; p95: number; n: number } {
  for (let i = 0; i < Math.min(10, runs); i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return summarise(samples)
}

export async function benchUncertainty(given?: ModelData): Promise<Row[]> {
  const db = given ? null : await createTestDb()
  try {
    const data = given ?? (await loadModelData(db!))
    const runs = (full: number) => (config.quick ? Math.ceil(full / 5) : full)
    const cases = [
      {
        name: `Monte Carlo ${DRAWS.toLocaleString('en-GB')} draws, whole UK`,
        max: 500,
        runs: runs(50),
        fn: () => scenarioRanges(data, { scope: UK, draws: DRAWS }),
      },
      {
        name: `Monte Carlo ${DRAWS.toLocaleString('en-GB')} draws, one ICB ${ICB}`,
        max: 50,
        runs: runs(300),
        fn: () => scenarioRanges(data, { scope: ICB, draws: DRAWS }),
      },
      {
        name: `tornado (${RANGED_KEYS.length} assumptions at P10 and P90), whole UK`,
        max: undefined,
        runs: runs(100),
        fn: () => scenarioSensitivity(data, { scope: UK }),
      },
      {
        name: `tornado (${RANGED_KEYS.length} assumptions at P10 and P90), one ICB ${ICB}`,
        max: undefined,
        runs: runs(500),
        fn: () => scenarioSensitivity(data, { scope: ICB }),
      },
    ]
    return cases.map(({ name, max, runs: n, fn }) => {
      const t = time(n, fn)
      return {
        section: 'ranges',
        name,
        value: t.median,
        p95: t.p95,
        unit: 'ms',
        ...(max === undefined ? {} : { target: { max, on: 'median' as const } }),
        detail: `${t.n} runs in-process after warm-up; the whole API answer (plan, cases${max === undefined ? '' : ', draws'})`,
      }
    })
  } finally {
    await db?.destroy()
  }
}
