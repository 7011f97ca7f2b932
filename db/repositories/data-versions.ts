import type { Kysely } from 'kysely'
import type { Database } from '../schema'

export interface DataVersion {
  id: string
  label: string
  source: string
  createdAt: string
}

export async function currentDataVersion(db: Kysely<Database>): Promise<DataVersion> {
  const row = await db
    .selectFrom('data_versions')
    .selectAll()
    .where('is_current', '=', 1)
    .executeTakeFirst()
  if (!row) throw new Error('The database has no current data version: it has not been seeded')
  return { id: row.id, label: row.label, source: row.source, createdAt: row.created_at }
}
