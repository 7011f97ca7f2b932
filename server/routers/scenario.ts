import { TRPCError } from '@trpc/server'
import { runScenario, UnknownAreaError } from '../../shared/engine'
import { scenarioSettingsSchema } from '../../shared/domain/scenario'
import { publicProcedure, router } from '../trpc'
import { explainProcedures } from './explain'
import { leastCostProcedures } from './least-cost'
import { savedScenarioProcedures } from './saved-scenarios'
import { uncertaintyProcedures } from './uncertainty'

export const scenarioRouter = router({
  /** Public: runs settings without saving them. The saved-scenario procedures need a session. */
  run: publicProcedure.input(scenarioSettingsSchema).query(({ ctx, input }) => {
    try {
      return runScenario(ctx.store.current(), input)
    } catch (error) {
      if (error instanceof UnknownAreaError) {
        throw new TRPCError({ code: 'NOT_FOUND', message: error.message })
      }
      throw error
    }
  }),
  ...savedScenarioProcedures,
  ...uncertaintyProcedures,
  ...explainProcedures,
  ...leastCostProcedures,
})
