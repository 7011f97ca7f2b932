import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely'
import type { Database } from './schema'

/*
 * Kysely builds a query as a tree of frozen nodes and compiles the tree to SQL on every call.
 * For the two queries every save sends (the session, and the save itself) that was about a
 * tenth of the server's CPU under the save load on PostgreSQL, though their SQL is the same
 * each time and only the values differ. A reusable query is built and compiled once per database
 * and shape of its parameters (which keys they have), with stand-ins for the values, so each
 * SQL parameter's source is known; afterwards only the values are put in place and the compiled
 * query is run as Kysely would run it.
 *
 * `build` must only pass its parameters into the query as values (where, set, eb.val), never
 * look at them or let them decide the SQL, except by which keys are present (an undefined value
 * counts as absent, as Kysely's set() leaves it out). Parameters may be plain objects of values
 * (a row to set); lists (`in`) cannot be parameters. The first call of each shape also builds
 * the query from the real values and refuses a build whose SQL or parameters then differ.
 */

type Params = Record<string, unknown>

/** Stands in for the value at `path` in the parameters while the query is built. */
class Slot {
  constructor(readonly path: readonly string[]) {}
}

interface Compiled<P> {
  query: CompiledQuery
  /** Where each SQL parameter comes from: a parameter by its path, or a value the SQL holds. */
  sources: ((params: P) => unknown)[]
}

/** Shapes kept per database; a shape is a set of column names, so there are few. */
const MAX_SHAPES = 100

export function reusableQuery<P extends Params, O>(
  build: (db: Kysely<Database>, params: P) => Compilable<O>,
): (db: Kysely<Database>, params: P) => Promise<QueryResult<O>> {
  const byDb = new WeakMap<Kysely<Database>, Map<string, Compiled<P>>>()
  return async (db, params) => {
    let shapes = byDb.get(db)
    if (!shapes) {
      shapes = new Map()
      byDb.set(db, shapes)
    }
    const shape = shapeOf(params)
    let compiled = shapes.get(shape)
    if (!compiled) {
      compiled = compile(db, build, params)
      if (shapes.size >= MAX_SHAPES) shapes.clear()
      shapes.set(shape, compiled)
    }
    const parameters = compiled.sources.map((source) => source(params))
    return db.executeQuery<O>({ ...compiled.query, parameters } as CompiledQuery<O>)
  }
}

function compile<P extends Params, O>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, params: P) => Compilable<O>,
  params: P,
): Compiled<P> {
  const query = build(db, slotsOf(params) as P).compile()
  const sources = query.parameters.map((value) =>
    value instanceof Slot ? (p: P) => valueAt(p, value.path) : () => value,
  )
  const real = build(db, params).compile()
  const same =
    real.sql === query.sql &&
    real.parameters.length === sources.length &&
    sources.every((source, i) => Object.is(source(params), real.parameters[i]))
  if (!same) throw new Error(`This query's SQL depends on its values: ${query.sql.slice(0, 200)}`)
  return { query, sources }
}

const isPlainObject = (value: unknown): value is Params =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** The parameters with every value replaced by its Slot. */
function slotsOf(params: Params, path: readonly string[] = []): Params {
  const slots: Params = {}
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    slots[key] = isPlainObject(value) ? slotsOf(value, [...path, key]) : new Slot([...path, key])
  }
  return slots
}

/** 'id,patch{name,settings_json,}': the keys with a value, and those of nested objects. */
function shapeOf(params: Params): string {
  let shape = ''
  for (const key in params) {
    const value = params[key]
    if (value === undefined) continue
    shape += isPlainObject(value) ? `${key}{${shapeOf(value)}}` : `${key},`
  }
  return shape
}

function valueAt(params: Params, path: readonly string[]): unknown {
  let value: unknown = params
  for (const key of path) value = (value as Params)[key]
  return value
}
