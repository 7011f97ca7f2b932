import { RANGED_KEYS, THROUGHPUT_FOLLOWER } from '../../domain/uncertainty'
import { PLAN_KEYS, type PlanKey } from './fixed-plan'

const planIndex = (key: PlanKey) => PLAN_KEYS.indexOf(key)
const RANGED_IN_PLAN = Int32Array.from(RANGED_KEYS, (key) => planIndex(key))
const FOLLOWER = planIndex(THROUGHPUT_FOLLOWER)
const LEADER = planIndex('existingTeamFamiliesPerYear')

/**
 * The plan's assumption vector (PLAN_KEYS order) for one set of drawn values (RANGED_KEYS order):
 * each drawn value in its place, families per clinical WTE scaled with the drawn throughput of
 * existing teams (both come from the same observed figure), everything else central.
 */
export function planValues(
  central: Float64Array,
  drawn: ArrayLike<number>,
  out: Float64Array = new Float64Array(central.length),
): Float64Array {
  out.set(central)
  for (let k = 0; k < RANGED_IN_PLAN.length; k++) out[RANGED_IN_PLAN[k]!] = drawn[k]!
  const lead = central[LEADER]!
  if (lead > 0) out[FOLLOWER] = central[FOLLOWER]! * (out[LEADER]! / lead)
  return out
}
