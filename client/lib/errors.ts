/**
 * Reading errors from tRPC calls: whether an error means "not found", and a message fit to show.
 * The server already turns unexpected failures into a generic message and validation failures
 * into one naming each field, so the client shows the server's message as it is.
 */
import { TRPCClientError } from '@trpc/client'

interface ErrorData {
  code?: string
  httpStatus?: number
}

function errorData(error: unknown): ErrorData | undefined {
  return error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined
}

export function isNotFound(error: unknown): boolean {
  const data = errorData(error)
  return data?.code === 'NOT_FOUND' || data?.httpStatus === 404
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
