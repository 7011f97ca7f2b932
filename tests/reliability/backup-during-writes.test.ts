import SqliteDatabase from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { backupDatabase, restoreDatabase } from '../../db/backup'
import { sleep } from '../bench/stats'
import { createFixtureDb, type FixtureDb } from './fixture-db'
import { query, signIn } from './http-api'
import { serverBundle } from './server-bundle'
import { launchServer, type ServerChild, type ServerEntry } from './server-child'
import { WriteLedger, type LedgerMark } from './write-ledger'
import { importOnce, startEditors, type WriteSession } from './writers'

/*
 * Reliability note F-RESTORE (T4, T15): online backups taken while the production server takes
 * saves and a population import are each one consistent instant; a restore is refused while the
 * server runs; after stopping it, the restored database starts and serves exactly the backup.
 */

let dir = ''
let fixture: FixtureDb
let entry: ServerEntry
const servers: ServerChild[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coverage2030-online-backup-'))
  fixture = await createFixtureDb(join(dir, 'app.sqlite'))
  entry = await serverBundle(dir)
}, 60_000)

afterAll(async () => {
  for (const server of servers) await server.kill()
  rmSync(dir, { recursive: true, force: true })
})

async function start() {
  const server = await launchServer({ databaseUrl: fixture.databaseUrl, entry })
  servers.push(server)
  return server
}

test('backups during saves and an import are consistent; restore is refused while the server runs, then serves the backup', async () => {
  const server = await start()
  const ledger = new WriteLedger()
  const session: WriteSession = {
    url: server.url,
    fixture,
    ledger,
    editors: await Promise.all(fixture.editors.map((a) => signIn(server.url, a))),
    admin: await signIn(server.url, fixture.nationalAdmin),
    seed: 1,
    round: 1,
    problems: [],
  }
  const editors = startEditors(session)
  const importing = importOnce(session)
  const backups: { file: string; mark: LedgerMark }[] = []
  for (let i = 1; i <= 4; i++) {
    await sleep(150)
    const mark = ledger.mark()
    const file = join(dir, `backup-${i}.sqlite`)
    await backupDatabase(fixture.databaseUrl, file)
    backups.push({ file, mark })
  }
  const acknowledgedDuring = ledger.acknowledged

  expect(() => restoreDatabase(backups[0]!.file, fixture.databaseUrl)).toThrow(/is in use/)
  expect((await query(server.url, 'teams.list')).status).toBe(200) // the server did not notice

  await editors.stop()
  expect(await importing).toBe(false)
  await server.stop()
  expect(session.problems).toEqual([])
  expect(await ledger.verify(fixture.databaseUrl)).toEqual([])
  // Writes went on while the backups were taken, and the backups are not empty.
  expect(ledger.acknowledged).toBeGreaterThan(backups[0]!.mark.versions.size)
  expect(acknowledgedDuring).toBeGreaterThan(backups[0]!.mark.versions.size)
  for (const { file, mark } of backups) {
    expect(await ledger.verifySnapshot(file, mark), file).toEqual([])
  }

  // The drill: stop, restore, start, and see the backup's scenarios, no more and no less.
  const chosen = backups[1]!
  const { keptAs } = restoreDatabase(chosen.file, fixture.databaseUrl)
  expect(keptAs).not.toBeNull()
  const restored = await start()
  const cookie = await signIn(restored.url, fixture.editors[0]!)
  const listed = await query<{ id: string; version: number }[]>(
    restored.url,
    'scenario.list',
    undefined,
    cookie,
  )
  const backup = new SqliteDatabase(chosen.file, { readonly: true })
  const expected = backup
    .prepare(
      `select s.id, s.version from scenarios s join users u on u.organisation_id = s.organisation_id
       where u.email = ? and s.archived = 0`,
    )
    .all(fixture.editors[0]!.email) as { id: string; version: number }[]
  backup.close()
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
  expect(listed.data!.map(({ id, version }) => ({ id, version })).sort(byId)).toEqual(
    expected.sort(byId),
  )
  expect(expected.length).toBeGreaterThan(0)
  await restored.stop()
}, 120_000)
