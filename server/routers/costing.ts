import { costTeam, costTeamInputSchema } from '../../shared/engine'
import { publicProcedure, router } from '../trpc'

export const costingRouter = router({
  team: publicProcedure
    .input(costTeamInputSchema)
    .query(({ ctx, input }) => costTeam(ctx.store.current(), input)),
})
