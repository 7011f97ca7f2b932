import { sql, type Kysely } from 'kysely'
import type { PopulationImportRow } from '../../shared/import'
import type { Database } from '../schema'
import { writeAudit } from './audit'
import { noteModelChange } from './model-revision'
import { writeTransaction } from './write-transaction'

export interface DataImportRecord {
  previousVersionId: string
  kind: 'population'
  shape: string
  fileName: string
  sha256: string
  fileBytes: number
  recordCount: number
  /** Authority × mid-year cells written. */
  cellCount: number
  midYears: number[]
  importedAt: string
  importedBy: string | null
}

export interface DataVersionRecord {
  id: string
  label: string
  source: string
  /** Publication date of the figures, YYYY-MM-DD. */
  date: string | null
  createdAt: string
  current: boolean
  /** Null for the built-in seed. */
  import: DataImportRecord | null
}

export interface PopulationImportMeta {
  fileName: string
  sha256: string
  fileBytes: number
  /** Data records in the file (including skipped ones), for the record. */
  recordCount: number
  shape: 'long' | 'wide' | 'mye2'
  source: string
  /** Publication date, YYYY-MM-DD. */
  date: string
  label?: string
  importedBy?: string | null
  /** The importer's organisation, for the audit log; null from the command line. */
  organisationId?: string | null
  now?: Date
}

/** Who switched the current data version, for the audit log; nulls from the command line. */
export interface DataVersionActor {
  userId: string | null
  organisationId: string | null
}

/** A failure while writing: everything was rolled back; the message is safe to show. */
export class ImportWriteError extends Error {
  constructor(options: { cause: unknown }) {
    super('The import could not be saved, so nothing was changed. Please try again later.', options)
    this.name = 'ImportWriteError'
  }
}

export class UnknownDataVersionError extends Error {
  constructor(readonly id: string) {
    super(`There is no data version ${id}`)
    this.name = 'UnknownDataVersionError'
  }
}

const ROWS_PER_INSERT = 1_000

export async function listDataVersions(db: Kysely<Database>): Promise<DataVersionRecord[]> {
  const rows = await db
    .selectFrom('data_versions as v')
    .leftJoin('data_imports as i', 'i.data_version_id', 'v.id')
    .select([
      'v.id',
      'v.label',
      'v.source',
      'v.source_date',
      'v.created_at',
      'v.is_current',
      'i.previous_version_id',
      'i.shape',
      'i.file_name',
      'i.sha256',
      'i.file_bytes',
      'i.record_count',
      'i.cell_count',
      'i.mid_years',
      'i.imported_at',
      'i.imported_by',
    ])
    .orderBy('v.created_at')
    .orderBy('v.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    source: r.source,
    date: r.source_date,
    createdAt: r.created_at,
    current: r.is_current === 1,
    import:
      r.previous_version_id === null
        ? null
        : {
            previousVersionId: r.previous_version_id,
            kind: 'population',
            shape: r.shape ?? '',
            fileName: r.file_name ?? '',
            sha256: r.sha256 ?? '',
            fileBytes: r.file_bytes ?? 0,
            recordCount: r.record_count ?? 0,
            cellCount: r.cell_count ?? 0,
            midYears: (r.mid_years ?? '').split(',').map(Number),
            importedAt: r.imported_at ?? '',
            importedBy: r.imported_by,
          },
  }))
}

async function versionRecord(db: Kysely<Database>, id: string): Promise<DataVersionRecord> {
  const version = (await listDataVersions(db)).find((v) => v.id === id)
  if (!version) throw new UnknownDataVersionError(id)
  return version
}

/** The data version an identical file (same SHA-256) was already imported as, if any. */
export async function findImportByHash(
  db: Kysely<Database>,
  sha256: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('data_imports')
    .select('data_version_id')
    .where('sha256', '=', sha256)
    .executeTakeFirst()
  return row?.data_version_id ?? null
}

/** Makes another version current; the others stay as they are, so this can be undone. */
export async function setCurrentDataVersion(
  db: Kysely<Database>,
  id: string,
  actor: DataVersionActor = { userId: null, organisationId: null },
): Promise<DataVersionRecord> {
  await writeTransaction(db, async (conn) => {
    const target = await conn
      .selectFrom('data_versions')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst()
    if (!target) throw new UnknownDataVersionError(id)
    const previous = await conn
      .selectFrom('data_versions')
      .select('id')
      .where('is_current', '=', 1)
      .executeTakeFirst()
    await noteModelChange(conn)
    await writeAudit(conn, {
      at: new Date(),
      ...actor,
      action: 'data.set-current',
      entity: 'data-version',
      entityId: id,
      summary: `Made data version ${id} current (was ${previous?.id ?? 'none'})`,
    })
    // Clear first: the partial unique index allows only one current row at any moment.
    await conn
      .updateTable('data_versions')
      .set({ is_current: 0 })
      .where('is_current', '=', 1)
      .execute()
    await conn.updateTable('data_versions').set({ is_current: 1 }).where('id', '=', id).execute()
  })
  return versionRecord(db, id)
}

