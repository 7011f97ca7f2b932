import { TRPCError } from '@trpc/server'
import { z } from 'zod'

/**
 * A BAD_REQUEST naming the field, in the same shape as a failed input check, so a form shows
 * the message beside the field. The cause comes from a parse: a ZodError built by hand is not
 * an Error in zod 4, and tRPC would pass on a copy without its issues.
 */
export function fieldError(path: (string | number)[], message: string): TRPCError {
  const cause = z
    .any()
    .superRefine((_, ctx) => ctx.addIssue({ code: 'custom', path, message }))
    .safeParse(null).error
  return new TRPCError({ code: 'BAD_REQUEST', message: `${path.join('.')}: ${message}`, cause })
}
