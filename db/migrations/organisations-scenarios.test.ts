import { sql, type Kysely } from 'kysely'
import { beforeAll, expect, test } from 'vitest'
import { createTestDb } from '../../tests/helpers/test-db'
import type { Database } from '../schema'

/* The CHECK constraints of migration 0002 hold even against writes that bypass the app. */

let db: Kysely<Database>
const now = '2026-11-23T10:00:00.000Z'

beforeAll(async () => {
  db = await createTestDb()
  await sql`insert into organisations values ('org000000001', 'An ICB', 'icb', 'E54000048', ${now})`.execute(
    db,
  )
  await sql`insert into users (id, email, name, organisation_id, role, password_hash, must_change_password, created_at)
    values ('usr000000001', 'a@b.c', 'A', 'org000000001', 'editor', 'scrypt$N=1024,r=8,p=1$x$y', 0, ${now})`.execute(
    db,
  )
})

const scenario = (overrides: Record<string, unknown>) => {
  const row: Record<string, unknown> = {
    id: 'scn000000001',
    organisation_id: 'org000000001',
    name: 'Plan',
    status: 'draft',
    archived: 0,
    visibility: 'organisation',
    version: 1,
    settings_json: '{"scope":"E06000008"}',
    rationale_json: '{}',
    data_version: sql`(select id from data_versions where is_current = 1)`,
    model_version: '1.0.0',
    result_json: null,
    created_by: 'usr000000001',
    created_at: now,
    updated_by: 'usr000000001',
    updated_at: now,
    approved_by: null,
    approved_at: null,
    ...overrides,
  }
  return db
    .insertInto('scenarios')
    .values(row as never)
    .execute()
}

test.each([
  [
    'an upper-case email',
    sql`insert into users (id, email, name, organisation_id, role, password_hash, must_change_password, created_at) values ('usr000000002', 'A@B.C', 'A', 'org000000001', 'editor', 'scrypt$x', 0, ${now})`,
  ],
  [
    'an unknown role',
    sql`insert into users (id, email, name, organisation_id, role, password_hash, must_change_password, created_at) values ('usr000000002', 'x@b.c', 'A', 'org000000001', 'owner', 'scrypt$x', 0, ${now})`,
  ],
  [
    'a plain-text password',
    sql`insert into users (id, email, name, organisation_id, role, password_hash, must_change_password, created_at) values ('usr000000002', 'x@b.c', 'A', 'org000000001', 'viewer', 'hunter2', 0, ${now})`,
  ],
  [
    'an unknown organisation kind',
    sql`insert into organisations values ('org000000002', 'Trust', 'trust', null, ${now})`,
  ],
  [
    'a duplicate organisation name in another case',
    sql`insert into organisations values ('org000000002', 'an icb', 'icb', null, ${now})`,
  ],
  [
    'a session id that is not a SHA-256',
    sql`insert into sessions values ('abc', 'usr000000001', ${now}, ${now}, '2026-11-23T22:00:00.000Z')`,
  ],
])('refuses %s', async (_, statement) => {
  await expect(statement.execute(db)).rejects.toThrow(/constraint/i)
})

test.each([
  ['an approved scenario without its frozen result', { status: 'approved' }],
  ['a draft carrying a result', { result_json: '{}' }],
  ['version 0', { version: 0 }],
  ['a long id', { id: 'scn0000000012' }],
  ['settings that are not a JSON object', { settings_json: '[1]' }],
  ['an unknown visibility', { visibility: 'everyone' }],
  ['a name with outer spaces', { name: ' Plan ' }],
])('refuses a scenario with %s', async (_, overrides) => {
  await expect(scenario(overrides)).rejects.toThrow(/constraint/i)
})

test('accepts a well-formed approved scenario', async () => {
  await scenario({
    status: 'approved',
    result_json: '{"years":[]}',
    approved_by: 'usr000000001',
    approved_at: now,
  })
  expect(await db.selectFrom('scenarios').select('status').execute()).toEqual([
    { status: 'approved' },
  ])
})
