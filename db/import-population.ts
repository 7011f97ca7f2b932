import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  formatProblems,
  importMetaSchema,
  problemSummary,
  validatePopulationCsv,
  type ImportMeta,
  type ImportProblem,
} from '../shared/import'
import {
  applyPopulationImport,
  findImportByHash,
  type DataVersionRecord,
} from './repositories/imports'
import type { Database } from './schema'

export interface PopulationImportInput extends ImportMeta {
  /** The file as uploaded: bytes from disk (checked as UTF-8) or text from the browser. */
  content: Uint8Array | string
  importedBy?: string | null
  organisationId?: string | null
}

export type PopulationImportOutcome =
  | {
      status: 'rejected'
      problems: ImportProblem[]
      /** One line, e.g. 'The file was not imported: 3 problems in 2 rows. Nothing was changed.' */
      summary: string
      /** The summary, then up to 50 problems one per line, then how many more. */
      message: string
    }
  | {
      status: 'checked' | 'imported'
      summary: string
      notes: string[]
      warnings: ImportProblem[]
      /** Authority × mid-year cells the file sets. */
      cells: number
      /** The new data version (imported only). */
      version: DataVersionRecord | null
    }

const rejected = (problems: ImportProblem[]): PopulationImportOutcome => ({
  status: 'rejected',
  problems,
  summary: problemSummary(problems),
  message: formatProblems(problems),
})

/**
 * The one entry point for population imports (CLI, API, tests): checks the details and every row
 * of the file first, writes nothing unless all of it is good, then writes it as a new data
 * version in one transaction. Throws ImportWriteError (safe message) if the write itself fails.
 */
export async function importPopulationCsv(
  db: Kysely<Database>,
  input: PopulationImportInput,
): Promise<PopulationImportOutcome> {
  const { content, importedBy, organisationId, ...metaInput } = input
  const meta = importMetaSchema.safeParse(metaInput)
  if (!meta.success) {
    return rejected(
      meta.error.issues.map((issue) => ({
        row: null,
        field: issue.path.join('.') || null,
        message: issue.message,
      })),
    )
  }
  const { fileName, source, date, midYear, label, dryRun } = meta.data

  const areas = await db.selectFrom('local_authorities').select(['code', 'name']).execute()
  const checked = validatePopulationCsv(content, { areas, midYear, sourceDate: date })
  if (!checked.ok) return rejected(checked.problems)

  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const earlier = await findImportByHash(db, sha256)
  if (earlier) {
    return rejected([
      {
        row: null,
        field: null,
        message: `This file was already imported as data version ${earlier}; make that version current instead of importing the file again.`,
      },
    ])
  }

  const outcome = {
    summary: checked.summary,
    notes: checked.notes,
    warnings: checked.warnings,
    cells: checked.rows.length,
  }
  if (dryRun) return { status: 'checked', ...outcome, version: null }
  const version = await applyPopulationImport(db, checked.rows, {
    fileName,
    sha256,
    fileBytes: bytes.length,
    recordCount: checked.recordCount,
    shape: checked.shape,
    source,
    date,
    label,
    importedBy,
    organisationId,
  })
  return { status: 'imported', ...outcome, version }
}
