import { NATIONAL_ASK } from '../../shared/domain/national-ask'
import { PRESETS } from '../../shared/domain/presets'
import { DEFAULT_SETTINGS } from '../../shared/domain/scenario'
import { MODEL_NOTES, MODEL_VERSION, PRICE_BASE_FY } from '../../shared/engine'
import { publicProcedure, router } from '../trpc'

export const assumptionsRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.store.current().assumptions),
  pay: publicProcedure.query(({ ctx }) => {
    const { payScales, employerNi, templates } = ctx.store.current()
    return { payScales, employerNi, templates }
  }),
  /**
   * The model itself: its version and what each version changed, the first modelled year (the
   * financial year under way), the first a new team can start in, the default target, the named presets and the national ask.
   */
  model: publicProcedure.query(({ ctx }) => {
    const data = ctx.store.current()
    return {
      modelVersion: MODEL_VERSION,
      dataVersion: data.dataVersion,
      currentFy: data.currentFy,
      // New teams start in April: past the April of the year under way, the next year's [A].
      newStartsFy: data.newStartsFy ?? data.currentFy,
      defaultTargetFy: DEFAULT_SETTINGS.targetFy,
      priceBaseFy: PRICE_BASE_FY,
      notes: MODEL_NOTES,
      presets: PRESETS,
      nationalAsk: NATIONAL_ASK,
      nationTrends: data.nationTrends,
    }
  }),
})
