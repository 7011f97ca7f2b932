import { TRPCError } from '@trpc/server'
import { Router, type Response } from 'express'
import { listDataVersions, listPopulationCells } from '../../db/repositories/imports'
import { listSources } from '../../db/repositories/sources'
import { scenarioSettingsSchema, type ScenarioSettings } from '../../shared/domain/scenario'
import { runScenario, summariseArea, UnknownAreaError } from '../../shared/engine'
import { MODEL_VERSION } from '../../shared/engine/model-version'
import {
  areaExportTables,
  contentDisposition,
  exportFileName,
  mainTable,
  packageFiles,
  populationCsv,
  scenarioExportTables,
  tidyCsv,
  type ExportBook,
  type ExportMeta,
  type ScenarioExportInfo,
} from '../../shared/export'
import type { ScenarioResult } from '../../shared/domain/results'
import { createRequestContext, type ContextDeps } from '../context'
import { createCaller } from '../routers/_app'
import { toXlsx } from '../export-xlsx'
import { toZip } from '../export-zip'
import { describeZodError } from '../trpc'

/**
 * csv: the book's main table as one tidy CSV; zip: every table as a tidy CSV with a
 * datapackage.json; xlsx: the workbook with its sheets and Metadata sheet.
 */
export type ExportFormat = 'csv' | 'xlsx' | 'zip'

export interface ExportDeps extends ContextDeps {
  /** The clock, for file names and the 'Generated' line; tests pin it. */
  now?: () => Date
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
}

const FORMAT = '(csv|xlsx|zip)'

const fail = (res: Response, status: number, message: string) => {
  res.status(status).json({ error: { message } })
}

/** Sources, versions and the default assumptions behind the figures now being served. */
async function exportMeta(deps: ExportDeps, now: Date): Promise<ExportMeta> {
  const data = deps.store.current()
  const [sources, versions] = await Promise.all([listSources(deps.db), listDataVersions(deps.db)])
  const version = versions.find((v) => v.id === data.dataVersion)
  return {
    generatedAt: now.toISOString(),
    dataVersion: {
      id: data.dataVersion,
      label: version?.label ?? data.dataVersion,
      date: version?.date ?? null,
    },
    modelVersion: MODEL_VERSION,
    sources,
    assumptions: data.assumptions,
  }
}

async function sendBook(
  res: Response,
  book: ExportBook,
  meta: ExportMeta,
  format: ExportFormat,
  now: Date,
) {
  const body =
    format === 'csv'
      ? tidyCsv(mainTable(book), meta)
      : format === 'zip'
        ? toZip(packageFiles(book, meta), now)
        : await toXlsx(book, now)
  res.setHeader('Content-Type', CONTENT_TYPES[format])
  res.setHeader(
    'Content-Disposition',
    contentDisposition(exportFileName(book.fileStem, now, format)),
  )
  // Exports follow the current data version; a cached copy could be stale.
  res.setHeader('Cache-Control', 'no-store')
  res.send(body)
}

/**
 * Runs and sends a scenario as CSV or XLSX. The saved-scenario route calls this after loading
 * the scenario and checking the caller may see it, passing `saved` and `rationale`.
 */
export async function sendScenarioExport(
  res: Response,
  deps: ExportDeps,
  format: ExportFormat,
  info: ScenarioExportInfo,
  /** An approved scenario's frozen result; otherwise the scenario is run now. */
  frozen?: ScenarioResult,
): Promise<void> {
  const now = deps.now?.() ?? new Date()
  let result = frozen
  try {
    result ??= runScenario(deps.store.current(), info.settings)
  } catch (error) {
    if (error instanceof UnknownAreaError) return fail(res, 404, error.message)
    throw error
  }
  const meta = await exportMeta(deps, now)
  // The versions stamped are those the figures were computed with, frozen or not.
  meta.dataVersion = { ...meta.dataVersion, id: result.dataVersion }
  meta.modelVersion = result.modelVersion
  await sendBook(res, scenarioExportTables(result, meta, info), meta, format, now)
}

const TRPC_TO_HTTP: Partial<Record<TRPCError['code'], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
}

