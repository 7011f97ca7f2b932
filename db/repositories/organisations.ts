import type { Kysely } from 'kysely'
import {
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationKind,
} from '../../shared/domain/saved-scenario'
import type { Database, OrganisationsTable } from '../schema'
import { oneOf } from './guards'
import { randomId } from './ids'

export function toOrganisation(
  row: Pick<OrganisationsTable, 'id' | 'name' | 'kind' | 'area_code'>,
) {
  return {
    id: row.id,
    name: row.name,
    kind: oneOf(ORGANISATION_KINDS, row.kind, 'organisation kind'),
    areaCode: row.area_code,
  } satisfies Organisation
}

export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('name').execute()
  return rows.map(toOrganisation)
}

/** Case-insensitive, as the unique index is. */
export async function findOrganisationByName(
  db: Kysely<Database>,
  name: string,
): Promise<Organisation | null> {
  const row = await db
    .selectFrom('organisations')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()))
    .executeTakeFirst()
  return row ? toOrganisation(row) : null
}

export async function organisationsExist(db: Kysely<Database>, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('organisations').select('id').where('id', 'in', ids).execute()
  const found = new Set(rows.map((r) => r.id))
  return ids.filter((id) => !found.has(id))
}

/** Call inside the caller's transaction; the caller writes the audit row. */
export async function insertOrganisation(
  conn: Kysely<Database>,
  org: { name: string; kind: OrganisationKind; areaCode: string | null },
  now: Date,
): Promise<Organisation> {
  const row = {
    id: randomId(),
    name: org.name.trim(),
    kind: org.kind,
    area_code: org.areaCode,
    created_at: now.toISOString(),
  }
  await conn.insertInto('organisations').values(row).execute()
  return toOrganisation(row)
}
