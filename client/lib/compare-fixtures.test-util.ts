/** Small scenario results for the comparison tests. */
import { ASSUMPTION_KEYS, type AssumptionKey } from '../../shared/domain/assumptions'
import type { ScenarioResult, YearResult } from '../../shared/domain/results'
import type { ResolvedSettings } from '../../shared/domain/scenario'

export const DEFAULT_ASSUMPTIONS = Object.fromEntries(
  ASSUMPTION_KEYS.map((key) => [key, key === 'needRate' ? 0.07 : 1]),
) as Record<AssumptionKey, number>

export function resolved(over: Partial<ResolvedSettings> = {}): ResolvedSettings {
  return {
    scope: 'E54000048',
    startFy: 2025,
    targetFy: 2030,
    strategy: 'mixed',
    phasing: 'even',
    priority: 'unmet-need',
    budgetCap: null,
    workforceCap: null,
    trend: 'national',
    existingTeams: 'as-funded',
    planningUnit: 'upper-tier',
    assumptions: { ...DEFAULT_ASSUMPTIONS },
    overrides: {},
    ...over,
  }
}

export function year(fyStart: number, over: Partial<YearResult> = {}): YearResult {
  return {
    fy: `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`,
    fyStart,
    babiesUnder2: 1000,
    births: 500,
    need: 35,
    capacity: 20,
    coverage: 0.5,
    geographicCoverage: 0.6,
    coveredBabies: 500,
    teams: 2,
    teamsBreakdown: { existing: 1, new: 1, satellites: 0, expanded: 0 },
    wte: 5,
    clinicalWte: 4,
    wteByBand: {} as YearResult['wteByBand'],
    cost: 100_000,
    recurrentCost: 90_000,
    oneOffCost: 10_000,
    cumulativeCost: 100_000,
    existingCost: 50_000,
    renewedCost: 0,
    totalCost: 150_000,
    cumulativeTotalCost: 150_000,
    costReal: 95_000,
    costPresentValue: 95_000,
    newFamiliesSupported: 10,
    workforce: {
      needed: 1,
      started: 1,
      startedTrainees: 0.2,
      inTraining: 0.2,
      completingTraining: 0,
      cap: null,
      fairShare: 2,
    },
    ...over,
  }
}

export function result(
  years: YearResult[],
  over: Partial<ScenarioResult> = {},
  settings: Partial<ResolvedSettings> = {},
): ScenarioResult {
  return {
    scope: {
      code: 'E54000048',
      name: 'NHS Lancashire and South Cumbria ICB',
      level: 'health-body',
    },
    settings: resolved(settings),
    modelVersion: '1',
    dataVersion: 'd1',
    years,
    fullCoverageFy: null,
    costPerBabyCovered: null,
    money: {
      priceBaseFy: 2025,
      gdpDeflator: 0.02,
      discountRate: 0.035,
      totalNominal: years.reduce((sum, y) => sum + y.cost, 0),
      existingNominal: years.reduce((sum, y) => sum + y.existingCost, 0),
      renewedNominal: years.reduce((sum, y) => sum + y.renewedCost, 0),
      totalWithExistingNominal: years.reduce((sum, y) => sum + y.totalCost, 0),
      totalReal: years.reduce((sum, y) => sum + y.costReal, 0),
      presentValue: years.reduce((sum, y) => sum + y.costPresentValue, 0),
      costPerFamilySupported: 10_000,
      costPerFamilySupportedReal: 9_500,
    },
    byDeprivation: [],
    gap: { families: 0, clinicalWte: 0, cost: 0 },
    areas: [],
    warnings: [],
    ...over,
  } as ScenarioResult
}
