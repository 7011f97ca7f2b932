import type { Kysely } from 'kysely'
import type { Database } from '../schema'

/*
 * The revision of everything the model reads (the current data version, the teams register,
 * the reference rows). Every change to those adds one in its own transaction, so a server
 * process can tell, with one small read, that another process (or the command line) changed
 * them, and reload its model and drop its cached answers (server/model-store.ts).
 */

export async function readModelRevision(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('model_revision')
    .select('revision')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return row.revision
}

/** Call with the transaction's connection, so the new revision commits with the change. */
export async function noteModelChange(conn: Kysely<Database>): Promise<void> {
  await conn
    .updateTable('model_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute()
}
