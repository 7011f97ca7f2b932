import type { Kysely } from 'kysely'
import { loadModelData } from '../db/model-data'
import { readModelRevision } from '../db/repositories/model-revision'
import type { Database } from '../db/schema'
import { fyOfDate, newStartsFyOfDate } from '../shared/domain/fiscal-year'
import type { ModelData } from '../shared/domain/model-data'

/**
 * The engine reads one immutable ModelData snapshot. Loading it takes a few
 * database queries, so it is loaded once and swapped whole when data change, and when the
 * clock passes 1 April: the new financial year becomes the first one modelled.
 *
 * Data change in this process (reload() after an import or a teams edit), or in another server
 * process or the command line on the same database: every such change adds one to the model's
 * revision in its transaction (db/repositories/model-revision.ts), and sync(), called before a
 * request is answered, reloads when the revision moved.
 */
export interface ModelStore {
  current(): ModelData
  /** Brings current() up to the database's revision; a few calls share one read of it. */
  sync(): Promise<ModelData>
  /**
   * The same, given the revision the caller has just read itself (with the session, in one
   * query): nothing more is read unless it differs from the one loaded.
   */
  syncTo(revision: number): Promise<ModelData>
  reload(): Promise<ModelData>
}

export async function createModelStore(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
): Promise<ModelStore> {
  let revision = await readModelRevision(db)
  let data = await loadModelData(db, now())

  const load = async () => {
    // The revision first: data loaded after it are at least that new.
    const latest = await readModelRevision(db)
    if (latest !== revision) {
      data = await loadModelData(db, now())
      revision = latest
    }
  }
  const current = () => {
    const at = now()
    const fy = fyOfDate(at)
    const newStartsFy = newStartsFyOfDate(at)
    // A new object, so everything kept per snapshot (indexes, cached answers) starts afresh.
    if (fy !== data.currentFy || newStartsFy !== data.newStartsFy) {
      data = { ...data, currentFy: fy, newStartsFy }
    }
    return data
  }

  /*
   * A read under way may have read the revision before this call came, so the call waits for
   * the next read; calls arriving meanwhile share that one. Many requests at once thus cost one
   * small query per round trip to the database, and none is answered from an older revision
   * than the one committed when it arrived.
   */
  let running: Promise<void> | null = null
  let queued: Promise<void> | null = null
  const check = (): Promise<void> => {
    if (!running) {
      running = load().finally(() => (running = null))
      return running
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null
        return check()
      })
    return queued
  }

  return {
    current,
    sync: async () => {
      await check()
      return current()
    },
    syncTo: async (seen) => {
      if (seen !== revision) await check()
      return current()
    },
    reload: async () => {
      // The revision first, kept only once its data are loaded, as in load().
      const latest = await readModelRevision(db)
      data = await loadModelData(db, now())
      revision = latest
      return data
    },
  }
}
