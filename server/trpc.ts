/**
 * The only place tRPC is initialised. Exports the building blocks routers use.
 * Unexpected errors reach the client as a generic message: no stack, SQL or path.
 */
import { initTRPC } from '@trpc/server'
import { ZodError, z } from 'zod'
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
      },
    }
  },
})

export const router = t.router
export const publicProcedure = t.procedure
export const createCallerFactory = t.createCallerFactory

/** 'budgetCap: budget cap must be more than £0; scope: …' — names each field that failed. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')
}
