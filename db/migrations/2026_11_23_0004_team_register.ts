import { sql, type Kysely } from 'kysely'
import { portable } from './portable'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. The teams register becomes editable: each team carries a version (for
// conflict checks, as saved scenarios do), who changed it last and when, and the exact date it
// closed. The audit log learns the entity 'team'; SQLite cannot alter a CHECK, so there the table
// is rebuilt with its rows, index and append-only triggers.

const AUDIT_COLUMNS = sql`id, at, user_id, organisation_id, action, entity, entity_id, from_version, to_version, detail_json`

async function createAuditLog(db: Kysely<any>, name: string, entities: string[]): Promise<void> {
  const p = portable(db)
  const entityList = sql.join(entities.map((e) => sql.lit(e)))
  await db.schema
    .createTable(name)
    .$call(p.autoIncrementId)
    .addColumn('at', 'text', (c) => c.notNull().check(isoTime(db, 'at')))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('action', 'text', (c) =>
      c
        .notNull()
        .check(sql`length(action) between 1 and 60 and ${p.notGlob(sql`action`, '*[^a-zA-Z.-]*')}`),
    )
    .addColumn('entity', 'text', (c) => c.notNull().check(sql`entity in (${entityList})`))
    .addColumn('entity_id', 'text', (c) =>
      c.notNull().check(sql`length(entity_id) between 1 and 64`),
    )
    .addColumn('from_version', 'integer', (c) => c.check(sql`from_version >= 1`))
    .addColumn('to_version', 'integer', (c) => c.check(sql`to_version >= 1`))
    .addColumn('detail_json', 'text', (c) => c.notNull().check(p.jsonObject('detail_json')))
    .modifyEnd(p.strict)
    .execute()
}

/**
 * Gives audit_log's entity CHECK the given entities, keeping its rows, index and triggers.
 * PostgreSQL alters the constraint in place; SQLite copies every row into a new table.
 */
async function setAuditEntities(db: Kysely<any>, entities: string[]): Promise<void> {
  const p = portable(db)
  if (p.postgres) {
    const entityList = sql.join(entities.map((e) => sql.lit(e)))
    await sql`alter table audit_log drop constraint audit_log_entity_check,
      add constraint audit_log_entity_check check (entity in (${entityList}))`.execute(db)
    return
  }
  // The append-only triggers would refuse the DROP's implicit delete; they come back below.
  await p.dropAppendOnlyTriggers('audit_log')
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
  await p.createAppendOnlyTriggers('audit_log')
}

const isoTime = (db: Kysely<any>, column: string) =>
  portable(db).glob(
    sql.ref(column),
    '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:*Z',
  )

const BEFORE = ['scenario', 'user', 'session', 'organisation', 'data-version']

export async function up(db: Kysely<any>): Promise<void> {
  const { glob, notGlob } = portable(db)
  await db.schema
    .alterTable('teams')
    .addColumn('closed_date', 'text', (c) =>
      c.check(glob(sql`closed_date`, '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
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
    .addColumn('updated_at', 'text', (c) => c.check(isoTime(db, 'updated_at')))
    .execute()
  // A user id, checked by shape rather than a foreign key: SQLite cannot drop a column that is
  // in a foreign key, and `down` must be able to remove it. Null for seeded rows.
  await db.schema
    .alterTable('teams')
    .addColumn('updated_by', 'text', (c) =>
      c.check(sql`length(updated_by) = 12 and ${notGlob(sql`updated_by`, '*[^a-z0-9]*')}`),
    )
    .execute()
  await setAuditEntities(db, [...BEFORE, 'team'])
}

export async function down(db: Kysely<any>): Promise<void> {
  // History is never thrown away: with team entries in the log, going back is refused.
  const { rows } = await sql<{
    n: number
  }>`select count(*) as n from audit_log where entity = 'team'`.execute(db)
  if ((rows[0]?.n ?? 0) > 0) {
    throw new Error('The audit log holds team changes; migration 0004 cannot be undone.')
  }
  await setAuditEntities(db, BEFORE)
  for (const column of ['updated_by', 'updated_at', 'version', 'closed_date']) {
    await db.schema.alterTable('teams').dropColumn(column).execute()
  }
}
