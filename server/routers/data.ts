import { z } from 'zod'
import { listDataVersions } from '../../db/repositories/imports'
import { importPopulation, importPopulationInput, switchDataVersion } from '../population-import'
import { nationalAdminProcedure, publicProcedure, router } from '../trpc'

/** Data versions and population imports. */
export const dataRouter = router({
  /** Every data version, oldest first, with its source, date and whether it is current. */
  versions: publicProcedure.query(async ({ ctx }) =>
    // Who imported a version is for administrators, not for a public list.
    (await listDataVersions(ctx.db)).map((v) => ({
      ...v,
      import: v.import && { ...v.import, importedBy: null },
    })),
  ),

  /**
   * Checks a population CSV and, unless `dryRun`, makes it the current data version. A bad file
   * is BAD_REQUEST listing rows and columns (nothing written); the model reloads on success.
   */
  importPopulation: nationalAdminProcedure
    .input(importPopulationInput)
    .mutation(({ ctx, input }) => importPopulation(ctx, input, actorOf(ctx.user))),

  /** Makes an earlier (or later) data version current again; approved scenarios keep theirs. */
  setCurrent: nationalAdminProcedure
    .input(z.strictObject({ id: z.string().trim().min(1).max(80) }))
    .mutation(({ ctx, input }) => switchDataVersion(ctx, input.id, actorOf(ctx.user))),
})

function actorOf(user: { id: string; organisation: { id: string } }) {
  return { userId: user.id, organisationId: user.organisation.id }
}
