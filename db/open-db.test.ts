import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestDb } from '../tests/helpers/test-db'
import { migrateToLatest } from './migrate'
import { openDb, sqliteHandle } from './open-db'
import { prepareDatabase } from './prepare'

const dir = mkdtempSync(join(tmpdir(), 'coverage2030-db-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('openDb', () => {
  it('reads back WAL, foreign keys, FULL sync and a 5 s busy timeout on a file database', async () => {
    const db = openDb(join(dir, 'pragmas.sqlite'))
    const handle = sqliteHandle(db)
    expect(handle.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(handle.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(handle.pragma('synchronous', { simple: true })).toBe(2)
    expect(handle.pragma('busy_timeout', { simple: true })).toBe(5000)
    await db.destroy()
  })

  it('skips WAL for an in-memory database but keeps the other pragmas', async () => {
    const db = openDb(':memory:')
    const handle = sqliteHandle(db)
    expect(handle.pragma('journal_mode', { simple: true })).toBe('memory')
    expect(handle.pragma('foreign_keys', { simple: true })).toBe(1)
    await db.destroy()
  })
})

describe('prepareDatabase', () => {
  it('creates the folder, migrates and seeds on first start, and is a no-op on the next', async () => {
    const file = join(dir, 'nested', 'app.sqlite')
    const first = await prepareDatabase(file)
    const version = await first
      .selectFrom('data_versions')
      .select('created_at')
      .executeTakeFirstOrThrow()
    await first.destroy()
    const second = await prepareDatabase(file)
    const versions = await second.selectFrom('data_versions').select('created_at').execute()
    await second.destroy()
    expect(versions).toEqual([version])
  })
})

describe('migrateToLatest', () => {
  it('is safe to run again on a migrated database', async () => {
    const db = openDb(':memory:')
    await migrateToLatest(db)
    const again = await migrateToLatest(db)
    await db.destroy()
    expect(again.results).toEqual([])
  })
})

describe('constraints', () => {
  it('rejects a mark that is not S, I, A or U', async () => {
    const db = await createTestDb()
    await expect(
      db.updateTable('assumptions').set({ mark: 'X' }).where('key', '=', 'needRate').execute(),
    ).rejects.toThrow(/CHECK constraint failed/)
    await db.destroy()
  })

  it('rejects an assumption outside its own range, a share above 1 and a negative count', async () => {
    const db = await createTestDb()
    await expect(
      db.updateTable('assumptions').set({ value: 0.5 }).where('key', '=', 'needRate').execute(),
    ).rejects.toThrow(/CHECK constraint failed/)
    await expect(db.updateTable('la_health_bodies').set({ share: 1.5 }).execute()).rejects.toThrow(
      /CHECK/,
    )
    await expect(db.updateTable('team_counts').set({ count: -1 }).execute()).rejects.toThrow(
      /CHECK/,
    )
    await db.destroy()
  })

  it('rejects a team area that is not a local authority', async () => {
    const db = await createTestDb()
    await expect(
      db.insertInto('team_areas').values({ team_id: 'oxpip', la_code: 'E99999999' }).execute(),
    ).rejects.toThrow(/FOREIGN KEY constraint failed/)
    await db.destroy()
  })

  it('stores values in strict tables, refusing text in a number column', async () => {
    const db = await createTestDb()
    await expect(
      sql`update assumptions set value = 'high' where key = 'needRate'`.execute(db),
    ).rejects.toThrow(/cannot store TEXT value in REAL column/)
    await db.destroy()
  })
})
