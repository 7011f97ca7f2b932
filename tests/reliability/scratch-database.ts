import { join } from 'node:path'
import { createScratchSchema } from '../helpers/postgres-url'
import type { TestStore } from '../helpers/test-db'

export interface ScratchDatabase {
  /** The server's DATABASE_URL. */
  url: string
  drop(): Promise<void>
}

/**
 * An empty database for servers under test, which migrate and seed it on their first start as
 * on a new deployment: a SQLite file in `dir` (removed with it), or a PostgreSQL schema.
 */
export async function scratchDatabase(store: TestStore, dir: string): Promise<ScratchDatabase> {
  if (store === 'postgres') return createScratchSchema()
  return { url: join(dir, 'app.sqlite'), drop: async () => undefined }
}
