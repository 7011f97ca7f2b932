import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { fieldError } from '../field-error'
import {
  closeTeam,
  createTeam,
  TeamClosedError,
  TeamConflictError,
  TeamNotFoundError,
  teamLaCodes,
  updateTeam,
  type TeamFields,
} from '../../db/repositories/team-register'
import { listTeams, toTeamRecord } from '../../db/repositories/teams'
import type { ModelData } from '../../shared/domain/model-data'
import { BANDS } from '../../shared/domain/pay'
import { registerCounts } from '../../shared/domain/register-counts'
import type { SessionUser } from '../../shared/domain/saved-scenario'
import { resolveScope } from '../../shared/engine'
import type { Context } from '../context'
import { editorProcedure, publicProcedure, router } from '../trpc'

/*
 * The teams register: read by anyone; changed by editors and admins. The register is shared by
 * every organisation, so a national body's editors may change any team, and an ICB's or council's
 * editors only teams serving at least one authority in their organisation's area (and may add
 * teams only inside it). Every change is audited and reloads the model, so coverage follows.
 */

const text = (max: number, empty: string) =>
  z.string().trim().min(1, empty).max(max, `Use ${max} characters or fewer`)
const role = z.strictObject({
  title: text(120, 'Enter the role’s title'),
  band: z.enum(BANDS),
  wte: z.number().positive().max(50),
  clinical: z.boolean(),
})

const month = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, `Enter ${what} as YYYY-MM, for example 2027-03`)

const fields = {
  name: text(120, 'Enter the team’s name'),
  hostOrg: text(200, 'Enter the organisation that hosts the team'),
  laCodes: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]\d{8}$/, 'Enter a 9-character area code'),
    )
    .min(1, 'Choose at least one local authority')
    .max(50),
  establishedYear: z.number().int().min(1900).max(2100).nullable(),
  status: z.enum(['operating', 'satellite', 'related', 'unverified']),
  providesCapacity: z.boolean(),
  hubTeamId: z.string().trim().min(1).max(64).nullable(),
  staffing: z.array(role).max(40).nullable(),
  source: text(500, 'Enter where this comes from, such as a report or a letter'),
  ageRange: z.string().trim().max(60),
  fundedFrom: month('the month its current funding began').nullable(),
  fundedTo: month('the last month it is funded').nullable(),
  fundingNote: z.string().trim().max(600, 'Use 600 characters or fewer'),
}

const createInput = z.strictObject({
  ...fields,
  establishedYear: fields.establishedYear.optional(),
  hubTeamId: fields.hubTeamId.optional(),
  staffing: fields.staffing.optional(),
  ageRange: fields.ageRange.optional(),
  fundedFrom: fields.fundedFrom.optional(),
  fundedTo: fields.fundedTo.optional(),
  fundingNote: fields.fundingNote.optional(),
})

const version = z.number().int().min(1)
const teamId = z.string().trim().min(1).max(64)

const updateInput = z.strictObject({
  id: teamId,
  version,
  name: fields.name.optional(),
  hostOrg: fields.hostOrg.optional(),
  laCodes: fields.laCodes.optional(),
  establishedYear: fields.establishedYear.optional(),
  status: fields.status.optional(),
  providesCapacity: fields.providesCapacity.optional(),
  hubTeamId: fields.hubTeamId.optional(),
  staffing: fields.staffing.optional(),
  source: fields.source.optional(),
  ageRange: fields.ageRange.optional(),
  fundedFrom: fields.fundedFrom.optional(),
  fundedTo: fields.fundedTo.optional(),
  fundingNote: fields.fundingNote.optional(),
})

const closeInput = z.strictObject({
  id: teamId,
  version,
  closedDate: z.iso.date('Enter the date it closed as YYYY-MM-DD, for example 2026-03-31'),
  reason: text(500, 'Enter why the team closed'),
})

