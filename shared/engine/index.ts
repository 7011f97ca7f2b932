/** The scenario engine: pure functions of ModelData and settings, no IO. */
export { summariseArea } from './area-summary'
export {
  costTeam,
  costTeamInputSchema,
  type CostTeamInput,
  type TeamCostRole,
  type TeamCostYear,
  type TeamCapacity,
  type TeamCosting,
} from './cost-team'
export { ReachByError, UnknownAreaError } from './errors'
export { geographyTree, listAreas, type GeographyNode } from './geography-tree'
export { leastCostPlan } from './least-cost/least-cost-plan'
export { MODEL_NOTES, MODEL_VERSION, type ModelVersionNote } from './model-version'
export { PRICE_BASE_FY } from './money'
export { ENGLAND, reconcileNationalAsk } from './national-ask'
export { employerCost, salaryFor, niRuleFor, type EmployerCost } from './pay-rates'
export { runScenario } from './run-scenario'
export { resolveScope, type ResolvedScope } from './scope'
export { defaultAssumptions, resolveSettings } from './settings'
