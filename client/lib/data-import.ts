/**
 * Pure helpers for the /data page and the export links: who may import, the size check made
 * before a file is read, the rejected file's problems as lines to show, and export addresses.
 */
import type { ScenarioSettings } from '../../shared/domain/scenario'

/** The server refuses larger files; checking first saves reading and sending 5 MB for nothing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export interface ImportProblemLike {
  row: number | null
  field: string | null
  message: string
}

/** Only administrators of a national body change the data every organisation uses. */
export function canImportData(
  user: { role: string; organisation: { kind: string } } | null | undefined,
): boolean {
  return user?.role === 'admin' && user.organisation.kind === 'national'
}

/** A message when the file is too big to send, or null. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'The selected file is empty'
  if (bytes <= MAX_IMPORT_BYTES) return null
  return `The selected file must be smaller than 5 MB (it is ${(bytes / 1024 / 1024).toFixed(1)} MB)`
}

/** `Row 5, column age_0: cannot be negative, got "-5"` */
export function problemLine(problem: ImportProblemLike): string {
  const where = [
    problem.row === null ? null : `row ${problem.row}`,
    problem.field === null ? null : `column ${problem.field}`,
  ].filter((part): part is string => part !== null)
  if (where.length === 0) return problem.message
  const text = `${where.join(', ')}: ${problem.message}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function isProblem(value: unknown): value is ImportProblemLike {
  if (typeof value !== 'object' || value === null) return false
  const p = value as Record<string, unknown>
  return (
    typeof p.message === 'string' &&
    (p.row === null || typeof p.row === 'number') &&
    (p.field === null || typeof p.field === 'string')
  )
}

/**
 * Every problem of a refused import, one line each: from the error's `data.importProblems` when
 * the server sent them, otherwise the lines of its message (which already lists rows and columns).
 */
export function importProblemLines(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return ['The file could not be imported.']
  const { data, message } = error as { data?: { importProblems?: unknown }; message?: unknown }
  const problems = data?.importProblems
  if (Array.isArray(problems) && problems.length > 0 && problems.every(isProblem)) {
    return problems.map(problemLine)
  }
  if (typeof message === 'string' && message.trim()) {
    return message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
  }
  return ['The file could not be imported.']
}

/** csv: the main table as one tidy CSV; zip: every table as CSV with datapackage.json. */
export type ExportFormat = 'csv' | 'zip' | 'xlsx'

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'Download CSV' },
  { format: 'zip', label: 'Download all tables (ZIP of CSVs)' },
  { format: 'xlsx', label: 'Download Excel (XLSX)' },
]

export function areaExportHref(code: string, format: ExportFormat): string {
  return `/api/export/area/${encodeURIComponent(code)}.${format}`
}

export function scenarioExportHref(settings: ScenarioSettings, format: ExportFormat): string {
  return `/api/export/scenario.${format}?settings=${encodeURIComponent(JSON.stringify(settings))}`
}

export function savedScenarioExportHref(id: string, format: ExportFormat): string {
  return `/api/export/scenario/${encodeURIComponent(id)}.${format}`
}
