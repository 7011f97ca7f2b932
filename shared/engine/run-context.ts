import type { AssumptionValues } from '../domain/assumptions'
import type { ModelData } from '../domain/model-data'
import type { Role, TeamTemplate } from '../domain/pay'
import type { ResolvedSettings } from '../domain/scenario'
import type { ModelIndex } from './model-index'
import type { NeedParts } from './need'
import type { PopulationGrid } from './population'
import type { Training } from './ramp-up'
import type { ResolvedScope } from './scope'

/** Everything one scenario run shares between its steps. Grids are [la * nYears + year]. */
export interface RunContext {
  data: ModelData
  index: ModelIndex
  settings: ResolvedSettings
  a: AssumptionValues
  scope: ResolvedScope
  /** Share of each authority inside the scope (0 outside). */
  scopeShare: Float64Array
  fys: number[]
  nYears: number
  /**
   * First year index a new start may take unless set by hand: the year under way once its
   * April has passed is too late (ModelData.newStartsFy). nYears when no modelled year is left.
   */
  firstStart: number
  pop: PopulationGrid
  /** Need's deprivation weights and any authority's own rate: need = births × (rate × weight + own). */
  needParts: NeedParts
  need: Float64Array
  existingCap: Float64Array
  existingServed: Uint8Array
  /** Running cost of the register's teams reaching each authority, for the months they work. */
  existingCost: Float64Array
  /** The part of existingCost beyond known funding, which a sustaining scenario renews. */
  renewedCost: Float64Array
  /**
   * 1 where register team t is funded for the whole of every year from year index y to the
   * last, [t * nYears + y]: what a hub must be (asked often, so worked out once a run).
   */
  hubFunded: Uint8Array
  /** Full-year cost of one WTE by band and year, overhead included: [band * nYears + year]. */
  rates: Float64Array
  /** Families a year one clinical WTE sees once productive, before recruitment success. */
  familiesPerWte: number
  /**
   * Families a year per funded new clinical post, some of which stand vacant (× recruitment
   * success): new provision is sized by it, so the posts that are filled meet the need.
   */
  fundedFamiliesPerWte: number
  standard: {
    roles: Role[]
    wte: Float64Array
    clinicalWte: number
    clinicalMix: Float64Array
    training: Training
  }
  /**
   * Most new clinical WTE the plan may start in one year: the scenario's own cap, else for a
   * UK or nation plan its share by births of the national supply (nationalRecruitsPerYear).
   */
  workforceCap: number
  /** The scope's share by births of the national supply, a yardstick at every scope. */
  workforceFairShare: number
  satellite: { template: TeamTemplate; roles: Role[] }
}
