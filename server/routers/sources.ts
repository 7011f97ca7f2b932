import { listSources } from '../../db/repositories/sources'
import { MODEL_VERSION } from '../../shared/engine/model-version'
import { publicProcedure, router } from '../trpc'

export const sourcesRouter = router({
  list: publicProcedure.query(async ({ ctx }) => ({
    sources: await listSources(ctx.db),
    dataVersion: ctx.store.current().dataVersion,
    modelVersion: MODEL_VERSION,
  })),
})
