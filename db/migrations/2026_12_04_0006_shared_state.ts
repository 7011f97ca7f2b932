import { sql, type Kysely } from 'kysely'
import { portable } from './portable'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. What several server processes on one database must share, so that none
// of them keeps it in its own memory: failed sign-ins (the limit of 10 in 15 minutes holds
// across processes), and the revision of the data the model reads (each process reloads its
// model, and drops its cached answers, when another one changed them).

export async function up(db: Kysely<any>): Promise<void> {
  const p = portable(db)
  await db.schema
    .createTable('sign_in_failures')
    .$call(p.autoIncrementId)
    // The SHA-256 of 'email:…' or 'ip:…': the table says that someone failed, not who.
    .addColumn('key_hash', 'text', (c) =>
      c.notNull().check(sql`length(key_hash) = 64 and ${p.notGlob(sql`key_hash`, '*[^0-9a-f]*')}`),
    )
    .addColumn('at', 'text', (c) =>
      c
        .notNull()
        .check(
          p.glob(sql`at`, '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:*Z'),
        ),
    )
    .modifyEnd(p.strict)
    .execute()
  await db.schema
    .createIndex('sign_in_failures_key')
    .on('sign_in_failures')
    .columns(['key_hash', 'at'])
    .execute()
  await db.schema.createIndex('sign_in_failures_at').on('sign_in_failures').column('at').execute()

  // One row; every change to what the model reads adds one in the same transaction.
  await db.schema
    .createTable('model_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .modifyEnd(p.strict)
    .execute()
  await db.insertInto('model_revision').values({ id: 1, revision: 1 }).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('model_revision').execute()
  await db.schema.dropTable('sign_in_failures').execute()
}
