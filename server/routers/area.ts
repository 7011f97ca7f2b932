import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { summariseArea } from '../../shared/engine'
import { AREA_CODE } from '../../shared/domain/scenario'
import { publicProcedure, router } from '../trpc'

export const areaRouter = router({
  summary: publicProcedure.input(z.strictObject({ code: AREA_CODE })).query(({ ctx, input }) => {
    const summary = summariseArea(ctx.store.current(), input.code)
    if (!summary) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `No area has the code ${input.code}` })
    }
    return summary
  }),
})
