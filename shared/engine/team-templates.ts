import type { ModelData } from '../domain/model-data'
import { BANDS, type Role, type TeamTemplate, type TeamTemplateId } from '../domain/pay'
import { assert } from './assert'

export function templateFor(data: ModelData, id: TeamTemplateId): TeamTemplate {
  const template = data.templates.find((t) => t.id === id)
  assert(template, `no ${id} team template`)
  return template
}

export function clinicalWte(roles: readonly Role[]): number {
  let sum = 0
  for (const r of roles) if (r.clinical) sum += r.wte
  return sum
}

export function totalWte(roles: readonly Role[]): number {
  let sum = 0
  for (const r of roles) sum += r.wte
  return sum
}

export function scaleRoles(roles: readonly Role[], factor: number): Role[] {
  return roles.map((r) => ({ ...r, wte: r.wte * factor }))
}

/** WTE per band (BANDS order) of a role list times a factor; the form the cost loop uses. */
export function bandVector(roles: readonly Role[], factor = 1): Float64Array {
  const out = new Float64Array(BANDS.length)
  addBands(roles, factor, out)
  return out
}

/** Adds a role list's WTE per band into an existing vector. */
export function addBands(
  roles: readonly Role[],
  factor: number,
  into: number[] | Float64Array,
): void {
  for (const r of roles) {
    const b = BANDS.indexOf(r.band)
    into[b] = into[b]! + r.wte * factor
  }
}

/**
 * A satellite with a given number of therapists: the template's posts and its hub supervision
 * both scale with the therapist count (the BwD satellite is 2 therapists with 0.2 WTE 8a).
 */
export function satelliteRoles(
  template: TeamTemplate,
  roles: readonly Role[],
  therapists: number,
): { roles: Role[]; hubRoles: Role[] } {
  const base = clinicalWte(roles)
  assert(base > 0, 'the satellite template has no clinical posts')
  const factor = therapists / base
  return { roles: scaleRoles(roles, factor), hubRoles: scaleRoles(template.hubRoles, factor) }
}

export function totalOf(v: ArrayLike<number>): number {
  let s = 0
  for (let k = 0; k < v.length; k++) s += v[k]!
  return s
}
