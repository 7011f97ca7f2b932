/**
 * One message per form field, from two places: settings in the link that we could not use, and
 * the server's validation errors (tRPC `error.data.zodError`, a zod flattenError keyed by the top
 * field only). Nested assumption errors name their key in the message ("needRate must be…"), so
 * they are moved onto that assumption's own field.
 */
import { ASSUMPTION_KEYS } from '../../shared/domain/assumptions'
import type { UrlIssue } from './scenario-url'

export type FieldErrors = Record<string, string>

interface ZodFlat {
  formErrors?: string[]
  fieldErrors?: Record<string, string[] | undefined>
}

function zodErrorOf(error: unknown): ZodFlat | null {
  if (!error || typeof error !== 'object' || !('data' in error)) return null
  const data = (error as { data?: { zodError?: ZodFlat | null } }).data
  return data?.zodError ?? null
}

export function serverFieldErrors(error: unknown): FieldErrors {
  const flat = zodErrorOf(error)
  const errors: FieldErrors = {}
  if (!flat) return errors
  for (const [field, messages] of Object.entries(flat.fieldErrors ?? {})) {
    for (const message of messages ?? []) {
      let target = field
      if (field === 'assumptions') {
        const key = ASSUMPTION_KEYS.find(
          (k) => message.startsWith(`${k} `) || message.includes(`${k}:`),
        )
        if (key) target = `assumptions.${key}`
      }
      errors[target] = errors[target] ? `${errors[target]}; ${message}` : message
    }
  }
  const form = flat.formErrors?.filter(Boolean) ?? []
  if (form.length) errors.form = form.join('; ')
  return errors
}

export function urlFieldErrors(issues: readonly UrlIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    errors[issue.field] = errors[issue.field]
      ? `${errors[issue.field]}; ${issue.message}`
      : issue.message
  }
  return errors
}

/** The server's word wins over the link's, since it judged what was actually sent. */
export function mergeFieldErrors(...sources: FieldErrors[]): FieldErrors {
  return Object.assign({}, ...sources.slice().reverse()) as FieldErrors
}
