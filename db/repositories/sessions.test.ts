import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb } from '../../tests/helpers/test-db'
import { openDb } from '../open-db'
import { prepareDatabase } from '../prepare'
import type { Database } from '../schema'
import { insertOrganisation } from './organisations'
import { noteModelChange, readModelRevision } from './model-revision'
import {
  deleteSession,
  findSession,
  IDLE_TIMEOUT_MS,
  insertSession,
  lookUpSession,
} from './sessions'
import { insertUser, updateUser } from './users'
import { writeTransaction } from './write-transaction'

/*
 * findSession keeps the rows it read between requests (issue #7). Whatever ends or changes a
 * session must still count on the very next request, as it did when every request read afresh.
 */

const T0 = new Date('2026-11-23T09:00:00Z')
const later = (ms: number) => new Date(T0.getTime() + ms)

/** An editor of a new ICB, signed in at T0. */
async function newEditor(db: Kysely<Database>, who = 'Test') {
  const org = await insertOrganisation(db, { name: `${who} ICB`, kind: 'icb', areaCode: null }, T0)
  const userId = await insertUser(
    db,
    {
      email: `${who.toLowerCase()}@test.nhs.uk`,
      name: `${who} Editor`,
      organisationId: org.id,
      role: 'editor',
      passwordHash: 'scrypt$not-a-real-hash',
      mustChangePassword: false,
    },
    T0,
  )
  const session = await insertSession(db, userId, T0)
  return { org, userId, session }
}

async function signedIn(db: Kysely<Database>) {
  const { org, userId, session } = await newEditor(db)
  // Twice: the second answer comes from what the first one kept.
  expect((await findSession(db, session.token, later(1000)))?.user.role).toBe('editor')
  expect((await findSession(db, session.token, later(2000)))?.user.role).toBe('editor')
  return { org, userId, session }
}

const audit = { at: later(3000), userId: null, action: 'user.update', summary: 'test' }

describe('a session looked up again', () => {
  let db: Kysely<Database>
  beforeEach(async () => {
    db = await createTestDb()
  })
  afterEach(async () => {
    await db.destroy()
  })

  it('is refused at once after signing out', async () => {
    const { session } = await signedIn(db)
    await deleteSession(db, session.id)
    expect(await findSession(db, session.token, later(3000))).toBeNull()
  })

  it('is refused at once when its user is disabled', async () => {
    const { org, userId, session } = await signedIn(db)
    await writeTransaction(db, (conn) =>
      updateUser(conn, { id: userId, organisationId: org.id }, { disabled: true }, audit),
    )
    expect(await findSession(db, session.token, later(3000))).toBeNull()
  })

  it('is refused at once after a password reset elsewhere', async () => {
    const { org, userId, session } = await signedIn(db)
    await writeTransaction(db, (conn) =>
      updateUser(
        conn,
        { id: userId, organisationId: org.id },
        { passwordHash: 'scrypt$new' },
        audit,
      ),
    )
    expect(await findSession(db, session.token, later(3000))).toBeNull()
  })

  it('carries a new role and a renamed organisation on the next request', async () => {
    const { org, userId, session } = await signedIn(db)
    await writeTransaction(db, (conn) =>
      updateUser(conn, { id: userId, organisationId: org.id }, { role: 'viewer' }, audit),
    )
    expect((await findSession(db, session.token, later(3000)))?.user.role).toBe('viewer')
    await db.updateTable('organisations').set({ name: 'Renamed ICB' }).execute()
    expect((await findSession(db, session.token, later(4000)))?.user.organisation.name).toBe(
      'Renamed ICB',
    )
  })

  it('still ends after 30 minutes idle, and 12 hours after sign-in', async () => {
    const { session } = await signedIn(db)
    expect(await findSession(db, session.token, later(2000 + IDLE_TIMEOUT_MS + 1))).toBeNull()
    const { session: other } = await signedInAgain(db)
    expect(await findSession(db, other.token, new Date(other.expiresAt))).toBeNull()
  })
})

describe('lookUpSession', () => {
  it("gives the model's revision read with the session when it read the database", async () => {
    const db = await createTestDb()
    try {
      const { userId, session } = await newEditor(db, 'Rev')
      const before = await readModelRevision(db)
      const first = await lookUpSession(db, session.token, later(1000))
      expect(first.session?.user.id).toBe(userId)
      expect(first.modelRevision).toBe(before)
      await writeTransaction(db, (conn) => noteModelChange(conn))
      const second = await lookUpSession(db, session.token, later(2000))
      expect(second.session?.user.id).toBe(userId)
      // Kept in memory (SQLite): the caller reads the revision itself; else read with it.
      expect([null, before + 1]).toContain(second.modelRevision)
      expect(await lookUpSession(db, 'x'.repeat(43), later(3000))).toEqual({
        session: null,
        modelRevision: null,
      })
    } finally {
      await db.destroy()
    }
  })
})

async function signedInAgain(db: Kysely<Database>) {
  const user = await db.selectFrom('users').select('id').executeTakeFirstOrThrow()
  const session = await insertSession(db, user.id, T0)
  expect(await findSession(db, session.token, later(1000))).not.toBeNull()
  return { session }
}

describe('a change made by another process', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coverage2030-sessions-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('such as the user command line disabling someone, counts on the next request', async () => {
    const file = join(dir, 'app.sqlite')
    const server = await prepareDatabase(file)
    const { org, userId, session } = await signedIn(server)
    const command = openDb(file)
    await writeTransaction(command, (conn) =>
      updateUser(conn, { id: userId, organisationId: org.id }, { role: 'viewer' }, audit),
    )
    expect((await findSession(server, session.token, later(3000)))?.user.role).toBe('viewer')
    await command.updateTable('users').set({ disabled: 1 }).execute()
    expect(await findSession(server, session.token, later(4000))).toBeNull()
    await command.destroy()
    await server.destroy()
  })
})
