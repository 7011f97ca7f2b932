import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb } from '../tests/helpers/test-db'
import { addOrganisation } from '../tests/helpers/test-users'
import { reusableQuery } from './reusable-query'
import type { Database } from './schema'

let db: Kysely<Database>
beforeEach(async () => {
  db = await createTestDb()
})
afterEach(async () => {
  await db.destroy()
})

describe('a query built and compiled once', () => {
  it('answers as the same query built each time, for any values', async () => {
    const a = await addOrganisation(db, 'Alpha ICB')
    const b = await addOrganisation(db, 'Beta ICB')
    let builds = 0
    const byId = (conn: Kysely<Database>, p: { id: string; kind: string }) => {
      builds += 1
      return conn
        .selectFrom('organisations')
        .select(['id', 'name'])
        .where('id', '=', p.id)
        .where('kind', '=', p.kind)
        .where('name', '<>', 'a constant the SQL holds')
    }
    const reusable = reusableQuery(byId)
    for (const id of [a.id, b.id, 'no such id', a.id]) {
      const params = { id, kind: 'icb' }
      expect((await reusable(db, params)).rows).toEqual(await byId(db, params).execute())
    }
    // Twice for the first call (with stand-ins, then to check against the real values), and
    // once for each comparison above.
    expect(builds).toBe(2 + 4)
  })

  it('is compiled again for each set of keys, nested objects included', async () => {
    const org = await addOrganisation(db, 'Gamma ICB')
    const rename = reusableQuery(
      (conn, p: { id: string; set: { name?: string; area_code?: string | null } }) =>
        conn
          .updateTable('organisations')
          .set(p.set)
          .where('id', '=', p.id)
          .returning(['name', 'area_code']),
    )
    expect((await rename(db, { id: org.id, set: { name: 'Delta ICB' } })).rows).toEqual([
      { name: 'Delta ICB', area_code: org.areaCode },
    ])
    const both = { name: 'Epsilon ICB', area_code: null }
    expect((await rename(db, { id: org.id, set: both })).rows).toEqual([both])
    // An undefined value is left out, as Kysely's set() leaves it out.
    const named = { name: 'Zeta ICB', area_code: undefined }
    expect((await rename(db, { id: org.id, set: named })).rows).toEqual([
      { name: 'Zeta ICB', area_code: null },
    ])
  })

  it('refuses a build whose SQL depends on a value', async () => {
    const query = (conn: Kysely<Database>) => conn.selectFrom('organisations').select('id')
    const looksAtIt = reusableQuery((conn, p: { name: string | null }) =>
      p.name === null
        ? query(conn).where('name', 'is', null)
        : query(conn).where('name', '=', p.name),
    )
    await expect(looksAtIt(db, { name: null })).rejects.toThrow(/depends on its values/)
    const usesIt = reusableQuery((conn, p: { name: string }) =>
      query(conn).where('name', '=', typeof p.name === 'string' ? 'real' : 'stand-in'),
    )
    await expect(usesIt(db, { name: 'x' })).rejects.toThrow(/depends on its values/)
  })
})