/**
 * Writes validated rows as a new data version in one transaction: the current version's
 * population is copied, the imported authority × mid-year cells replace or extend it, the new
 * version becomes current and the import is recorded. The previous version is left untouched.
 * Any failure rolls everything back and is raised as an ImportWriteError.
 */
export async function applyPopulationImport(
  db: Kysely<Database>,
  rows: readonly PopulationImportRow[],
  meta: PopulationImportMeta,
): Promise<DataVersionRecord> {
  if (rows.length === 0) throw new Error('applyPopulationImport needs at least one row')
  const now = (meta.now ?? new Date()).toISOString()
  const midYears = [...new Set(rows.map((r) => r.midYear))].sort((a, b) => a - b)
  let id = ''
  try {
    id = await writeTransaction(db, async (conn) => {
      const previous = await conn
        .selectFrom('data_versions')
        .select('id')
        .where('is_current', '=', 1)
        .executeTakeFirst()
      if (!previous) throw new Error('There is no current data version to import into')

      const stem = `import-${meta.date}-${meta.sha256.slice(0, 8)}`
      const taken = await conn
        .selectFrom('data_versions')
        .select('id')
        .where('id', 'like', `${stem}%`)
        .execute()
      const newId = taken.length ? `${stem}-${taken.length + 1}` : stem

      await conn
        .insertInto('data_versions')
        .values({
          id: newId,
          label: meta.label ?? `${meta.source} (${meta.date})`,
          source: meta.source,
          source_date: meta.date,
          created_at: now,
          is_current: 0,
        })
        .execute()
      await sql`insert into population (data_version_id, la_code, mid_year, age0, age1, all_ages)
        select ${newId}, la_code, mid_year, age0, age1, all_ages
        from population where data_version_id = ${previous.id}`.execute(conn)
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await conn
          .insertInto('population')
          .values(
            rows.slice(i, i + ROWS_PER_INSERT).map((r) => ({
              data_version_id: newId,
              la_code: r.laCode,
              mid_year: r.midYear,
              age0: r.age0,
              age1: r.age1,
              all_ages: r.allAges,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['data_version_id', 'la_code', 'mid_year']).doUpdateSet((eb) => ({
              age0: eb.ref('excluded.age0'),
              age1: eb.ref('excluded.age1'),
              all_ages: eb.ref('excluded.all_ages'),
            })),
          )
          .execute()
      }
      await conn
        .insertInto('data_imports')
        .values({
          data_version_id: newId,
          previous_version_id: previous.id,
          kind: 'population',
          shape: meta.shape,
          file_name: meta.fileName,
          sha256: meta.sha256,
          file_bytes: meta.fileBytes,
          record_count: meta.recordCount,
          cell_count: rows.length,
          mid_years: midYears.join(','),
          source: meta.source,
          source_date: meta.date,
          imported_at: now,
          imported_by: meta.importedBy ?? null,
        })
        .execute()
      await noteModelChange(conn)
      await writeAudit(conn, {
        at: new Date(now),
        userId: meta.importedBy ?? null,
        organisationId: meta.organisationId ?? null,
        action: 'data.import',
        entity: 'data-version',
        entityId: newId,
        summary: `Imported population for mid-${midYears.join(', ')} from ${meta.fileName} (${rows.length} authority-years; ${meta.source}, ${meta.date}) over ${previous.id}`,
      })
      await conn
        .updateTable('data_versions')
        .set({ is_current: 0 })
        .where('is_current', '=', 1)
        .execute()
      await conn
        .updateTable('data_versions')
        .set({ is_current: 1 })
        .where('id', '=', newId)
        .execute()
      return newId
    })
  } catch (error) {
    throw new ImportWriteError({ cause: error })
  }
  return versionRecord(db, id)
}

export interface PopulationCell {
  code: string
  name: string
  midYear: number
  age0: number | null
  age1: number | null
  allAges: number | null
}

/** Every population cell of a data version with the authority's name, by mid-year then code. */
export async function listPopulationCells(
  db: Kysely<Database>,
  dataVersionId: string,
): Promise<PopulationCell[]> {
  const rows = await db
    .selectFrom('population as p')
    .innerJoin('local_authorities as la', 'la.code', 'p.la_code')
    .select(['p.la_code', 'la.name', 'p.mid_year', 'p.age0', 'p.age1', 'p.all_ages'])
    .where('p.data_version_id', '=', dataVersionId)
    .orderBy('p.mid_year')
    .orderBy('p.la_code')
    .execute()
  return rows.map((r) => ({
    code: r.la_code,
    name: r.name,
    midYear: r.mid_year,
    age0: r.age0,
    age1: r.age1,
    allAges: r.all_ages,
  }))
}
