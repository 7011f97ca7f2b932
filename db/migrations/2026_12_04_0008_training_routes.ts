import { sql, type Kysely } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. Model 2.3 knows how each template post is filled: by someone qualified
// or by a recruit-to-train practitioner paid at a trainee band while training. Existing rows
// become 'qualified'; the reference refresh then replaces the template roles from the seed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('template_roles')
    .addColumn('route', 'text', (c) =>
      c
        .notNull()
        .defaultTo('qualified')
        .check(sql`route in ('qualified', 'recruit-to-train')`),
    )
    .execute()
  await db.schema
    .alterTable('template_roles')
    .addColumn('trainee_band', 'text', (c) =>
      c.check(sql`trainee_band in ('4', '5', '6', '7', '8a', '8b', '8c', '8d', '9')`),
    )
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['trainee_band', 'route']) {
    await db.schema.alterTable('template_roles').dropColumn(column).execute()
  }
}
