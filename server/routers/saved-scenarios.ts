import { TRPCError } from '@trpc/server'
import { organisationsExist } from '../../db/repositories/organisations'
import {
  approveScenario,
  createScenario,
  deleteScenario,
  getVisibleScenario,
  listVisibleScenarios,
  saveScenario,
  ScenarioConflictError,
  ScenarioLockedError,
  ScenarioNotFoundError,
  ScenarioReadOnlyError,
  setScenarioArchived,
  shareScenario,
  type Actor,
  type VisibleScenario,
} from '../../db/repositories/scenarios'
import type { ScenarioResult } from '../../shared/domain/results'
import {
  archiveScenarioSchema,
  cloneScenarioSchema,
  compareScenariosSchema,
  createScenarioSchema,
  listScenariosSchema,
  saveScenarioSchema,
  scenarioIdSchema,
  scenarioNameSchema,
  shareScenarioSchema,
  versionedScenarioSchema,
  type SavedScenarioSummary,
  type SavedScenarioWithResult,
  type ScenarioComparison,
  type SessionUser,
} from '../../shared/domain/saved-scenario'
import type { ScenarioSettings } from '../../shared/domain/scenario'
import { MODEL_VERSION, resolveScope, runScenario, UnknownAreaError } from '../../shared/engine'
import type { Context } from '../context'
import { authedProcedure, editorProcedure } from '../trpc'

/*
 * Saved scenarios, merged into the `scenario` router beside the public `scenario.run`. Reads
 * need a session; every change is an editorProcedure on the signed-in person's organisation.
 */

const actorOf = (user: SessionUser): Actor => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
})

/** Repository errors to tRPC codes; anything else stays an internal error (masked). */
function toTrpcError(error: unknown): unknown {
  if (error instanceof ScenarioNotFoundError) {
    return new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error })
  }
  if (error instanceof ScenarioReadOnlyError) {
    return new TRPCError({ code: 'FORBIDDEN', message: error.message, cause: error })
  }
  if (error instanceof ScenarioConflictError) {
    return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error })
  }
  if (error instanceof ScenarioLockedError) {
    return new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error })
  }
  return error
}

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toTrpcError(error)
  }
}

async function mustSee(ctx: Context, user: SessionUser, id: string): Promise<VisibleScenario> {
  const found = await getVisibleScenario(ctx.db, actorOf(user), id)
  if (!found) throw toTrpcError(new ScenarioNotFoundError(id))
  return found
}

/** A scope that is not in the geography is refused before anything is written. */
function checkScope(ctx: Context, settings: ScenarioSettings) {
  if (!resolveScope(ctx.store.current(), settings.scope)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `settings.scope: there is no area with the code ${settings.scope}`,
    })
  }
}

function run(ctx: Context, settings: ScenarioSettings): ScenarioResult {
  try {
    return runScenario(ctx.store.current(), settings)
  } catch (error) {
    if (error instanceof UnknownAreaError) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `This scenario's area ${settings.scope} is no longer in the data, so it cannot be run.`,
      })
    }
    throw error
  }
}

/** Approved: the frozen result, exactly as approved. Draft: run now on the current data. */
function resultOf(ctx: Context, found: VisibleScenario): ScenarioResult {
  return found.resultJson !== null
    ? (JSON.parse(found.resultJson) as ScenarioResult)
    : run(ctx, found.scenario.settings)
}

const versionsNow = (ctx: Context) => ({
  dataVersion: ctx.store.current().dataVersion,
  modelVersion: MODEL_VERSION,
})

