import { describe, expect, it } from 'vitest'
import { statementNamer } from './open-postgres'

/* Which PostgreSQL queries are prepared once per connection by name (open-postgres.ts). */

describe('statementNamer', () => {
  it('gives the same text the same name, and another text another', () => {
    const nameOf = statementNamer()
    const a = nameOf('select "id" from "users" where "id" = $1', ['u1'])
    expect(a).toBeDefined()
    expect(nameOf('select "id" from "users" where "id" = $1', ['u2'])).toBe(a)
    const b = nameOf('update "scenarios" set "name" = $1 where "id" = $2', ['n', 's'])
    expect(b).toBeDefined()
    expect(b).not.toBe(a)
  })

  it('leaves DDL, transaction control and bulk statements unnamed', () => {
    const nameOf = statementNamer()
    expect(nameOf('begin isolation level read committed', [])).toBeUndefined()
    expect(nameOf('create table "x" ("id" integer)', [])).toBeUndefined()
    const many = Array.from({ length: 101 }, (_, i) => `$${i + 1}`).join(', ')
    expect(nameOf(`insert into "x" values (${many})`, Array(101).fill(1))).toBeUndefined()
    expect(nameOf(`select '${'x'.repeat(5000)}'`, [])).toBeUndefined()
  })

  it('names no more than its limit of texts', () => {
    const nameOf = statementNamer(2)
    expect(nameOf('select 1', [])).toBeDefined()
    expect(nameOf('select 2', [])).toBeDefined()
    expect(nameOf('select 3', [])).toBeUndefined()
    expect(nameOf('select 1', [])).toBeDefined()
  })
})
