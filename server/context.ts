import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { ModelStore } from './model-store'

export interface ContextDeps {
  db: Kysely<Database>
  store: ModelStore
}

/** Built per request; tests call it directly with an in-memory database. */
export function createContext(deps: ContextDeps) {
  return { db: deps.db, store: deps.store }
}

export type Context = ReturnType<typeof createContext>
