import { openSync, readSync, closeSync, fstatSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import {
  fileTooLarge,
  formatProblem,
  formatProblems,
  MAX_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
} from '../../shared/import'
import { importPopulationCsv } from '../import-population'
import { prepareDatabase } from '../prepare'
import {
  ImportWriteError,
  listDataVersions,
  setCurrentDataVersion,
  UnknownDataVersionError,
  type DataVersionRecord,
} from '../repositories/imports'

const USAGE = `Usage:
  npm run import -- population <file.csv> --source "ONS mid-2025 estimates" --date 2026-06-26
                    [--mid-year 2025] [--label "…"] [--dry-run]
  npm run import -- versions            list data versions (* = current)
  npm run import -- use <version-id>    make another data version current

The file is checked completely first; a single bad row refuses it and nothing is written.
Uses DATABASE_URL like the server (default ./data/coverage2030.sqlite). Running servers on the
same database show the new figures with their next request, as after an import in the dashboard.`

/** The file's bytes, or null when it is over the cap: a huge file is refused without reading it. */
function readCapped(path: string): { bytes: Uint8Array | null; size: number } {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > MAX_FILE_BYTES) return { bytes: null, size }
    const buffer = Buffer.alloc(size)
    const read = readSync(fd, buffer, 0, size, 0)
    return { bytes: buffer.subarray(0, read), size }
  } finally {
    closeSync(fd)
  }
}

const describe = (v: DataVersionRecord) =>
  `${v.current ? '*' : ' '} ${v.id}  ${v.date ?? '          '}  ${v.label}` +
  (v.import ? `  [${v.import.fileName}, mid-${v.import.midYears.join('/')}]` : '')

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      date: { type: 'string' },
      'mid-year': { type: 'string' },
      label: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, argument] = positionals
  if (values.help || !command) {
    console.log(USAGE)
    return values.help ? 0 : 2
  }

  const db = await prepareDatabase(process.env.DATABASE_URL)
  try {
    if (command === 'versions') {
      for (const v of await listDataVersions(db)) console.log(describe(v))
      return 0
    }
    if (command === 'use' && argument) {
      const version = await setCurrentDataVersion(db, argument)
      console.log(`Data version ${version.id} is now current.`)
      return 0
    }
    if (command !== 'population' || !argument || positionals.length > 2) {
      console.error(USAGE)
      return 2
    }
    const midYear = values['mid-year']
    if (midYear !== undefined && !/^\d{4}$/.test(midYear)) {
      console.error(`--mid-year must be a year such as 2025, got "${midYear}"`)
      return 2
    }
    const started = performance.now()
    const file = readCapped(argument)
    if (!file.bytes) {
      console.error(formatProblems([{ row: null, field: null, message: fileTooLarge(file.size) }]))
      return 1
    }
    const outcome = await importPopulationCsv(db, {
      content: file.bytes,
      fileName: basename(argument),
      source: values.source ?? '',
      date: values.date ?? '',
      midYear: midYear === undefined ? undefined : Number(midYear),
      label: values.label,
      dryRun: values['dry-run'],
    })
    if (outcome.status === 'rejected') {
      console.error(outcome.message)
      return 1
    }
    console.log(outcome.summary)
    for (const note of outcome.notes) console.log(`  note: ${note}`)
    for (const w of outcome.warnings.slice(0, MAX_LISTED_PROBLEMS)) {
      console.log(`  warning: ${formatProblem(w)}`)
    }
    if (outcome.warnings.length > MAX_LISTED_PROBLEMS) {
      console.log(`  … and ${outcome.warnings.length - MAX_LISTED_PROBLEMS} more warnings`)
    }
    const ms = Math.round(performance.now() - started)
    if (!outcome.version) {
      console.log(
        `Dry run: the file is good (${outcome.cells} cells, ${ms} ms). Nothing was written.`,
      )
      return 0
    }
    const v = outcome.version
    console.log(
      `Imported ${outcome.cells} cells in ${ms} ms as data version ${v.id} (now current).`,
    )
    console.log(
      `The previous version ${v.import?.previousVersionId} is kept: npm run import -- use ${v.import?.previousVersionId}`,
    )
    return 0
  } catch (error) {
    if (error instanceof UnknownDataVersionError) {
      console.error(error.message)
      return 1
    }
    if (error instanceof ImportWriteError) {
      console.error(`${error.message} (${String((error.cause as Error)?.message ?? error.cause)})`)
      return 1
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`No such file: ${argument}`)
      return 1
    }
    throw error
  } finally {
    await db.destroy()
  }
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  return 1
})
