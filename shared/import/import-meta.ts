import { z } from 'zod'
import { MAX_MID_YEAR, MIN_MID_YEAR } from './validate-population'

const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Text a person types about an import; stored as typed, so nothing a spreadsheet would run. */
const plainText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `give the ${what}`)
    .max(max, `the ${what} must be at most ${max} characters`)
    .refine(
      (v) => ![...v].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f),
      `the ${what} must not contain control characters`,
    )
    .refine((v) => !/^[=+\-@]/.test(v), `the ${what} must not start with = + - or @`)

/** Where the figures come from and when they were published; checked before the file is read. */
export const importMetaSchema = z.strictObject({
  /** The uploaded file's own name, kept for the record (folders are dropped by the caller). */
  fileName: plainText('file name', 255),
  source: plainText('source', 200),
  /** Publication date of the source, YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must be written YYYY-MM-DD')
    .refine(isCalendarDate, 'the date is not a real calendar date')
    // A day's grace for time zones; a later date is a typing mistake, and it would let mid-years
    // not yet estimated through the "not after the source's date" check.
    .refine(
      (v) => v <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      'the date is in the future; give the date the figures were published',
    ),
  /** Only for an ONS MYE2 file, which has no year column. */
  midYear: z.number().int().min(MIN_MID_YEAR).max(MAX_MID_YEAR).optional(),
  /** A short name for the new data version; made from the source and date when left out. */
  label: plainText('label', 200).optional(),
  dryRun: z.boolean().optional(),
})

export type ImportMeta = z.infer<typeof importMetaSchema>
