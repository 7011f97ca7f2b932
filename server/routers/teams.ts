import { publicProcedure, router } from '../trpc'

export const teamsRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.store.current().teams),
  counts: publicProcedure.query(({ ctx }) => ctx.store.current().teamCounts),
})