/** Reads `?settings=<JSON>` as ScenarioSettings, or says which field is wrong. */
export function parseSettingsQuery(
  raw: unknown,
): { ok: true; settings: ScenarioSettings } | { ok: false; message: string } {
  if (typeof raw !== 'string' || raw === '') {
    return {
      ok: false,
      message: 'Give the scenario as ?settings=<JSON>, e.g. {"scope":"E54000048"}.',
    }
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { ok: false, message: 'settings is not valid JSON.' }
  }
  const parsed = scenarioSettingsSchema.safeParse(json)
  if (!parsed.success) {
    return { ok: false, message: `settings: ${describeZodError(parsed.error)}` }
  }
  return { ok: true, settings: parsed.data }
}

/**
 * GET /api/export/area/:code.csv|.zip|.xlsx, /api/export/scenario.csv|.zip|.xlsx?settings=…,
 * /api/export/scenario/:id.csv|.zip|.xlsx (saved) and /api/export/population.csv (the current
 * data version in the wide import shape).
 */
export function exportRoutes(deps: ExportDeps): Router {
  const router = Router()
  const clock = () => deps.now?.() ?? new Date()

  router.get('/api/export/area/:file', async (req, res) => {
    const match = new RegExp(`^([A-Za-z0-9]{1,12})\\.${FORMAT}$`).exec(req.params.file)
    if (!match) return fail(res, 404, 'Not found')
    const [, code, format] = match as unknown as [string, string, ExportFormat]
    const summary = summariseArea(deps.store.current(), code)
    if (!summary) return fail(res, 404, `No area has the code ${code}`)
    const now = clock()
    const meta = await exportMeta(deps, now)
    await sendBook(res, areaExportTables(summary, meta), meta, format, now)
  })

  for (const format of ['csv', 'xlsx', 'zip'] as const) {
    router.get(`/api/export/scenario.${format}`, async (req, res) => {
      const parsed = parseSettingsQuery(req.query.settings)
      if (!parsed.ok) return fail(res, 400, parsed.message)
      await sendScenarioExport(res, deps, format, { settings: parsed.settings })
    })
  }

  // A saved scenario, read through the same procedure as the page, so the same sign-in and
  // organisation rules apply and an approved scenario exports its frozen result.
  router.get('/api/export/scenario/:file', async (req, res) => {
    const match = new RegExp(`^([a-z0-9]{8,32})\\.${FORMAT}$`).exec(req.params.file)
    if (!match) return fail(res, 404, 'Not found')
    const [, id, format] = match as unknown as [string, string, ExportFormat]
    try {
      const caller = createCaller(await createRequestContext(deps, req, res))
      const { scenario, result } = await caller.scenario.get({ id })
      await sendScenarioExport(
        res,
        deps,
        format,
        {
          settings: scenario.settings,
          saved: { id, name: scenario.name, version: scenario.version, status: scenario.status },
          rationale: scenario.rationale,
        },
        scenario.status === 'approved' ? result : undefined,
      )
    } catch (error) {
      const status = error instanceof TRPCError ? TRPC_TO_HTTP[error.code] : undefined
      if (status && error instanceof TRPCError) return fail(res, status, error.message)
      throw error
    }
  })

  router.get('/api/export/population.csv', async (_req, res) => {
    const data = deps.store.current()
    const [cells, versions] = await Promise.all([
      listPopulationCells(deps.db, data.dataVersion),
      listDataVersions(deps.db),
    ])
    const now = clock()
    const version = versions.find((v) => v.id === data.dataVersion)
    res.setHeader('Content-Type', CONTENT_TYPES.csv)
    res.setHeader(
      'Content-Disposition',
      contentDisposition(exportFileName(`population-${data.dataVersion}`, now, 'csv')),
    )
    res.setHeader('Cache-Control', 'no-store')
    res.send(
      populationCsv(cells, {
        source: version?.label ?? data.dataVersion,
        dataVersion: data.dataVersion,
        exportedOn: now.toISOString().slice(0, 10),
      }),
    )
  })
  return router
}
