import type { Kysely } from 'kysely'
import { noteModelChange } from './repositories/model-revision'
import { writeTransaction } from './repositories/write-transaction'
import type { Database } from './schema'
import { loadSeedBundle } from './seed-bundle'
import type { SeedBundle } from './seed-format'
import { REFERENCE_TABLES, referenceRows } from './seed'

/** Stable text of a table's rows, whatever order or key order the database returns them in. */
function fingerprint(rows: readonly object[]): string {
  return rows
    .map((row) =>
      JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    )
    .sort()
    .join('\n')
}

/**
 * Brings a database made by an earlier release up to the committed seed's reference rows (model
 * defaults, the team templates' posts, the datasets list, deprivation, the nations' trends): each table whose rows differ
 * is replaced whole, all in one transaction. Returns the tables replaced; on a database that
 * already matches, nothing is written. Population, teams and everything people saved are never
 * touched, except that teams made before the register knew funding (an empty note) get the
 * seed's funding dates, so a new model version changes defaults without losing work.
 */
export async function refreshReference(
  db: Kysely<Database>,
  bundle: SeedBundle = loadSeedBundle(),
): Promise<string[]> {
  const wanted = referenceRows(bundle)
  return writeTransaction(db, async (conn) => {
    const replaced: string[] = []
    for (const table of REFERENCE_TABLES) {
      const stored = await conn.selectFrom(table).selectAll().execute()
      if (fingerprint(stored) === fingerprint(wanted[table])) continue
      await conn.deleteFrom(table).execute()
      const rows = wanted[table]
      if (rows.length > 0)
        await conn
          .insertInto(table)
          .values(rows as never)
          .execute()
      replaced.push(table)
    }
    if (await fillTeamFunding(conn, bundle)) replaced.push('teams (funding)')
    if (replaced.length > 0) await noteModelChange(conn)
    return replaced
  })
}

/** Seeded funding for the teams whose funding was never recorded; edited rows keep theirs. */
async function fillTeamFunding(conn: Kysely<Database>, bundle: SeedBundle): Promise<boolean> {
  const blank = await conn.selectFrom('teams').select('id').where('funding_note', '=', '').execute()
  const seeded = new Map(bundle.teams.teams.map((t) => [t.id, t]))
  let filled = false
  for (const { id } of blank) {
    const t = seeded.get(id)
    if (!t) continue
    await conn
      .updateTable('teams')
      .set({
        funded_from: t.fundedFrom,
        funded_to: t.fundedTo,
        funding_mark: t.fundingMark,
        funding_note: t.fundingNote,
      })
      .where('id', '=', id)
      .where('funding_note', '=', '')
      .execute()
    filled = true
  }
  return filled
}
