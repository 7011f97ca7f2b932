import { sql, type Kysely } from 'kysely'
import { portable } from './portable'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. Model 2.2 gives each register team a funding life: the months its
// current funding runs ('YYYY-MM', either end unknown), how that is known ([S] stated, [I]
// inferred, [A] assumed) and where it comes from. A team stops when its funding ends unless a
// scenario sustains it. Rows made before this migration get an empty note, which the reference
// refresh fills from the committed seed for teams nobody has edited.

const MONTH = '[12][0-9][0-9][0-9]-[01][0-9]'

export async function up(db: Kysely<any>): Promise<void> {
  const { glob } = portable(db)
  await db.schema
    .alterTable('teams')
    .addColumn('funded_from', 'text', (c) => c.check(glob(sql`funded_from`, MONTH)))
    .execute()
  await db.schema
    .alterTable('teams')
    .addColumn('funded_to', 'text', (c) => c.check(glob(sql`funded_to`, MONTH)))
    .execute()
  await db.schema
    .alterTable('teams')
    .addColumn('funding_mark', 'text', (c) =>
      c
        .notNull()
        .defaultTo('A')
        .check(sql`funding_mark in ('S', 'I', 'A')`),
    )
    .execute()
  await db.schema
    .alterTable('teams')
    .addColumn('funding_note', 'text', (c) =>
      c
        .notNull()
        .defaultTo('')
        .check(sql`length(funding_note) <= 600`),
    )
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['funding_note', 'funding_mark', 'funded_to', 'funded_from']) {
    await db.schema.alterTable('teams').dropColumn(column).execute()
  }
}
