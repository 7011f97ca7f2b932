import { createCallerFactory, router } from '../trpc'
import { areaRouter } from './area'
import { assumptionsRouter } from './assumptions'
import { auditRouter } from './audit'
import { authRouter } from './auth'
import { costingRouter } from './costing'
import { dataRouter } from './data'
import { geographyRouter } from './geography'
import { organisationsRouter } from './organisations'
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
  data: dataRouter,
  auth: authRouter,
  organisations: organisationsRouter,
  audit: auditRouter,
})

/** The client imports only this type. */
export type AppRouter = typeof appRouter

export const createCaller = createCallerFactory(appRouter)
