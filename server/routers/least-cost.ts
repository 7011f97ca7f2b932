import { TRPCError } from '@trpc/server'
import { leastCostInputSchema } from '../../shared/domain/least-cost'
import { leastCostPlan, UnknownAreaError } from '../../shared/engine'
import { publicProcedure } from '../trpc'

/*
 * The least-cost plan, merged into the `scenario` router beside `scenario.run`. Public like the
 * run: it works from a scope, years, caps and assumptions alone and saves nothing.
 */
export const leastCostProcedures = {
  /** Most coverage in the target year within the caps, at the least total cost, explained. */
  leastCost: publicProcedure.input(leastCostInputSchema).query(({ ctx, input }) => {
    try {
      return leastCostPlan(ctx.store.current(), input)
    } catch (error) {
      if (error instanceof UnknownAreaError) {
        throw new TRPCError({ code: 'NOT_FOUND', message: error.message })
      }
      throw error
    }
  }),
}
