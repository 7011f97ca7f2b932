import SqliteDatabase from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { addOrganisation, addUser } from '../tests/helpers/test-users'
import { backupDatabase, BackupError, restoreDatabase } from './backup'
import { migrations } from './migrations/index'
import { openSqlite } from './open-db'
import { prepareDatabase } from './prepare'
import { createScenario } from './repositories/scenarios'

const LATEST_MIGRATION = Object.keys(migrations).at(-1)!

/*
 * Reliability note D8/D9/T4: online backups that are checked, and restores that check the backup
 * first, refuse while the database is open and keep the database they replace.
 * (A backup taken while the real server writes: tests/reliability/backup-during-writes.test.ts.)
 */

let dir = ''
let template = ''
/** A fresh folder per test, so no test meets another's leftovers. */
let caseDir = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coverage2030-backup-'))
  template = join(dir, 'template.sqlite')
  const kysely = await prepareDatabase(template)
  const org = await addOrganisation(kysely, 'Lancashire and South Cumbria ICB')
  const user = await addUser(kysely, org, 'editor')
  const { id: dataVersion } = await kysely
    .selectFrom('data_versions')
    .select('id')
    .where('is_current', '=', 1)
    .executeTakeFirstOrThrow()
  for (const name of ['Plan A', 'Plan B']) {
    await createScenario(
      kysely,
      { userId: user.id, organisationId: org.id, role: 'editor' },
      { name, settings: { scope: 'E54000048', budgetCap: 2_500_000 }, rationale: {} },
      { dataVersion, modelVersion: 'test' },
      new Date('2026-11-23T12:00:00Z'),
      { action: 'scenario.create', summary: `Created '${name}'` },
    )
  }
  await kysely.destroy()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeEach(() => {
  caseDir = mkdtempSync(join(dir, 'case-'))
})

