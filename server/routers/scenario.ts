import { TRPCError } from '@trpc/server'
import { UK_CODE } from '../../shared/domain/geography'
import { ENGLAND, reconcileNationalAsk, runScenario, UnknownAreaError } from '../../shared/engine'
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
  /**
   * Public: the model's cost of new provision in England beside the £73m national ask, step by
   * step, for the given settings. The ask is England's, so the scope must be England or the UK.
   */
  nationalAsk: publicProcedure.input(scenarioSettingsSchema).query(({ ctx, input }) => {
    const { scope, ...settings } = input
    if (scope !== ENGLAND && scope !== UK_CODE) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `scope: the national ask is for England, so give ${ENGLAND} (England) or ${UK_CODE} (UK); got ${scope}`,
      })
    }
    return reconcileNationalAsk(ctx.store.current(), settings)
  }),
  ...savedScenarioProcedures,
  ...uncertaintyProcedures,
  ...explainProcedures,
  ...leastCostProcedures,
})
