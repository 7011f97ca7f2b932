/**
 * Random scenario settings for property tests, on any data: the fixture
 * or the real seed (whose area codes and hub teams differ). Shared by the engine property tests.
 */
import fc from 'fast-check'
import {
  EXISTING_TEAM_POLICIES,
  PLANNING_UNITS,
  OPTIONS,
  PHASINGS,
  PRIORITIES,
  STRATEGIES,
  scenarioSettingsSchema,
  type ScenarioSettings,
} from '../domain/scenario'

const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

/**
 * A share that is 0 or at least 1e-4. Near-zero shares make need and plan sizes subnormal
 * (around 1e-320), where a product rounds differently in each order of multiplication, and
 * the evaluator multiplies in a different order from runScenario.
 */
const share = (max: number) => fc.oneof(fc.constant(0), num(1e-4, max))

export function settingsArbitrary(options: {
  scopes: readonly string[]
  laCodes: readonly string[]
  hubTeamIds: readonly string[]
}): fc.Arbitrary<ScenarioSettings> {
  return fc
    .record(
      {
        scope: fc.constantFrom(...options.scopes),
        startFy: fc.integer({ min: 2024, max: 2029 }),
        span: fc.integer({ min: 0, max: 6 }),
        strategy: fc.constantFrom(...STRATEGIES),
        phasing: fc.constantFrom(...PHASINGS),
        priority: fc.constantFrom(...PRIORITIES),
        budgetCap: fc.option(num(50_000, 3_000_000), { nil: null }),
        workforceCap: fc.option(num(0.5, 30), { nil: null }),
        trend: fc.constantFrom('national' as const, 'annual' as const),
        existingTeams: fc.constantFrom(...EXISTING_TEAM_POLICIES),
        planningUnit: fc.constantFrom(...PLANNING_UNITS),
        assumptions: fc.record(
          {
            needRate: share(0.3),
            familiesPerClinicalWte: num(5, 120),
            supervisionShare: num(0, 0.5),
            existingTeamFamiliesPerYear: num(0, 400),
            payUplift: num(-0.05, 0.1),
            nonPayOverhead: num(0, 0.6),
            setupCostStandard: num(0, 100_000),
            setupCostSatellite: num(0, 20_000),
            productivityLagMonths: num(0, 24),
            traineeProductiveMonths: num(0, 24),
            traineeTrainedMonths: num(0, 36),
            traineeCaseloadShare: share(1),
            nationalRecruitsPerYear: num(1, 400),
            satelliteMaxDistanceKm: num(0, 200),
            satelliteTherapists: num(1, 6),
            hubMaxSatellites: fc.integer({ min: 0, max: 4 }),
            standaloneMinScale: num(0.1, 1.5),
            minAreaFamilies: num(0, 60),
            recruitmentSuccess: num(0.2, 1),
            birthsTrendPerYear: num(-0.1, 0.1),
            deprivationNeedRatio: num(1, 4),
          },
          { requiredKeys: [] },
        ),
        overrides: fc.dictionary(
          fc.constantFrom(...options.laCodes),
          fc
            .record(
              {
                option: fc.constantFrom(...OPTIONS),
                startFy: fc.integer({ min: 2024, max: 2035 }),
                hubTeamId: fc.constantFrom(...options.hubTeamIds, 'no-such-team'),
                need: fc.record({
                  needRate: share(0.3),
                  needReason: fc.constant('Local needs assessment'),
                }),
              },
              { requiredKeys: [] },
            )
            .map(({ need, ...o }) => ({ ...o, ...need })),
          { maxKeys: 3 },
        ),
      },
      { requiredKeys: ['scope'] },
    )
    .map(({ span, ...s }) => {
      const settings = { ...s } as ScenarioSettings & { startFy?: number }
      if (s.startFy !== undefined) settings.targetFy = Math.min(2035, s.startFy + (span ?? 0))
      return scenarioSettingsSchema.parse(settings)
    })
}

/** A value for every ranged assumption, anywhere a scenario could set it. */
export const rangedValuesArbitrary = fc.record({
  needRate: share(0.3),
  familiesPerClinicalWte: num(5, 120),
  supervisionShare: num(0, 0.5),
  existingTeamFamiliesPerYear: num(0, 400),
  recruitmentSuccess: share(1),
  productivityLagMonths: num(0, 24),
  birthsTrendPerYear: num(-0.1, 0.1),
  payUplift: num(-0.05, 0.1),
  nonPayOverhead: num(0, 0.6),
})
