import { sql, type Kysely } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. The teams register becomes editable: each team carries a version (for
// conflict checks, as saved scenarios do), who changed it last and when, and the exact date it
// closed. The audit log learns the entity 'team'; SQLite cannot alter a CHECK, so the table is
// rebuilt with its rows, index and append-only triggers.

const ISO_TIME = (column: string) =>
  sql`${sql.ref(column)} glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:*Z'`

const AUDIT_COLUMNS = sql`id, at, user_id, organisation_id, action, entity, entity_id, from_version, to_version, detail_json`

async function createAuditLog(db: Kysely<any>, name: string, entities: string[]): Promise<void> {
  const entityList = sql.join(entities.map((e) => sql.lit(e)))
  await db.schema
    .createTable(name)
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull().check(ISO_TIME('at')))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`length(action) between 1 and 60 and action not glob '*[^a-zA-Z.-]*'`),
    )
    .addColumn('entity', 'text', (c) => c.notNull().check(sql`entity in (${entityList})`))
    .addColumn('entity_id', 'text', (c) =>
      c.notNull().check(sql`length(entity_id) between 1 and 64`),
    )
    .addColumn('from_version', 'integer', (c) => c.check(sql`from_version >= 1`))
    .addColumn('to_version', 'integer', (c) => c.check(sql`to_version >= 1`))
    .addColumn('detail_json', 'text', (c) =>
      c.notNull().check(sql`json_valid(detail_json) and json_type(detail_json) = 'object'`),
    )
    .modifyEnd(sql`strict`)
    .execute()
}

/** Copies every row into a table with the given entities, then puts it in audit_log's place. */
async function rebuildAuditLog(db: Kysely<any>, entities: string[]): Promise<void> {
  // The append-only triggers would refuse the DROP's implicit delete; they come back below.
  await sql`drop trigger if exists audit_log_no_update`.execute(db)
  await sql`drop trigger if exists audit_log_no_delete`.execute(db)
  await createAuditLog(db, 'audit_log_new', entities)
  await sql`insert into audit_log_new (${AUDIT_COLUMNS}) select ${AUDIT_COLUMNS} from audit_log`.execute(
    db,
  )
  await sql`drop index if exists audit_log_organisation`.execute(db)
  await db.schema.dropTable('audit_log').execute()
  await sql`alter table audit_log_new rename to audit_log`.execute(db)
  await db.schema
    .createIndex('audit_log_organisation')
    .on('audit_log')
    .columns(['organisation_id', 'id'])
    .execute()
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
}

const BEFORE = ['scenario', 'user', 'session', 'organisation', 'data-version']

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('teams')
    .addColumn('closed_date', 'text', (c) =>
      c.check(sql`closed_date glob '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`),
    )
    .execute()
  await db.schema
    .alterTable('teams')
    .addColumn('version', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`version >= 1`),
    )
    .execute()
  await db.schema
    .alterTable('teams')
    .addColumn('updated_at', 'text', (c) => c.check(ISO_TIME('updated_at')))
    .execute()
  // A user id, checked by shape rather than a foreign key: SQLite cannot drop a column that is
  // in a foreign key, and `down` must be able to remove it. Null for seeded rows.
  await db.schema
    .alterTable('teams')
    .addColumn('updated_by', 'text', (c) =>
      c.check(sql`length(updated_by) = 12 and updated_by not glob '*[^a-z0-9]*'`),
    )
    .execute()
  await rebuildAuditLog(db, [...BEFORE, 'team'])
}

export async function down(db: Kysely<any>): Promise<void> {
  // History is never thrown away: with team entries in the log, going back is refused.
  const { rows } = await sql<{
    n: number
  }>`select count(*) as n from audit_log where entity = 'team'`.execute(db)
  if ((rows[0]?.n ?? 0) > 0) {
    throw new Error('The audit log holds team changes; migration 0004 cannot be undone.')
  }
  await rebuildAuditLog(db, BEFORE)
  for (const column of ['updated_by', 'updated_at', 'version', 'closed_date']) {
    await db.schema.alterTable('teams').dropColumn(column).execute()
  }
}
