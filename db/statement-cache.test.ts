import SqliteDatabase from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StatementCache } from './statement-cache'

/* The prepared-statement cache behind openDb (issue #7): same answers, fewer prepares. */

function fresh() {
  const sqlite = new SqliteDatabase(':memory:')
  sqlite.exec('create table users (id integer); create table scenarios (id integer)')
  return { sqlite, cache: new StatementCache(sqlite) }
}

describe('StatementCache', () => {
  it('hands back the statement prepared the first time for the same SQL', () => {
    const { cache } = fresh()
    const first = cache.prepare('select id from users where id = ?')
    expect(cache.prepare('select id from users where id = ?')).toBe(first)
    expect(cache.prepare('select id from scenarios')).not.toBe(first)
  })

  it('prepares another while the cached one is still being iterated', () => {
    const { sqlite, cache } = fresh()
    sqlite.exec('insert into users values (1), (2)')
    const sql = 'select id from users order by id'
    const outer = cache.prepare(sql)
    const seen: unknown[] = []
    for (const row of outer.iterate([])) seen.push(row, cache.prepare(sql).all([]))
    expect(seen).toEqual([{ id: 1 }, [{ id: 1 }, { id: 2 }], { id: 2 }, [{ id: 1 }, { id: 2 }]])
  })

  it('changes the stamp on a write naming a watched table, and only then', () => {
    const { cache } = fresh()
    const before = cache.stamp(['users'])
    cache.prepare('insert into "scenarios" ("id") values (?)').run([1])
    cache.prepare('select * from "users"').all([])
    expect(cache.stamp(['users'])).toBe(before)
    cache.prepare('update "users" set "id" = ?').run([2])
    expect(cache.stamp(['users'])).not.toBe(before)
  })

  it('counts a write that returns rows (UPDATE … RETURNING) as a write', () => {
    const { cache } = fresh()
    const before = cache.stamp(['users'])
    cache.prepare('select "id" from "users" where "id" = ?').all([1])
    expect(cache.stamp(['users'])).toBe(before)
    cache.prepare('update "users" set "id" = ? returning "id"').all([2])
    expect(cache.stamp(['users'])).not.toBe(before)
  })

  it('changes the stamp when another connection commits, whatever it wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coverage2030-stamp-'))
    try {
      const one = new SqliteDatabase(join(dir, 'stamp.sqlite'))
      one.exec('create table users (id integer); create table scenarios (id integer)')
      const cache = new StatementCache(one)
      const before = cache.stamp(['users'])
      const other = new SqliteDatabase(join(dir, 'stamp.sqlite'))
      other.exec('insert into scenarios values (1)')
      other.close()
      expect(cache.stamp(['users'])).not.toBe(before)
      cache.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
