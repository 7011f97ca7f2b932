import type { Kysely } from 'kysely'
import { ASSUMPTION_KEYS, ASSUMPTION_UNITS, type Assumption } from '../../shared/domain/assumptions'
import type { Mark } from '../../shared/domain/provenance'
import type { Database } from '../schema'
import { oneOf } from './guards'

export const MARKS: readonly Mark[] = ['S', 'I', 'A', 'U']

export interface AssumptionWithProvenance extends Assumption {
  licence: string
  url: string | null
}

/** Default assumptions in ASSUMPTION_KEYS order, with licence and link for the sources page. */
export async function listAssumptions(db: Kysely<Database>): Promise<AssumptionWithProvenance[]> {
  const rows = await db.selectFrom('assumptions').selectAll().orderBy('position').execute()
  return rows.map((r) => ({
    key: oneOf(ASSUMPTION_KEYS, r.key, 'assumption key'),
    label: r.label,
    description: r.description,
    value: r.value,
    low: r.low,
    high: r.high,
    unit: oneOf(ASSUMPTION_UNITS, r.unit, 'assumption unit'),
    mark: oneOf(MARKS, r.mark, 'mark'),
    source: r.source,
    date: r.date,
    licence: r.licence,
    url: r.url,
  }))
}