/** Every row of every table, in a fixed order: equal dumps = the same query results. */
function dump(file: string): string {
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true })
  try {
    const tables = (
      sqlite.prepare(`select name from sqlite_master where type = 'table' order by name`).all() as {
        name: string
      }[]
    ).map((t) => t.name)
    return tables
      .map((t) => {
        const rows = sqlite
          .prepare(`select * from "${t}"`)
          .all()
          .map((r) => JSON.stringify(r))
        return `${t}\n${rows.sort().join('\n')}`
      })
      .join('\n\n')
  } finally {
    sqlite.close()
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * A copy of the template, opened as the server opens it (WAL) with one change committed that is
 * still only in the -wal file: the handle stays open until the caller closes it.
 */
function liveDatabase() {
  const file = join(caseDir, 'app.sqlite')
  copyFileSync(template, file)
  const server = openSqlite(file)
  server.exec(`update scenarios set name = 'Plan A (edited)' where name = 'Plan A'`)
  return { file, server }
}

/** A database nobody has open, as after stopping the server. */
function idleDatabase() {
  const { file, server } = liveDatabase()
  server.close()
  return file
}

describe('backupDatabase', () => {
  test('copies a database in use, WAL included, into one checked file that opens anywhere', async () => {
    const { file, server } = liveDatabase()
    try {
      const expected = dump(file)
      const destination = join(caseDir, 'backup.sqlite')
      const { summary } = await backupDatabase(file, destination)
      expect(summary).toMatchObject({
        migration: LATEST_MIGRATION,
        pendingMigrations: 0,
        rows: { organisations: 1, users: 1, scenarios: 2 },
      })
      expect(summary.currentDataVersion).toMatch(/^seed-/)
      // Rollback-journal mode (header bytes 18 and 19 = 1): no -wal or -shm needed beside it.
      expect([...readFileSync(destination).subarray(18, 20)]).toEqual([1, 1])
      expect(dump(destination)).toBe(expected)
      expect(dump(destination)).toContain('Plan A (edited)')
      expect(readdirSync(caseDir).filter((f) => f.startsWith('backup'))).toEqual(['backup.sqlite'])
    } finally {
      server.close()
    }
  })

  test('never overwrites a file, and says what is missing', async () => {
    const file = idleDatabase()
    const existing = join(caseDir, 'existing.sqlite')
    writeFileSync(existing, 'an earlier backup')
    await expect(backupDatabase(file, existing)).rejects.toThrow(
      `${existing} already exists; choose a new file name`,
    )
    expect(readFileSync(existing, 'utf8')).toBe('an earlier backup')
    await expect(
      backupDatabase(join(caseDir, 'none.sqlite'), join(caseDir, 'b.sqlite')),
    ).rejects.toThrow(`there is no database at ${join(caseDir, 'none.sqlite')}`)
    await expect(backupDatabase(file, join(caseDir, 'no/such/folder.sqlite'))).rejects.toThrow(
      'does not exist',
    )
  })
})

describe('restoreDatabase', () => {
  test('round trip: the restored database answers every query byte for byte as at the backup', async () => {
    const file = idleDatabase()
    const atBackup = dump(file)
    const backup = join(caseDir, 'backup.sqlite')
    await backupDatabase(file, backup)
    execute(file, `update scenarios set name = 'Plan B (after the backup)' where name = 'Plan B'`)
    const afterwards = dump(file)
    expect(afterwards).not.toBe(atBackup)
    const backupBytes = sha(backup)

    const result = restoreDatabase(backup, file, { now: new Date('2026-11-23T21:05:09.123Z') })

    expect(dump(file)).toBe(atBackup)
    expect(result.keptAs).toBe(`${file}.before-restore-2026-11-23T21-05-09Z`)
    expect(dump(result.keptAs!)).toBe(afterwards)
    expect(sha(backup)).toBe(backupBytes) // the backup itself is untouched
    expect(readdirSync(caseDir).sort()).toEqual(
      ['app.sqlite', 'app.sqlite.before-restore-2026-11-23T21-05-09Z', 'backup.sqlite'].sort(),
    )
    // The app opens the restored file as usual (WAL, pragmas read back).
    openSqlite(file).close()
  })

  test('restores where there was no database yet', async () => {
    const file = idleDatabase()
    const backup = join(caseDir, 'backup.sqlite')
    await backupDatabase(file, backup)
    const fresh = join(caseDir, 'new.sqlite')
    expect(restoreDatabase(backup, fresh).keptAs).toBeNull()
    expect(dump(fresh)).toBe(dump(file))
  })

  test('refuses while the database is open, and changes nothing', async () => {
    const { file, server } = liveDatabase()
    try {
      const backup = join(caseDir, 'backup.sqlite')
      await backupDatabase(file, backup)
      const before = dump(file)
      expect(() => restoreDatabase(backup, file)).toThrow(
        `${file} is in use (is the server running?): stop the server first; the current database was not changed`,
      )
      expect(dump(file)).toBe(before)
      expect(readdirSync(caseDir).filter((f) => f.includes('restor'))).toEqual([])
    } finally {
      server.close()
    }
  })

  describe('refuses a backup that is not sound, leaving the database as it was', () => {
    const bad: [string, (file: string) => void, RegExp][] = [
      [
        'a text file',
        (f) => writeFileSync(f, 'area_code,births\nE06000008,1500\n'),
        /is not a SQLite database/,
      ],
      [
        'a truncated backup',
        (f) => writeFileSync(f, readFileSync(template).subarray(0, 20_000)),
        /is damaged|failed SQLite's integrity check/,
      ],
      [
        'a backup with a damaged page',
        (f) => {
          const bytes = readFileSync(template)
          bytes.fill(0xff, 40 * 4096 + 100, 40 * 4096 + 164)
          writeFileSync(f, bytes)
        },
        /is damaged|failed SQLite's integrity check/,
      ],
      [
        'an empty file',
        (f) => writeFileSync(f, ''),
        /is a SQLite database, but not one of Coverage 2030/,
      ],
      [
        'another SQLite database',
        (f) => {
          const other = new SqliteDatabase(f)
          other.exec('create table notes (text)')
          other.close()
        },
        /is a SQLite database, but not one of Coverage 2030/,
      ],
      [
        'a backup from a newer version',
        (f) => {
          copyFileSync(template, f)
          execute(f, `insert into kysely_migration values ('2099_01_01_0001_future', '2099-01-01')`)
        },
        /was made by a newer version of Coverage 2030 \(migration 2099_01_01_0001_future/,
      ],
    ]
    test.each(bad)('%s', (_, make, message) => {
      const file = idleDatabase()
      const before = sha(file)
      const backup = join(caseDir, 'backup.sqlite')
      make(backup)
      let error: unknown
      try {
        restoreDatabase(backup, file)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(BackupError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).toContain(backup)
      expect((error as Error).message).toMatch(/the current database was not changed$/)
      expect(sha(file)).toBe(before)
      expect(readdirSync(caseDir).sort()).toEqual(['app.sqlite', 'backup.sqlite'])
    })
  })

  test('names a backup file that does not exist', () => {
    const file = idleDatabase()
    expect(() => restoreDatabase(join(caseDir, 'missing.sqlite'), file)).toThrow(
      `there is no backup file at ${join(caseDir, 'missing.sqlite')}`,
    )
    expect(existsSync(file)).toBe(true)
  })
})

describe('npm run backup / restore', () => {
  const run = (script: string, args: string[], database: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', `db/scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: database },
      encoding: 'utf8',
    })

  test('print what was written, and refuse a bad file in one plain sentence (no stack trace)', async () => {
    const file = idleDatabase()
    const backup = join(caseDir, 'backup.sqlite')
    const made = run('backup', [backup], file)
    expect(made.status).toBe(0)
    expect(made.stdout).toContain(`Backed up ${file} to ${backup}`)
    expect(made.stdout).toMatch(
      new RegExp(
        `Checked: .* integrity_check ok, foreign keys ok; migration ${LATEST_MIGRATION};.* 2 saved scenarios`,
      ),
    )

    const junk = join(caseDir, 'junk.csv')
    writeFileSync(junk, 'not a database')
    const refused = run('restore', [junk], file)
    expect(refused.status).toBe(1)
    expect(refused.stderr.trim()).toBe(
      `Restore refused: ${junk} is not a SQLite database; the current database was not changed.`,
    )
    expect(refused.stdout).toBe('')
  }, 30_000)
})

function execute(file: string, sql: string) {
  const sqlite = openSqlite(file)
  sqlite.exec(sql)
  sqlite.close()
}
