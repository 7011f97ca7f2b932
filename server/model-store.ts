import type { Kysely } from 'kysely'
import { loadModelData } from '../db/model-data'
import type { Database } from '../db/schema'
import { fyOfDate } from '../shared/domain/fiscal-year'
import type { ModelData } from '../shared/domain/model-data'

/**
 * The engine reads one immutable ModelData snapshot. Loading it takes a few
 * database queries, so it is loaded once and swapped whole when data change, and when the
 * clock passes 1 April: the new financial year becomes the first one modelled.
 */
export interface ModelStore {
  current(): ModelData
  reload(): Promise<ModelData>
}

export async function createModelStore(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
): Promise<ModelStore> {
  let data = await loadModelData(db, now())
  return {
    current: () => {
      const fy = fyOfDate(now())
      // A new object, so everything kept per snapshot (indexes, cached answers) starts afresh.
      if (fy !== data.currentFy) data = { ...data, currentFy: fy }
      return data
    },
    reload: async () => {
      data = await loadModelData(db, now())
      return data
    },
  }
}
