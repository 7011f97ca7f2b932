import { createContext } from '../../server/context'
import { createModelStore } from '../../server/model-store'
import { createCaller } from '../../server/routers/_app'
import { createTestDb } from './test-db'
import { testClock } from './test-clock'

/** A tRPC caller over a fresh, migrated and seeded in-memory database. */
export async function createTestCaller() {
  const db = await createTestDb()
  const store = await createModelStore(db, testClock)
  return { caller: createCaller(createContext({ db, store })), db, store }
}