export const savedScenarioProcedures = {
  /** Own organisation's, shared with it, and published; not archived unless `archived: true`. */
  list: authedProcedure
    .input(listScenariosSchema)
    .query(async ({ ctx, input }): Promise<SavedScenarioSummary[]> => {
      const scenarios = await listVisibleScenarios(ctx.db, actorOf(ctx.user), {
        archived: input?.archived ?? false,
      })
      const data = ctx.store.current()
      return scenarios.map(({ settings, rationale: _, ...summary }) => ({
        ...summary,
        scope: {
          code: settings.scope,
          name: resolveScope(data, settings.scope)?.ref.name ?? settings.scope,
        },
      }))
    }),

  get: authedProcedure
    .input(scenarioIdSchema)
    .query(async ({ ctx, input }): Promise<SavedScenarioWithResult> => {
      const found = await mustSee(ctx, ctx.user, input.id)
      return { scenario: found.scenario, result: resultOf(ctx, found) }
    }),

  /** Scenarios side by side, in the order given; NOT_FOUND names the first id that is not visible. */
  compare: authedProcedure
    .input(compareScenariosSchema)
    .query(async ({ ctx, input }): Promise<ScenarioComparison> => {
      const found: VisibleScenario[] = []
      for (const id of input.ids) found.push(await mustSee(ctx, ctx.user, id))
      return {
        scenarios: found.map((f) => f.scenario),
        results: found.map((f) => resultOf(ctx, f)),
      }
    }),

  create: editorProcedure.input(createScenarioSchema).mutation(({ ctx, input }) => {
    checkScope(ctx, input.settings)
    return createScenario(
      ctx.db,
      actorOf(ctx.user),
      { name: input.name, settings: input.settings, rationale: input.rationale ?? {} },
      versionsNow(ctx),
      ctx.now(),
      { action: 'scenario.create', summary: `Created '${input.name}'` },
    )
  }),

  /** Autosave and edits. CONFLICT (with `data.conflict`) when `version` is not the current one. */
  save: editorProcedure.input(saveScenarioSchema).mutation(({ ctx, input }) => {
    if (input.settings) checkScope(ctx, input.settings)
    return mapped(() =>
      saveScenario(
        ctx.db,
        actorOf(ctx.user),
        { id: input.id, version: input.version },
        { name: input.name, settings: input.settings, rationale: input.rationale },
        versionsNow(ctx),
        ctx.now(),
      ),
    )
  }),

  /** Any scenario the person can see, copied into their own organisation as a new draft. */
  clone: editorProcedure.input(cloneScenarioSchema).mutation(async ({ ctx, input }) => {
    const source = (await mustSee(ctx, ctx.user, input.id)).scenario
    const name = input.name ?? scenarioNameSchema.parse(`Copy of ${source.name}`.slice(0, 120))
    return createScenario(
      ctx.db,
      actorOf(ctx.user),
      { name, settings: source.settings, rationale: source.rationale },
      versionsNow(ctx),
      ctx.now(),
      {
        action: 'scenario.clone',
        summary: `Cloned from '${source.name}' (${source.id}, version ${source.version})`,
        detail: { from: source.id, fromVersion: source.version },
      },
    )
  }),

  archive: editorProcedure
    .input(archiveScenarioSchema)
    .mutation(({ ctx, input }) =>
      mapped(() =>
        setScenarioArchived(
          ctx.db,
          actorOf(ctx.user),
          { id: input.id, version: input.version },
          input.archived,
          ctx.now(),
        ),
      ),
    ),

  /** Removes it for good (audited). An approved scenario only by an admin. */
  delete: editorProcedure.input(versionedScenarioSchema).mutation(async ({ ctx, input }) => {
    await mapped(() => deleteScenario(ctx.db, actorOf(ctx.user), input, ctx.now()))
    return { id: input.id, deleted: true as const }
  }),

  /**
   * Approves for the board: runs the engine now and freezes the result with the data and model
   * versions. Afterwards the scenario cannot be saved or approved again (PRECONDITION_FAILED);
   * it can still be cloned, shared, archived.
   */
  approve: editorProcedure.input(versionedScenarioSchema).mutation(async ({ ctx, input }) => {
    const actor = actorOf(ctx.user)
    const found = await mustSee(ctx, ctx.user, input.id)
    const { scenario } = found
    // Refuse early, before running the engine; the transaction checks all of this again.
    if (scenario.organisation.id !== actor.organisationId) {
      throw toTrpcError(new ScenarioReadOnlyError(input.id))
    }
    if (scenario.version !== input.version) {
      throw toTrpcError(
        new ScenarioConflictError({
          id: scenario.id,
          currentVersion: scenario.version,
          status: scenario.status,
          updatedBy: scenario.updatedBy,
          updatedAt: scenario.updatedAt,
        }),
      )
    }
    if (scenario.status === 'approved') {
      throw toTrpcError(new ScenarioLockedError('This scenario is already approved for the board.'))
    }
    const result = run(ctx, scenario.settings)
    return mapped(() =>
      approveScenario(
        ctx.db,
        actor,
        input,
        {
          settingsJson: JSON.stringify(scenario.settings),
          resultJson: JSON.stringify(result),
          dataVersion: result.dataVersion,
          modelVersion: result.modelVersion,
        },
        ctx.now(),
      ),
    )
  }),

  /** 'organisation' | 'shared' (with organisationIds) | 'published'; always read-only to others. */
  share: editorProcedure.input(shareScenarioSchema).mutation(async ({ ctx, input }) => {
    const ids = input.organisationIds ?? []
    const unknown = await organisationsExist(ctx.db, ids)
    if (unknown.length > 0) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `organisationIds: there is no organisation ${unknown.join(', ')}`,
      })
    }
    return mapped(() =>
      shareScenario(
        ctx.db,
        actorOf(ctx.user),
        { id: input.id, version: input.version },
        input.visibility,
        ids,
        ctx.now(),
      ),
    )
  }),
}
