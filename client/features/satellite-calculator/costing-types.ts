/** The costing endpoint's types, read from the router type so the client never imports the engine. */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'
import type { AppRouter } from '../../../server/routers/_app'

export type TeamCosting = inferRouterOutputs<AppRouter>['costing']['team']
export type TeamCostYear = TeamCosting['years'][number]
export type TeamCapacity = TeamCosting['capacity']
export type CostTeamInput = inferRouterInputs<AppRouter>['costing']['team']
