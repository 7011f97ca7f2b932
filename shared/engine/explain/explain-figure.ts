import {
  AREA_MEASURES,
  MEASURE_LABELS,
  TARGET_YEAR_MEASURES,
  figureTitle,
  type DatasetSource,
  type ExplainMeasure,
  type ExplainStep,
  type ExplainUnit,
  type Explanation,
  type FigureRef,
} from '../../domain/explain'
import { fyLabel } from '../../domain/fiscal-year'
import type { ModelData } from '../../domain/model-data'
import type { ResolvedSettings, ScenarioSettings } from '../../domain/scenario'
import { MODEL_VERSION } from '../model-version'
import { traceScenario, type ScenarioTrace } from '../run-scenario'
import { scopeAreas, type ScopeArea } from './areas'
import { coverageStep, geographicStep } from './capacity-steps'
import { areaCostStep, cumulativeStep, scopeCostStep } from './cost-steps'
import { areaExistingCostStep, scopeExistingCostStep } from './existing-cost-steps'
import { ExplainFigureError } from './errors'
import { usedAssumptions, usedDatasets, usedTeams } from './inputs'
import { newLedger, type Ledger } from './ledger'
import { teamsStep, wteStep } from './provision-steps'
import { areaSumStep, scopeCoverageStep, scopeSumStep } from './scope-steps'
import { costPerBabyStep, costPerFamilyStep, gapStep } from './summary-steps'
import { assumptionText } from './text'

export interface ExplainOptions {
  /** The sources-page records, so datasets can name their publisher and licence. */
  sources?: readonly DatasetSource[]
  /** What the current data version is, e.g. 'Default dataset: public statistics to mid-2024'. */
  dataVersionLabel?: string | null
}

const UNITS: Record<ExplainMeasure, ExplainUnit> = {
  babiesUnder2: 'babies',
  births: 'births',
  need: 'families a year',
  capacity: 'families a year',
  coverage: 'share',
  geographicCoverage: 'share',
  teams: 'teams',
  wte: 'WTE',
  cost: 'GBP',
  cumulativeCost: 'GBP',
  existingCost: 'GBP',
  costPerBabyCovered: 'GBP per baby',
  costPerFamilySupported: 'GBP per family',
  gap: 'GBP a year',
}

/**
 * How one figure of a scenario's results was worked out: the same run as runScenario, read
 * back step by step. The value is exactly the one the results show; the steps are the run's own
 * intermediate figures. Throws ExplainFigureError naming the field for a figure that does not
 * exist, and UnknownAreaError for an unknown scope.
 */
export function explainFigure(
  data: ModelData,
  settings: ScenarioSettings | ResolvedSettings,
  figure: FigureRef,
  options: ExplainOptions = {},
): Explanation {
  const trace = traceScenario(data, settings)
  const { ctx } = trace
  const { measure } = figure
  const first = ctx.fys[0]!
  const last = ctx.fys.at(-1)!
  const fyStart = figure.fy ?? last
  const y = ctx.fys.indexOf(fyStart)
  if (y < 0) {
    throw new ExplainFigureError(
      'figure.fy',
      `${fyLabel(fyStart)} is not one of this scenario’s years, ${fyLabel(first)} to ${fyLabel(last)}`,
    )
  }
  if (TARGET_YEAR_MEASURES.includes(measure) && fyStart !== last) {
    throw new ExplainFigureError(
      'figure.fy',
      `${MEASURE_LABELS[measure]} is worked out for the target year only, ${fyLabel(last)}`,
    )
  }
  const ledger = newLedger(trace)
  const area = findArea(ledger, figure.area)
  if (area && !AREA_MEASURES.includes(measure)) {
    throw new ExplainFigureError(
      'figure.measure',
      `${MEASURE_LABELS[measure]} is not worked out per authority; leave out the area to explain it for ${ctx.scope.ref.name}`,
    )
  }

  const step = area ? areaStep(ledger, area, y, measure) : scopeStep(ledger, y, measure)
  const value = area ? areaValue(trace, area, y, measure, step) : scopeValue(trace, y, measure)
  const assumptions = usedAssumptions(ledger)
  return {
    measure,
    fyStart,
    fy: fyLabel(fyStart),
    scope: ctx.scope.ref,
    area: area ? { code: area.code, name: area.name } : null,
    title: figureTitle(measure, fyStart, area ? area.name : ctx.scope.ref.name),
    value,
    unit: UNITS[measure],
    formula: step.formula,
    steps: step.children ?? [],
    assumptions,
    datasets: usedDatasets(ledger, options.sources ?? []),
    teams: usedTeams(ledger),
    notes: notes(ledger, area, measure, assumptions),
    modelVersion: MODEL_VERSION,
    dataVersion: data.dataVersion,
    dataVersionLabel: options.dataVersionLabel ?? null,
  }
}

