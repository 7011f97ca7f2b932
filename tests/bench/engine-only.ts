/**
 * Times the scenario engine alone on the real seed and prints a calibration check:
 * `npx tsx tests/bench/engine-only.ts`.
 */
import { loadModelData } from '../../db/model-data'
import { prepareDatabase } from '../../db/prepare'
import { costTeam, runScenario, summariseArea } from '../../shared/engine'
import { benchEngine } from './engine'

const db = await prepareDatabase(':memory:')
try {
  const data = await loadModelData(db)
  for (const r of benchEngine(data)) {
    console.log(
      `${r.name}: median ${r.median.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms (${r.runs} runs)`,
    )
  }

  // Calibration: today's provision should be a few per cent of need (FACTS §1.4: 4–6% seen).
  const uk = summariseArea(data, 'K02000001')!
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  console.log(
    `calibration: UK ${uk.coverage.fy} need ${Math.round(uk.coverage.need)} families, ` +
      `existing capacity ${Math.round(uk.coverage.capacity)} → coverage ${pct(uk.coverage.coverage)}, ` +
      `geographic ${pct(uk.coverage.geographicCoverage)}; under-2s mid-${uk.latest.midYear} ${uk.latest.under2}`,
  )
  const plan = runScenario(data, { scope: 'K02000001' })
  const last = plan.years.at(-1)!
  console.log(
    `calibration: UK default plan reaches full coverage in ${plan.fullCoverageFy ?? 'no year'}; ` +
      `${last.fy} cost £${(last.cost / 1e6).toFixed(1)}m for ${last.wte.toFixed(0)} new WTE ` +
      `(${last.teamsBreakdown.new} new teams, ${last.teamsBreakdown.satellites} satellites)`,
  )
  const standard = costTeam(data, {
    template: 'standard',
    start: '2025-04',
    end: '2026-03',
    assumptions: { nonPayOverhead: 0 },
    includeSetup: false,
  })
  const satellite = costTeam(data, { template: 'satellite', start: '2024-11', end: '2025-03' })
  console.log(
    `calibration: standard team 2025/26 pay £${Math.round(standard.total)} (FACTS £476,828); ` +
      `BwD satellite Nov 2024–Mar 2025 £${satellite.total.toFixed(2)} (paid £60,371.25)`,
  )
} finally {
  await db.destroy()
}