function toTrpcError(error: unknown): unknown {
  if (error instanceof TeamNotFoundError) {
    return new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error })
  }
  if (error instanceof TeamConflictError) {
    return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error })
  }
  if (error instanceof TeamClosedError) {
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

/** Null: any team (a national body). Otherwise the authorities of the organisation's area. */
function editableArea(user: SessionUser, data: ModelData): Set<string> | null {
  if (user.organisation.kind === 'national') return null
  const scope = user.organisation.areaCode ? resolveScope(data, user.organisation.areaCode) : null
  return new Set(scope?.las.map((la) => data.las[la.index]!.code) ?? [])
}

const forbidden = (message: string) => new TRPCError({ code: 'FORBIDDEN', message })
const OUTSIDE =
  'You can change only teams that serve your organisation’s area. Ask the national programme to change others.'

/** Checks the authorities exist and names them; a satellite's hub must be in the register too. */
function resolveAreas(data: ModelData, laCodes: string[]) {
  const byCode = new Map(data.las.map((la) => [la.code, la]))
  const unknown = laCodes.filter((code) => !byCode.has(code))
  if (unknown.length) {
    throw fieldError(['laCodes'], `Unknown local authority code ${unknown.join(', ')}`)
  }
  const las = [...new Set(laCodes)].map((code) => byCode.get(code)!)
  const nations = new Set(las.map((la) => la.nation))
  return {
    laCodes: las.map((la) => la.code),
    areasText: las.map((la) => la.name).join(', '),
    nation: nations.size === 1 ? las[0]!.nation : null,
  }
}

function checkHub(data: ModelData, hubTeamId: string | null | undefined, selfId?: string) {
  if (hubTeamId == null) return
  if (hubTeamId === selfId || !data.teams.some((t) => t.id === hubTeamId)) {
    throw fieldError(['hubTeamId'], 'Choose a hub team from the register')
  }
}

async function mayChange(ctx: Context & { user: SessionUser }, id: string, next?: string[]) {
  const area = editableArea(ctx.user, ctx.store.current())
  const current = await teamLaCodes(ctx.db, id)
  if (!current) throw new TRPCError({ code: 'NOT_FOUND', message: `There is no team ${id}.` })
  if (area === null) return
  if (!current.some((code) => area.has(code))) throw forbidden(OUTSIDE)
  // Moving a team wholly out of one's own area would hand it to someone else's register.
  if (next && !next.some((code) => area.has(code))) throw forbidden(OUTSIDE)
}

/** Funding cannot end before it begins ('YYYY-MM' compares as text). */
function checkFunding(from: string | null, to: string | null) {
  if (from !== null && to !== null && from > to) {
    throw fieldError(['fundedTo'], `Enter a last funded month in or after ${from}, when it began`)
  }
}

const actorOf = (user: SessionUser) => ({ userId: user.id, organisationId: user.organisation.id })

export const teamsRouter = router({
  /** Every team in register order, with the version an edit must name. */
  list: publicProcedure.query(async ({ ctx }) =>
    (await listTeams(ctx.db)).map((t) => ({
      ...toTeamRecord(t),
      version: t.version,
      closedDate: t.closedDate,
    })),
  ),
  /** The published UK counts (Rare Jewels 2019 → Parent-Infant Foundation 2025). */
  counts: publicProcedure.query(({ ctx }) => ctx.store.current().teamCounts),
  /** Derived from the register: teams operating in each calendar year, 2019 to this year. */
  registerCounts: publicProcedure.query(({ ctx }) =>
    registerCounts(ctx.store.current().teams, ctx.now().getUTCFullYear()),
  ),

  create: editorProcedure.input(createInput).mutation(async ({ ctx, input }) => {
    const data = ctx.store.current()
    const area = editableArea(ctx.user, data)
    const areas = resolveAreas(data, input.laCodes)
    if (area !== null && !areas.laCodes.every((code) => area.has(code))) {
      throw forbidden('You can add only teams that serve local authorities in your area.')
    }
    checkHub(data, input.hubTeamId)
    checkFunding(input.fundedFrom ?? null, input.fundedTo ?? null)
    const team: TeamFields = {
      name: input.name,
      hostOrg: input.hostOrg,
      ...areas,
      establishedYear: input.establishedYear ?? null,
      status: input.status,
      providesCapacity: input.providesCapacity,
      hubTeamId: input.hubTeamId ?? null,
      staffing: input.staffing?.length ? input.staffing : null,
      source: input.source,
      ageRange: input.ageRange ?? '',
      fundedFrom: input.fundedFrom ?? null,
      fundedTo: input.fundedTo ?? null,
      fundingNote: input.fundingNote ?? '',
    }
    const created = await mapped(() => createTeam(ctx.db, actorOf(ctx.user), team, ctx.now()))
    await ctx.store.reload()
    return created
  }),

  update: editorProcedure.input(updateInput).mutation(async ({ ctx, input }) => {
    const { id, version: from, laCodes, staffing, ...rest } = input
    const data = ctx.store.current()
    const areas = laCodes === undefined ? undefined : resolveAreas(data, laCodes)
    await mayChange(ctx, id, areas?.laCodes)
    checkHub(data, rest.hubTeamId, id)
    const known = data.teams.find((t) => t.id === id)
    checkFunding(
      rest.fundedFrom !== undefined ? rest.fundedFrom : (known?.fundedFrom ?? null),
      rest.fundedTo !== undefined ? rest.fundedTo : (known?.fundedTo ?? null),
    )
    const change: Partial<TeamFields> = {
      ...rest,
      ...areas,
      ...(staffing !== undefined && { staffing: staffing?.length ? staffing : null }),
    }
    const updated = await mapped(() =>
      updateTeam(ctx.db, actorOf(ctx.user), { id, version: from }, change, ctx.now()),
    )
    await ctx.store.reload()
    return updated
  }),

  /** Marks a team closed on a date: it stops providing capacity from then on. */
  close: editorProcedure.input(closeInput).mutation(async ({ ctx, input }) => {
    await mayChange(ctx, input.id)
    const team = ctx.store.current().teams.find((t) => t.id === input.id)
    const year = Number(input.closedDate.slice(0, 4))
    if (team?.establishedYear != null && year < team.establishedYear) {
      throw fieldError(
        ['closedDate'],
        `Enter a date in or after ${team.establishedYear}, when it started`,
      )
    }
    const closed = await mapped(() =>
      closeTeam(
        ctx.db,
        actorOf(ctx.user),
        { id: input.id, version: input.version },
        { closedDate: input.closedDate, reason: input.reason },
        ctx.now(),
      ),
    )
    await ctx.store.reload()
    return closed
  }),
})