function findArea(ledger: Ledger, code: string | undefined): ScopeArea | null {
  if (code === undefined) return null
  const { ctx } = ledger
  const key = code.trim().toUpperCase()
  const i = ctx.index.laByCode.get(key)
  // The scope's own code (a health body, say) means the whole scope.
  if (i === undefined && key === ctx.scope.ref.code) return null
  if (i === undefined) {
    throw new ExplainFigureError('figure.area', `${key} is not the code of a local authority`)
  }
  const area = scopeAreas(ledger).find((a) => a.i === i)
  if (!area) {
    throw new ExplainFigureError(
      'figure.area',
      `${ctx.data.las[i]!.name} (${key}) is not in ${ctx.scope.ref.name}`,
    )
  }
  return area
}

function areaStep(
  ledger: Ledger,
  area: ScopeArea,
  y: number,
  measure: ExplainMeasure,
): ExplainStep {
  switch (measure) {
    case 'coverage':
      return coverageStep(ledger, area.i, y)
    case 'geographicCoverage':
      return geographicStep(ledger, area.i, y)
    case 'cost':
      return areaCostStep(ledger, area, y)
    case 'cumulativeCost':
      return cumulativeStep(ledger, y, area)
    case 'existingCost':
      return areaExistingCostStep(ledger, area, y)
    case 'babiesUnder2':
    case 'births':
    case 'need':
    case 'capacity':
      return areaSumStep(ledger, area, y, measure)
    default:
      throw new ExplainFigureError('figure.measure', `${measure} is not worked out per authority`)
  }
}

function scopeStep(ledger: Ledger, y: number, measure: ExplainMeasure): ExplainStep {
  switch (measure) {
    case 'babiesUnder2':
    case 'births':
    case 'need':
    case 'capacity':
      return scopeSumStep(ledger, y, measure)
    case 'coverage':
    case 'geographicCoverage':
      return scopeCoverageStep(ledger, y, measure)
    case 'teams':
      return teamsStep(ledger, y)
    case 'wte':
      return wteStep(ledger, y)
    case 'cost':
      return scopeCostStep(ledger, y)
    case 'cumulativeCost':
      return cumulativeStep(ledger, y, null)
    case 'existingCost':
      return scopeExistingCostStep(ledger, y)
    case 'costPerBabyCovered':
      return costPerBabyStep(ledger)
    case 'costPerFamilySupported':
      return costPerFamilyStep(ledger)
    case 'gap':
      return gapStep(ledger)
  }
}

/** The figure as the results give it, so the panel can never disagree with the chart. */
function scopeValue(trace: ScenarioTrace, y: number, measure: ExplainMeasure): number | null {
  const { result } = trace
  if (measure === 'costPerBabyCovered') return result.costPerBabyCovered
  if (measure === 'costPerFamilySupported') return result.money.costPerFamilySupported
  if (measure === 'gap') return result.gap.cost
  return result.years[y]![measure]
}

function areaValue(
  trace: ScenarioTrace,
  area: ScopeArea,
  y: number,
  measure: ExplainMeasure,
  step: ExplainStep,
): number | null {
  const row = trace.result.areas.find((a) => a.code === area.code)!
  switch (measure) {
    case 'babiesUnder2':
    case 'births':
    case 'need':
    case 'capacity':
    case 'coverage':
    case 'cost':
    case 'existingCost':
      return row.years[y]![measure]
    case 'cumulativeCost':
      // As the authority table adds it up: every year from the first to this one.
      return row.years.slice(0, y + 1).reduce((sum, yr) => sum + yr.cost, 0)
    default:
      // Geographic coverage is not in the per-authority results; the step reads the run's grid.
      return step.value
  }
}

function notes(
  ledger: Ledger,
  area: ScopeArea | null,
  measure: ExplainMeasure,
  assumptions: ReturnType<typeof usedAssumptions>,
): string[] {
  const { ctx } = ledger
  const out: string[] = []
  const changed = assumptions.filter((a) => a.overridden)
  if (changed.length > 0) {
    out.push(
      `This scenario changes ${changed.length} of the assumptions used here from their defaults: ${changed
        .map(
          (a) =>
            `${lowerFirst(a.label)}: ${assumptionText(a.value, a.unit)} (default ${assumptionText(a.default, a.unit)})`,
        )
        .join('; ')}.`,
    )
  }
  if (
    area &&
    area.share < 1 - 1e-12 &&
    measure !== 'coverage' &&
    measure !== 'geographicCoverage'
  ) {
    out.push(
      `Only part of ${area.name} is in ${ctx.scope.ref.name}, so its figures here are that part of the whole.`,
    )
  }
  if (
    measure === 'cost' ||
    measure === 'cumulativeCost' ||
    measure === 'costPerBabyCovered' ||
    measure === 'costPerFamilySupported'
  ) {
    out.push(
      'Costs are of new provision; existing teams’ running cost is shown apart, and in the total.',
    )
  }
  if (measure === 'existingCost') {
    out.push(
      'Existing teams’ running cost: known posts at this scenario’s pay rates, or the standard team where the register does not know a team’s staffing [A], for the months each team is funded (or sustained). It is shown apart from new provision and added to it in the total.',
    )
  }
  if (measure === 'capacity') {
    out.push(
      'Capacity counts at most the need in each authority, so spare capacity in one place does not cover a gap in another.',
    )
  }
  out.push('Figures in the formulas are rounded for reading; each is worked out unrounded.')
  return out
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
