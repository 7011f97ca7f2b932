/**
 * The only place tRPC is initialised. Exports the building blocks routers use.
 * Unexpected errors reach the client as a generic message: no stack, SQL or path.
 */
import { initTRPC, TRPCError } from '@trpc/server'
import { ZodError, z } from 'zod'
import { ScenarioConflictError } from '../db/repositories/scenarios'
import { ImportRejectedError } from './population-import'
import type { Context } from './context'

export const GENERIC_ERROR = 'Something went wrong on our side. Please try again.'

const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null
    const internal = error.code === 'INTERNAL_SERVER_ERROR'
    return {
      message: internal ? GENERIC_ERROR : zodError ? describeZodError(zodError) : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError: zodError ? z.flattenError(zodError) : null,
        // On CONFLICT: the scenario's current version and who changed it (ConflictDetail).
        conflict: error.cause instanceof ScenarioConflictError ? error.cause.detail : null,
        // On a rejected import: every problem by row and column, for the form to list.
        importProblems: error.cause instanceof ImportRejectedError ? error.cause.problems : null,
      },
    }
  },
})

export const router = t.router
export const publicProcedure = t.procedure
export const createCallerFactory = t.createCallerFactory

/*
 * Access levels (reliability note A2). The organisation is always the signed-in user's, taken
 * from the session, never from input. Every mutation that changes data is an editorProcedure;
 * only auth.login (public), auth.logout and auth.changePassword (any signed-in person, about
 * themselves) are not.
 */

/** UNAUTHORIZED without a session. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' })
  return next({ ctx: { ...ctx, user: ctx.user } })
})

/** FORBIDDEN for viewers, and for anyone who must first replace a one-time password. */
export const editorProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role === 'viewer') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Viewers can look at scenarios but not change them. Ask an admin for editor access.',
    })
  }
  if (ctx.user.mustChangePassword) throw mustChangePassword()
  return next()
})

/** FORBIDDEN for anyone but an admin. */
export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only an admin can see this.' })
  }
  if (ctx.user.mustChangePassword) throw mustChangePassword()
  return next()
})

/**
 * Population data and data versions are shared by every organisation, so only administrators of a
 * national body may change them; an ICB or council admin manages their own organisation only.
 */
export const nationalAdminProcedure = adminProcedure.use(({ ctx, next }) => {
  if (ctx.user.organisation.kind !== 'national') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message:
        'Only administrators of a national body can change the data every organisation uses.',
    })
  }
  return next()
})

const mustChangePassword = () =>
  new TRPCError({
    code: 'FORBIDDEN',
    message: 'Please change your one-time password before making changes.',
  })

/** 'budgetCap: budget cap must be more than £0; scope: …' — names each field that failed. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')
}
