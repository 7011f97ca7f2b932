import { publicProcedure, router } from '../trpc'

export const assumptionsRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.store.current().assumptions),
  pay: publicProcedure.query(({ ctx }) => {
    const { payScales, employerNi, templates } = ctx.store.current()
    return { payScales, employerNi, templates }
  }),
})
