import { fyLabel } from '../domain/fiscal-year'
import type { ModelData } from '../domain/model-data'
import {
  NATIONAL_ASK,
  type NationalAskReconciliation,
  type ReconciliationStep,
} from '../domain/national-ask'
import { BANDS } from '../domain/pay'
import { presetById } from '../domain/presets'
import { ABSOLUTE_LIMITS, type ScenarioSettings } from '../domain/scenario'
import { fmt } from './format'
import { MODEL_VERSION } from './model-version'
import { costRates } from './pay-rates'
import { runScenario, traceScenario } from './run-scenario'
import type { RunContext } from './run-context'

export const ENGLAND = 'E92000001'

/** Full-year cost of one standard team in year index y, non-pay overhead included. */
function standardTeamCost(ctx: RunContext, y: number): number {
  let cost = 0
  BANDS.forEach((_, b) => (cost += ctx.standard.wte[b]! * ctx.rates[b * ctx.nYears + y]!))
  return cost
}

/**
 * Reconciles the £73m ask with the model's cost of new provision in England in the target
 * year, for the scenario's settings with England as the scope: overhead, pay awards, the need
 * the model finds, the families a team is seen to support, existing teams (costed apart) and the
 * shape of the plan (satellites, expansions, minimum sizes) — each step in £ a year, so the
 * steps add up from the ask to the model's figure exactly.
 */
const UNHELD = ABSOLUTE_LIMITS.nationalRecruitsPerYear[1]

export function reconcileNationalAsk(
  data: ModelData,
  settings: Omit<ScenarioSettings, 'scope'>,
): NationalAskReconciliation {
  // The ask prices meeting the need, not how fast it can be staffed: the national supply of new
  // staff does not hold this plan back (a cap the scenario sets still does).
  const unheld = {
    ...settings,
    assumptions: { ...settings.assumptions, nationalRecruitsPerYear: UNHELD },
  }
  const { ctx, result } = traceScenario(data, { ...unheld, scope: ENGLAND })
  const { a, nYears } = ctx
  const T = nYears - 1
  const target = result.years[T]!
  const targetLabel = fyLabel(ctx.fys[T]!)
  const ask = NATIONAL_ASK.annualCost
  const askFamiliesPerTeam = NATIONAL_ASK.families / NATIONAL_ASK.authorities

  // The ask's team in its own price year, 2025/26, at the scenario's pay and on-cost assumptions.
  const ratesThen = costRates(data, a, [NATIONAL_ASK.priceYear])
  let payThen = 0
  BANDS.forEach((_, b) => (payThen += ctx.standard.wte[b]! * ratesThen[b]!))
  payThen /= 1 + a.nonPayOverhead
  const teamNow = standardTeamCost(ctx, T)
  const teamThenWithOverhead = payThen * (1 + a.nonPayOverhead)

  const modelFamiliesPerTeam = ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte
  let existingUsed = 0
  for (const { index: i, share } of ctx.scope.las) {
    const c = i * nYears + T
    existingUsed += share * Math.min(ctx.existingCap[c]!, ctx.need[c]!)
  }

  const steps: ReconciliationStep[] = []
  let total = 0
  const add = (label: string, amount: number, detail: string, mark: ReconciliationStep['mark']) => {
    total += amount
    steps.push({ label, amount, total, detail, mark })
  }
  add(
    'The national ask',
    ask,
    `${fmt.money(ask)} a year = ${NATIONAL_ASK.authorities} authorities × about ${fmt.money(ask / NATIONAL_ASK.authorities)} a team, for ${fmt.n(NATIONAL_ASK.families)} babies a year (${fmt.n(askFamiliesPerTeam)} a team), in 2025/26 pay. ${NATIONAL_ASK.source}.`,
    'S',
  )
  add(
    'Non-pay overhead',
    ask * a.nonPayOverhead,
    `The ask matches pay with on-costs alone (a standard team's is ${fmt.money(payThen)} in 2025/26); the model adds ${fmt.pct(a.nonPayOverhead)} for estates, IT, travel, training and management.`,
    'A',
  )
  const payIndex = teamNow / teamThenWithOverhead
  add(
    `Pay awards to ${targetLabel}`,
    ask * (1 + a.nonPayOverhead) * (payIndex - 1),
    `A standard team costs ${fmt.money(teamNow)} a year in ${targetLabel} against ${fmt.money(teamThenWithOverhead)} in 2025/26 (× ${payIndex.toFixed(3)}: ${fmt.pct(a.payUplift)} a year after 2025/26, with employer NI and pension). The ask is in 2025/26 prices.`,
    'A',
  )
  const teamsAtAskTerms = NATIONAL_ASK.authorities
  const needTeamsAtAsk = target.need / askFamiliesPerTeam
  add(
    'Need the model finds',
    (needTeamsAtAsk - teamsAtAskTerms) * teamNow,
    `${fmt.n(target.need)} families a year in England in ${targetLabel} (${fmt.pct(a.needRate)} of births, weighted by deprivation across the UK) against the ask's ${fmt.n(NATIONAL_ASK.families)}: ${fmt.n(needTeamsAtAsk)} teams at ${fmt.n(askFamiliesPerTeam)} families each instead of ${teamsAtAskTerms}.`,
    'I',
  )
  const needTeamsModel = target.need / modelFamiliesPerTeam
  add(
    'Families a team supports',
    (needTeamsModel - needTeamsAtAsk) * teamNow,
    `A standard team of ${fmt.wte(ctx.standard.clinicalWte)} clinical WTE is funded to see ${fmt.n(modelFamiliesPerTeam)} families a year (observed teams see 86–127 with about 4 clinicians; ${fmt.pct(1 - a.recruitmentSuccess)} of posts vacant), not ${fmt.n(askFamiliesPerTeam)}: ${fmt.n(needTeamsModel)} teams' worth for all of England's need.`,
    'I',
  )
  add(
    'Existing teams are costed apart',
    -(existingUsed / modelFamiliesPerTeam) * teamNow,
    `The ${fmt.n(existingUsed)} families a year that England's existing teams already support take ${fmt.n(existingUsed / modelFamiliesPerTeam)} teams' worth off the bill: the ask is for new provision, so the model's cost set beside it leaves them out; their running cost is shown apart.`,
    'I',
  )
  add(
    'The shape of the plan',
    target.cost - total,
    `The plan is not all standard teams: satellites of hub teams, expansions of existing teams, teams sized to the need (at least ${fmt.pct(a.standaloneMinScale)} of a standard team) and set-up costs in the year a team starts. The difference between the plan's cost and the same capacity in standard teams.`,
    'I',
  )

  const pif = runScenario(data, {
    ...unheld,
    scope: ENGLAND,
    assumptions: { ...unheld.assumptions, ...presetById('pif').assumptions },
  })
  return {
    targetFy: targetLabel,
    ask,
    model: target.cost,
    steps,
    pifCalibration: pif.years[T]!.cost,
    coverage: target.coverage,
    notes: [
      `The model's figure is the annual cost of new provision in ${targetLabel}, in cash, for the plan this scenario makes for England, reaching ${fmt.pct(target.coverage)} coverage; like the ask, it is not held back by how fast staff can be found (a scenario for England is: see its new clinical staff against the supply).`,
      'The ask is for England only; Wales, Scotland and Northern Ireland are not in it.',
    ],
    modelVersion: MODEL_VERSION,
    dataVersion: data.dataVersion,
  }
}
