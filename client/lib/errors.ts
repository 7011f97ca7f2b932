/**
 * Reading errors from tRPC calls: whether an error means "not found", and a message fit to show.
 * The server already turns unexpected failures into a generic message and validation failures
 * into one naming each field, so the client shows the server's message as it is.
 */
import { TRPCClientError } from '@trpc/client'
import type { ConflictDetail } from '../../shared/domain/saved-scenario'

interface ErrorData {
  code?: string
  httpStatus?: number
  conflict?: ConflictDetail | null
}

function errorData(error: unknown): ErrorData | undefined {
  return error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined
}

export function isNotFound(error: unknown): boolean {
  const data = errorData(error)
  return data?.code === 'NOT_FOUND' || data?.httpStatus === 404
}

/** The tRPC error code ('UNAUTHORIZED', 'CONFLICT', …), or null for a network failure. */
export function errorCode(error: unknown): string | null {
  return errorData(error)?.code ?? null
}

/** Not signed in (or the session ended): the page should offer to sign in. */
export function isUnauthorized(error: unknown): boolean {
  return errorCode(error) === 'UNAUTHORIZED'
}

/** A save from a stale version: who changed the scenario since, for the conflict message. */
export function isConflict(error: unknown): boolean {
  return errorCode(error) === 'CONFLICT'
}

export function conflictOf(error: unknown): ConflictDetail | null {
  return isConflict(error) ? (errorData(error)?.conflict ?? null) : null
}

export function errorText(error: unknown): string {
  if (error instanceof TRPCClientError) {
    // A network failure has no data: say so plainly rather than "Failed to fetch".
    if (!errorData(error))
      return 'The dashboard could not reach its server. Check your connection and try again.'
    return error.message
  }
  if (error instanceof Error) return error.message
  return 'Something went wrong. Please try again.'
}
