import { describe, expect, test } from 'vitest'
import { NATIONAL_ASK } from '../domain/national-ask'
import { reconcileNationalAsk } from './national-ask'
import { runScenario } from './run-scenario'
import { fixture } from './test-fixture'

describe('the £73m national ask beside the model', () => {
  const r = reconcileNationalAsk(fixture, {})
  const england = runScenario(fixture, { scope: 'E92000001' })

  test('starts at the ask and ends at the model’s cost of new provision in the target year', () => {
    expect(r.steps[0]).toMatchObject({ label: 'The national ask', amount: 73_000_000, mark: 'S' })
    expect(r.ask).toBe(NATIONAL_ASK.annualCost)
    expect(r.model).toBeCloseTo(england.years.at(-1)!.cost, 6)
    expect(r.steps.at(-1)!.total).toBeCloseTo(r.model, 6)
    expect(r.targetFy).toBe('2030/31')
  })

  test('each step’s running total is the one before plus its amount', () => {
    let total = 0
    for (const s of r.steps) {
      total += s.amount
      expect(s.total).toBeCloseTo(total, 6)
      expect(s.detail.length).toBeGreaterThan(20)
    }
  })

  test('overhead is the ask × the non-pay overhead; pay awards compound from 2025/26', () => {
    const overhead = r.steps.find((s) => s.label === 'Non-pay overhead')!
    expect(overhead.amount).toBeCloseTo(73_000_000 * 0.2, 6)
    const pay = r.steps.find((s) => s.label === 'Pay awards to 2030/31')!
    expect(pay.amount).toBeGreaterThan(0)
    // Existing teams are costed apart, so that step takes money off.
    expect(r.steps.find((s) => s.label === 'Existing teams are costed apart')!.amount).toBeLessThan(
      0,
    )
  })

  test('a lower throughput per team raises the bill; the PIF calibration figure is given beside it', () => {
    const low = reconcileNationalAsk(fixture, { assumptions: { familiesPerClinicalWte: 20 } })
    const step = (x: typeof r) =>
      x.steps.find((s) => s.label === 'Families a team supports')!.amount
    expect(step(low)).toBeGreaterThan(step(r))
    expect(r.pifCalibration).toBeGreaterThan(0)
  })
})
