import { sql, type Kysely } from 'kysely'
import { portable } from './portable'

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: they must
   not depend on the current schema types, which move on after this file is frozen. */

// Frozen once released. Organisations, their people and sessions, saved scenarios and the
// append-only audit log. Timestamps are ISO 8601 UTC text ('2026-11-23T10:00:00.000Z'), so they
// compare correctly as strings. Area codes are checked in code: areas live in several tables
// (authorities, upper tiers, health bodies, nations, the UK), so no single foreign key fits.

const flag = (column: string) => sql`${sql.ref(column)} in (0, 1)`

export async function up(db: Kysely<any>): Promise<void> {
  const p = portable(db)
  const { strict } = p
  /** The short random ids the app makes: 12 of [a-z0-9]. */
  const shortId = (column: string) =>
    sql`length(${sql.ref(column)}) = 12 and ${p.notGlob(sql.ref(column), '*[^a-z0-9]*')}`
  const ISO_TIME = (column: string) =>
    p.glob(sql.ref(column), '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:*Z')

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey().check(shortId('id')))
    .addColumn('name', 'text', (c) =>
      c.notNull().check(sql`length(name) between 1 and 120 and name = trim(name)`),
    )
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('icb', 'council', 'national')`),
    )
    .addColumn('area_code', 'text', (c) =>
      c.check(
        sql`length(area_code) between 2 and 9 and ${p.notGlob(sql`area_code`, '*[^0-9A-Z]*')}`,
      ),
    )
    .addColumn('created_at', 'text', (c) => c.notNull().check(ISO_TIME('created_at')))
    .modifyEnd(strict)
    .execute()
  // Names are how people and the command line find an organisation: unique ignoring case.
  await sql`create unique index organisations_name on organisations (${p.ignoringCase('name')})`.execute(
    db,
  )

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey().check(shortId('id')))
    .addColumn('email', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(
          sql`email = lower(trim(email)) and length(email) between 3 and 254 and email like '%_@_%'`,
        ),
    )
    .addColumn('name', 'text', (c) =>
      c.notNull().check(sql`length(name) between 1 and 120 and name = trim(name)`),
    )
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('viewer', 'editor', 'admin')`))
    // 'scrypt$N=32768,r=8,p=1$<salt>$<hash>': the parameters travel with the hash.
    .addColumn('password_hash', 'text', (c) =>
      c.notNull().check(sql`password_hash like 'scrypt$%'`),
    )
    .addColumn('must_change_password', 'integer', (c) =>
      c.notNull().check(flag('must_change_password')),
    )
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0).check(flag('disabled')))
    .addColumn('created_at', 'text', (c) => c.notNull().check(ISO_TIME('created_at')))
    .modifyEnd(strict)
    .execute()
  await db.schema.createIndex('users_organisation').on('users').column('organisation_id').execute()

  // Only the SHA-256 of the cookie's token is stored: a copy of the database cannot sign anyone in.
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) =>
      c.primaryKey().check(sql`length(id) = 64 and ${p.notGlob(sql`id`, '*[^0-9a-f]*')}`),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull().check(ISO_TIME('created_at')))
    .addColumn('last_seen_at', 'text', (c) => c.notNull().check(ISO_TIME('last_seen_at')))
    .addColumn('expires_at', 'text', (c) => c.notNull().check(ISO_TIME('expires_at')))
    .addCheckConstraint('sessions_expire_after_start', sql`expires_at > created_at`)
    .modifyEnd(strict)
    .execute()
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()

  await db.schema
    .createTable('scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey().check(shortId('id')))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) =>
      c.notNull().check(sql`length(name) between 1 and 120 and name = trim(name)`),
    )
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'approved')`))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0).check(flag('archived')))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('organisation', 'shared', 'published')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('settings_json', 'text', (c) => c.notNull().check(p.jsonObject('settings_json')))
    .addColumn('rationale_json', 'text', (c) => c.notNull().check(p.jsonObject('rationale_json')))
    .addColumn('data_version', 'text', (c) => c.notNull().references('data_versions.id'))
    .addColumn('model_version', 'text', (c) =>
      c.notNull().check(sql`length(model_version) between 1 and 40`),
    )
    // The frozen result of an approved scenario; null for a draft.
    .addColumn('result_json', 'text', (c) => c.check(p.json('result_json')))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().check(ISO_TIME('created_at')))
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull().check(ISO_TIME('updated_at')))
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', 'text', (c) => c.check(ISO_TIME('approved_at')))
    // Approved ⇔ frozen: an approved row always carries its result and who approved it, a draft never.
    .addCheckConstraint(
      'scenarios_approved_is_frozen',
      sql`(status = 'approved') = (result_json is not null and approved_by is not null and approved_at is not null)
        and (status = 'draft') = (result_json is null and approved_by is null and approved_at is null)`,
    )
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('scenarios_organisation')
    .on('scenarios')
    .columns(['organisation_id', 'updated_at'])
    .execute()
  await db.schema.createIndex('scenarios_visibility').on('scenarios').column('visibility').execute()

  await db.schema
    .createTable('scenario_shares')
    .addColumn('scenario_id', 'text', (c) =>
      c.notNull().references('scenarios.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('scenario_shares_pk', ['scenario_id', 'organisation_id'])
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('scenario_shares_organisation')
    .on('scenario_shares')
    .column('organisation_id')
    .execute()

  await db.schema
    .createTable('audit_log')
    .$call(p.autoIncrementId)
    .addColumn('at', 'text', (c) => c.notNull().check(ISO_TIME('at')))
    // Null: the command line (`npm run user`) or the first start.
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('action', 'text', (c) =>
      c
        .notNull()
        .check(sql`length(action) between 1 and 60 and ${p.notGlob(sql`action`, '*[^a-zA-Z.-]*')}`),
    )
    .addColumn('entity', 'text', (c) =>
      c
        .notNull()
        .check(sql`entity in ('scenario', 'user', 'session', 'organisation', 'data-version')`),
    )
    .addColumn('entity_id', 'text', (c) =>
      c.notNull().check(sql`length(entity_id) between 1 and 64`),
    )
    .addColumn('from_version', 'integer', (c) => c.check(sql`from_version >= 1`))
    .addColumn('to_version', 'integer', (c) => c.check(sql`to_version >= 1`))
    .addColumn('detail_json', 'text', (c) => c.notNull().check(p.jsonObject('detail_json')))
    .modifyEnd(strict)
    .execute()
  await db.schema
    .createIndex('audit_log_organisation')
    .on('audit_log')
    .columns(['organisation_id', 'id'])
    .execute()
  // Append-only: no code path, and no mistake in one, can rewrite history.
  await p.createAppendOnlyTriggers('audit_log')
}

export async function down(db: Kysely<any>): Promise<void> {
  await portable(db).dropAppendOnlyTriggers('audit_log')
  for (const table of [
    'audit_log',
    'scenario_shares',
    'scenarios',
    'sessions',
    'users',
    'organisations',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
