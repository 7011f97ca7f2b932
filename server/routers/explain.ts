import { TRPCError } from '@trpc/server'
import { currentDataVersion } from '../../db/repositories/data-versions'
import { listSources } from '../../db/repositories/sources'
import { explainRequestSchema } from '../../shared/domain/explain'
import { UnknownAreaError } from '../../shared/engine'
import { explainFigure } from '../../shared/engine/explain/explain-figure'
import { ExplainFigureError } from '../../shared/engine/explain/errors'
import { publicProcedure } from '../trpc'

/**
 * "Why this number?": how one figure of a scenario run was worked out. Public, like
 * scenario.run, and spread into the scenario router.
 */
export const explainProcedures = {
  explain: publicProcedure.input(explainRequestSchema).query(async ({ ctx, input }) => {
    const data = ctx.store.current()
    const [sources, version] = await Promise.all([listSources(ctx.db), currentDataVersion(ctx.db)])
    try {
      return explainFigure(data, input.settings, input.figure, {
        sources,
        // The snapshot may be a moment older than the database's current version after a switch.
        dataVersionLabel: version.id === data.dataVersion ? version.label : null,
      })
    } catch (error) {
      if (error instanceof UnknownAreaError) {
        throw new TRPCError({ code: 'NOT_FOUND', message: `settings.scope: ${error.message}` })
      }
      if (error instanceof ExplainFigureError) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: `${error.field}: ${error.message}` })
      }
      throw error
    }
  }),
}
