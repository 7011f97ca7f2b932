import type { Kysely } from 'kysely'
import type { Database } from '../schema'

export interface SourceRecord {
  id: string
  title: string
  publisher: string
  date: string
  licence: string
  attribution: string
  url: string | null
  file: string | null
  notes: string | null
}

export async function listSources(db: Kysely<Database>): Promise<SourceRecord[]> {
  return db
    .selectFrom('sources')
    .select(['id', 'title', 'publisher', 'date', 'licence', 'attribution', 'url', 'file', 'notes'])
    .orderBy('position')
    .execute()
}
