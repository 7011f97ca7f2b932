import type { Kysely } from 'kysely'
import type { TeamCountPoint } from '../../shared/domain/model-data'
import type { Database } from '../schema'
import { MARKS } from './assumptions'
import { oneOf } from './guards'

/** The UK count of specialised teams over time, oldest first. */
export async function listTeamCounts(db: Kysely<Database>): Promise<TeamCountPoint[]> {
  const rows = await db.selectFrom('team_counts').selectAll().orderBy('date').execute()
  return rows.map((r) => ({ ...r, mark: oneOf(MARKS, r.mark, 'mark') }))
}
