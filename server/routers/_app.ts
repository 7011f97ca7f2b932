import { createCallerFactory, router } from '../trpc'
import { areaRouter } from './area'
import { assumptionsRouter } from './assumptions'
import { costingRouter } from './costing'
import { geographyRouter } from './geography'
import { scenarioRouter } from './scenario'
import { sourcesRouter } from './sources'
import { teamsRouter } from './teams'

export const appRouter = router({
  geography: geographyRouter,
  area: areaRouter,
  teams: teamsRouter,
  assumptions: assumptionsRouter,
  sources: sourcesRouter,
  scenario: scenarioRouter,
  costing: costingRouter,
})

/** The client imports only this type. */
export type AppRouter = typeof appRouter

export const createCaller = createCallerFactory(appRouter)
