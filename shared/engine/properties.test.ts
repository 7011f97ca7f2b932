import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BANDS, type Role } from '../domain/pay'
import { costTeam } from './cost-team'
import { runScenario } from './run-scenario'
import { settingsArbitrary } from './settings-arbitrary.test-util'
import { CODES, fixture, makeFixture } from './test-fixture'

const RUNS = { numRuns: 250 }
const SCOPES = ['K02000001', ...Object.values(CODES)]
const LA_CODES = [CODES.alpha, CODES.bravo, CODES.charlie, CODES.echo, CODES.foxtrot]

const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

const settingsArb = settingsArbitrary({
  scopes: SCOPES,
  laCodes: LA_CODES,
  hubTeamIds: ['alpha-team', 'charlie-team'],
})

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

describe('scenario invariants on random settings', () => {
  test('coverage and geographic coverage stay in [0, 1]; covered babies never exceed babies', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const r = runScenario(fixture, settings)
        for (const y of r.years) {
          expect(y.coverage).toBeGreaterThanOrEqual(0)
          expect(y.coverage).toBeLessThanOrEqual(1)
          expect(y.geographicCoverage).toBeGreaterThanOrEqual(0)
          expect(y.geographicCoverage).toBeLessThanOrEqual(1)
          expect(y.coveredBabies).toBeLessThanOrEqual(y.babiesUnder2 * (1 + 1e-12))
          expect(y.capacity).toBeLessThanOrEqual(y.need * (1 + 1e-12))
        }
        for (const a of r.areas) {
          for (const y of a.years) {
            expect(y.coverage).toBeGreaterThanOrEqual(0)
            expect(y.coverage).toBeLessThanOrEqual(1)
          }
        }
      }),
      RUNS,
    )
  })

  test('authority parts sum to the scope totals of babies, need, capacity and cost', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const r = runScenario(fixture, settings)
        r.years.forEach((y, k) => {
          let babies = 0
          let need = 0
          let capacity = 0
          let cost = 0
          let existingCost = 0
          for (const a of r.areas) {
            babies += a.years[k]!.babiesUnder2
            need += a.years[k]!.need
            capacity += a.years[k]!.capacity
            cost += a.years[k]!.cost
            existingCost += a.years[k]!.existingCost
          }
          expect(close(babies, y.babiesUnder2)).toBe(true)
          expect(close(need, y.need)).toBe(true)
          expect(close(capacity, y.capacity)).toBe(true)
          expect(close(cost, y.cost)).toBe(true)
          expect(close(existingCost, y.existingCost)).toBe(true)
          expect(close(y.cost, y.recurrentCost + y.oneOffCost)).toBe(true)
          expect(close(y.totalCost, y.cost + y.existingCost)).toBe(true)
          expect(y.renewedCost).toBeLessThanOrEqual(y.existingCost * (1 + 1e-9))
          const byBand = BANDS.reduce((s, b) => s + y.wteByBand[b], 0)
          expect(close(byBand, y.wte)).toBe(true)
        })
      }),
      RUNS,
    )
  })

  test('cumulative cost never falls and annual cost is never negative', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const r = runScenario(fixture, settings)
        let previous = 0
        for (const y of r.years) {
          expect(y.cost).toBeGreaterThanOrEqual(0)
          expect(y.cumulativeCost).toBeGreaterThanOrEqual(previous)
          previous = y.cumulativeCost
        }
      }),
      RUNS,
    )
  })

  test('caps hold in every year', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const r = runScenario(fixture, settings)
        const fixed = Object.values(r.settings.overrides).some((o) => o.startFy !== undefined)
        if (fixed) return
        for (const y of r.years) {
          if (r.settings.budgetCap !== null) {
            expect(y.cost).toBeLessThanOrEqual(r.settings.budgetCap + 1e-6)
          }
          // The scenario's workforce cap, or the national supply a UK or nation plan is held to.
          if (y.workforce.cap !== null) {
            expect(y.workforce.started).toBeLessThanOrEqual(y.workforce.cap + 1e-9)
          }
          expect(y.workforce.startedTrainees).toBeLessThanOrEqual(y.workforce.started + 1e-9)
        }
      }),
      RUNS,
    )
  })

  test('the same input gives the same output, even from a fresh copy of the data', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const a = runScenario(fixture, settings)
        const b = runScenario(fixture, structuredClone(settings))
        expect(b).toEqual(a)
        expect(runScenario(makeFixture(), settings)).toEqual(a)
      }),
      { numRuns: 200 },
    )
  })
})

const month = fc
  .record({ year: fc.integer({ min: 2024, max: 2032 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`)

const roleArb: fc.Arbitrary<Role> = fc.record({
  title: fc.constantFrom('Therapist', 'Psychologist', 'Administrator'),
  band: fc.constantFrom(...BANDS),
  wte: num(0, 5),
  clinical: fc.boolean(),
})

const costAssumptions = fc.record(
  {
    payUplift: num(-0.05, 0.1),
    nonPayOverhead: num(0, 1),
    employerNiRate: num(0, 0.3),
    employerNiThreshold: num(0, 20_000),
    employerPensionRate: num(0, 0.3),
  },
  { requiredKeys: [] },
)

describe('team costing invariants', () => {
  test('cost never falls as WTE rises', () => {
    fc.assert(
      fc.property(
        fc.array(roleArb, { minLength: 1, maxLength: 6 }),
        fc.nat(5),
        num(0, 3),
        month,
        fc.integer({ min: 0, max: 30 }),
        costAssumptions,
        (roles, which, extra, start, length, assumptions) => {
          const k = which % roles.length
          const more = roles.map((r, i) => (i === k ? { ...r, wte: r.wte + extra } : r))
          const end = addMonths(start, length)
          const base = { template: 'standard' as const, start, end, assumptions }
          const a = costTeam(fixture, { ...base, roles })
          const b = costTeam(fixture, { ...base, roles: more })
          expect(b.total).toBeGreaterThanOrEqual(a.total - 1e-9)
        },
      ),
      RUNS,
    )
  })

  test('12 months from April cost exactly one full year, and equal the sum of single months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2032 }),
        fc.constantFrom('standard' as const, 'satellite' as const),
        costAssumptions,
        (fy, template, assumptions) => {
          const year = costTeam(fixture, {
            template,
            start: `${fy}-04`,
            end: `${fy + 1}-03`,
            assumptions,
            includeSetup: false,
          })
          const annual = year.roles.reduce((s, r) => s + r.annualCostFirstYear, 0)
          expect(close(year.total, annual)).toBe(true)
          let months = 0
          for (let m = 0; m < 12; m++) {
            const at = addMonths(`${fy}-04`, m)
            months += costTeam(fixture, {
              template,
              start: at,
              end: at,
              assumptions,
              includeSetup: false,
            }).total
          }
          expect(close(months, year.total)).toBe(true)
        },
      ),
      RUNS,
    )
  })
})

function addMonths(yyyyMm: string, n: number): string {
  const [y, m] = yyyyMm.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}
