import { fyFirstMonth } from '../domain/fiscal-year'
import type { AssumptionValues } from '../domain/assumptions'
import { BANDS, type Role } from '../domain/pay'
import { monthsFrom } from './months'

/*
 * How new posts come on stream. A qualified post sees families after the recruitment lag. A
 * recruit-to-train post studies first (FACTS.md §5): it sees families after
 * traineeProductiveMonths, carries traineeCaseloadShare of a caseload until
 * traineeTrainedMonths, then a full one, and is paid at its trainee band until trained.
 */

/** The recruit-to-train part of a set of posts. */
export interface Training {
  /** Clinical WTE filled by recruit-to-train practitioners. */
  traineeWte: number
  /** Pay while training less pay once trained, as WTE by band (BANDS order): + trainee band, − own band. */
  payDelta: number[]
}

export function trainingOf(roles: readonly Role[], factor = 1): Training {
  const payDelta = BANDS.map(() => 0)
  let traineeWte = 0
  for (const r of roles) {
    if (r.route !== 'recruit-to-train' || !r.clinical) continue
    const wte = r.wte * factor
    traineeWte += wte
    const paid = r.traineeBand ?? r.band
    if (paid === r.band) continue
    payDelta[BANDS.indexOf(paid)] = payDelta[BANDS.indexOf(paid)]! + wte
    payDelta[BANDS.indexOf(r.band)] = payDelta[BANDS.indexOf(r.band)]! - wte
  }
  return { traineeWte, payDelta }
}

/** The month (from the start) a trainee is fully trained: never before they are productive. */
export function trainedAfter(a: AssumptionValues): number {
  return Math.max(a.traineeProductiveMonths, a.traineeTrainedMonths)
}

/** Share of a full caseload one qualified post carries in financial year fy, started in April of startFy. */
export function qualifiedShare(a: AssumptionValues, startFy: number, fy: number): number {
  return monthsFrom(fy, fyFirstMonth(startFy) + a.productivityLagMonths) / 12
}

/** Share of a full caseload one recruit-to-train post carries in fy, started in April of startFy. */
export function traineeShare(a: AssumptionValues, startFy: number, fy: number): number {
  const start = fyFirstMonth(startFy)
  const partial = monthsFrom(fy, start + a.traineeProductiveMonths)
  const full = monthsFrom(fy, start + trainedAfter(a))
  return (a.traineeCaseloadShare * (partial - full) + full) / 12
}

/** Months of fy in which a post started in April of startFy is still in training. */
export function trainingMonths(a: AssumptionValues, startFy: number, fy: number): number {
  const start = fyFirstMonth(startFy)
  return monthsFrom(fy, start) - monthsFrom(fy, start + trainedAfter(a))
}

/**
 * Share of its full capacity a piece of new provision gives in fy: its qualified and its
 * recruit-to-train clinical posts, each at its own ramp.
 */
export function productiveShare(
  a: AssumptionValues,
  clinicalWte: number,
  traineeWte: number,
  startFy: number,
  fy: number,
): number {
  if (fy < startFy || clinicalWte <= 0) return 0
  const t = Math.min(1, traineeWte / clinicalWte)
  const q = 1 - t
  return (
    (q > 0 ? q * qualifiedShare(a, startFy, fy) : 0) +
    (t > 0 ? t * traineeShare(a, startFy, fy) : 0)
  )
}

/** Months before the provision's first post sees families. */
export function firstProductiveMonths(
  a: AssumptionValues,
  clinicalWte: number,
  traineeWte: number,
): number {
  if (traineeWte <= 1e-12) return a.productivityLagMonths
  if (clinicalWte > 0 && traineeWte >= clinicalWte - 1e-12) return a.traineeProductiveMonths
  return Math.min(a.productivityLagMonths, a.traineeProductiveMonths)
}

/** Share of fy in which the provision sees any family: from its first productive post. */
export function servedShare(
  a: AssumptionValues,
  clinicalWte: number,
  traineeWte: number,
  startFy: number,
  fy: number,
): number {
  if (fy < startFy) return 0
  return (
    monthsFrom(fy, fyFirstMonth(startFy) + firstProductiveMonths(a, clinicalWte, traineeWte)) / 12
  )
}
