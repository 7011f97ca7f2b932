import { sql, type Kysely } from 'kysely'
import { portable } from './portable'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. Records where each data version came from, so an imported version can
// be traced to its file and the previous version stays available to switch back to.

const ISO_DATE = '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'

export async function up(db: Kysely<any>): Promise<void> {
  const { glob, notGlob, strict } = portable(db)
  // The publication date of the figures (the seed's manifest date, or an import's source date).
  await db.schema
    .alterTable('data_versions')
    .addColumn('source_date', 'text', (c) => c.check(glob(sql`source_date`, ISO_DATE)))
    .execute()
  // Existing seed versions carry their manifest date in the id: 'seed-2026-11-23-5f191ddf'.
  await sql`update data_versions set source_date = substr(id, 6, 10)
    where source_date is null and ${glob(sql`id`, 'seed-[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]-*')}`.execute(
    db,
  )

  await db.schema
    .createTable('data_imports')
    .addColumn('data_version_id', 'text', (c) =>
      c.primaryKey().references('data_versions.id').onDelete('cascade'),
    )
    // The version that was current when the import ran, whose rows were carried forward.
    .addColumn('previous_version_id', 'text', (c) => c.notNull().references('data_versions.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('population')`))
    .addColumn('shape', 'text', (c) => c.notNull().check(sql`shape in ('long', 'wide', 'mye2')`))
    .addColumn('file_name', 'text', (c) =>
      c.notNull().check(sql`length(file_name) between 1 and 255`),
    )
    .addColumn('sha256', 'text', (c) =>
      c.notNull().check(sql`length(sha256) = 64 and ${notGlob(sql`sha256`, '*[^0-9a-f]*')}`),
    )
    .addColumn('file_bytes', 'integer', (c) => c.notNull().check(sql`file_bytes > 0`))
    .addColumn('record_count', 'integer', (c) => c.notNull().check(sql`record_count > 0`))
    .addColumn('cell_count', 'integer', (c) => c.notNull().check(sql`cell_count > 0`))
    /** Mid-years written, comma separated, ascending: '2025' or '2024,2025'. */
    .addColumn('mid_years', 'text', (c) =>
      c.notNull().check(glob(sql`mid_years`, '[12][0-9][0-9][0-9]*')),
    )
    .addColumn('source', 'text', (c) => c.notNull().check(sql`length(source) between 1 and 200`))
    .addColumn('source_date', 'text', (c) => c.notNull().check(glob(sql`source_date`, ISO_DATE)))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    /** The signed-in user, once accounts exist; null for the command line. */
    .addColumn('imported_by', 'text')
    .addCheckConstraint(
      'data_imports_not_own_previous',
      sql`previous_version_id <> data_version_id`,
    )
    .modifyEnd(strict)
    .execute()
  await db.schema.createIndex('data_imports_sha256').on('data_imports').column('sha256').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_imports').execute()
  await db.schema.alterTable('data_versions').dropColumn('source_date').execute()
}
