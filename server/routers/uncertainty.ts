import { TRPCError } from '@trpc/server'
import { scenarioSettingsSchema } from '../../shared/domain/scenario'
import { rangesInputSchema } from '../../shared/domain/uncertainty'
import { UnknownAreaError } from '../../shared/engine'
import { scenarioRanges, scenarioSensitivity } from '../../shared/engine/uncertainty'
import { publicProcedure } from '../trpc'

/*
 * How sure a scenario's answer is, merged into the `scenario` router beside `scenario.run`.
 * Public like the run: both work from settings alone and save nothing.
 */

function notFoundForUnknownArea<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof UnknownAreaError) {
      throw new TRPCError({ code: 'NOT_FOUND', message: error.message })
    }
    throw error
  }
}

export const uncertaintyProcedures = {
  /** Low/central/high cases and Monte Carlo bands (seeded, so the same input gives the same answer). */
  ranges: publicProcedure
    .input(rangesInputSchema)
    .query(({ ctx, input }) =>
      notFoundForUnknownArea(() => scenarioRanges(ctx.store.current(), input)),
    ),
  /** Tornado bars: target-year coverage and total cost with each assumption at each end of its range. */
  sensitivity: publicProcedure
    .input(scenarioSettingsSchema)
    .query(({ ctx, input }) =>
      notFoundForUnknownArea(() => scenarioSensitivity(ctx.store.current(), input)),
    ),
}
