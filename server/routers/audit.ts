import { ADMIN_ORGANISATION } from '../../db/first-admin'
import { listAudit } from '../../db/repositories/audit'
import { auditListSchema, type AuditEntry } from '../../shared/domain/saved-scenario'
import { adminProcedure, router } from '../trpc'

export const auditRouter = router({
  /**
   * Newest first, 50 by default (at most 200); page with `beforeId`. Admins of the
   * administrators' organisation (created on first start) see every organisation's entries;
   * other admins see their own organisation's.
   */
  list: adminProcedure.input(auditListSchema).query(({ ctx, input }): Promise<AuditEntry[]> => {
    const everyone =
      ctx.user.organisation.kind === 'national' && ctx.user.organisation.name === ADMIN_ORGANISATION
    return listAudit(ctx.db, {
      organisationId: everyone ? null : ctx.user.organisation.id,
      limit: input?.limit ?? 50,
      beforeId: input?.beforeId,
    })
  }),
})
