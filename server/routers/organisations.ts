import { listOrganisations } from '../../db/repositories/organisations'
import type { Organisation } from '../../shared/domain/saved-scenario'
import { authedProcedure, router } from '../trpc'

export const organisationsRouter = router({
  /** Every organisation, for choosing whom to share a scenario with. */
  list: authedProcedure.query(({ ctx }): Promise<Organisation[]> => listOrganisations(ctx.db)),
})
