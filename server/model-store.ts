import type { Kysely } from 'kysely'
import { loadModelData } from '../db/model-data'
import type { Database } from '../db/schema'
import type { ModelData } from '../shared/domain/model-data'

/**
 * The engine reads one immutable ModelData snapshot. Loading it takes a few
 * database queries, so it is loaded once and swapped whole when data change.
 */
export interface ModelStore {
  current(): ModelData
  reload(): Promise<ModelData>
}

export async function createModelStore(db: Kysely<Database>): Promise<ModelStore> {
  let data = await loadModelData(db)
  return {
    current: () => data,
    reload: async () => {
      data = await loadModelData(db)
      return data
    },
  }
}
