import { TRPCError } from '@trpc/server'
import { leastCostInputSchema } from '../../shared/domain/least-cost'
import { leastCostPlan, ReachByError, UnknownAreaError } from '../../shared/engine'
import { fieldError } from '../field-error'
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
      // As a validation error on the field, so the form shows it where the figure was typed.
      if (error instanceof ReachByError) throw fieldError(error.path, error.message)
      throw error
    }
  }),
}
