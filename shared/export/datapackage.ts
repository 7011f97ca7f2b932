import { OGL, ONS_ATTRIBUTION } from '../domain/provenance'
import { bookTables, headerText, type ColumnFormat, type ExportBook } from './export-types'
import { EXPORT_NOTES, type ExportMeta } from './metadata'
import { tidyColumns } from './tidy-csv'

/** The Open Government Licence as a Frictionless licence (its SPDX identifier and address). */
export const OGL_LICENCE = {
  name: 'OGL-UK-3.0',
  title: OGL,
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const

/** Frictionless Table Schema types; shares and money are numbers, their units said per field. */
const FIELD_TYPES: Record<ColumnFormat, string> = {
  text: 'string',
  boolean: 'boolean',
  integer: 'integer',
  number: 'number',
  gbp: 'number',
  share: 'number',
  year: 'year',
}

const UNIT_NOTES: Partial<Record<ColumnFormat, string>> = {
  gbp: 'Pounds sterling, cash (not discounted), rounded to the penny.',
  share: 'A fraction from 0 to 1 (0.25 is 25%).',
}

export interface DataPackageField {
  name: string
  title: string
  type: string
  description?: string
  /** Not in the Table Schema standard (custom properties are allowed): the column's unit. */
  unit?: string
  trueValues?: string[]
  falseValues?: string[]
}

export interface DataPackageResource {
  name: string
  path: string
  title: string
  profile: 'tabular-data-resource'
  format: 'csv'
  mediatype: 'text/csv'
  encoding: 'utf-8'
  dialect: {
    delimiter: ','
    lineTerminator: '\r\n'
    quoteChar: '"'
    doubleQuote: true
    header: true
  }
  schema: { fields: DataPackageField[]; missingValues: string[] }
  sources: { title: string }[]
  licenses: { name?: string; title: string; path?: string }[]
}

export interface DataPackage {
  profile: 'tabular-data-package'
  name: string
  title: string
  description: string
  created: string
  version: string
  licenses: (typeof OGL_LICENCE)[]
  sources: { title: string; path?: string; publisher: string; date: string; licence: string }[]
  contributors: { title: string; role: string }[]
  /** Custom properties: the versions and notes every figure depends on. */
  coverage2030: {
    modelVersion: string
    dataVersion: ExportMeta['dataVersion']
    attribution: string
    notes: string[]
  }
  resources: DataPackageResource[]
}

/** The file name of a table inside the ZIP: 'population.csv'. */
export const tableFileName = (name: string) => `${name}.csv`

/**
 * A Frictionless Data Package descriptor (datapackage.json) for a book's tables: each CSV's path,
 * columns (name, plain-English title, type, unit), source and licence, with the package's model
 * and data versions, sources and the date it was made. The CSV layout it describes is tidyCsv's.
 */
export function dataPackage(book: ExportBook, meta: ExportMeta): DataPackage {
  return {
    profile: 'tabular-data-package',
    // Package names are lower-case letters, digits, '-', '_' and '.'.
    name: `coverage2030-${book.fileStem}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'),
    title: book.title,
    description:
      'Tables exported from Coverage 2030, a planning tool for specialised parent-infant relationship teams. ' +
      'Each CSV is one tidy table with one header row; every row repeats its source, licence, data and model versions.',
    created: meta.generatedAt,
    version: `model ${meta.modelVersion}; data ${meta.dataVersion.id}`,
    licenses: [OGL_LICENCE],
    sources: meta.sources.map((s) => ({
      title: s.title,
      ...(s.url ? { path: s.url } : {}),
      publisher: s.publisher,
      date: s.date,
      licence: s.licence,
    })),
    contributors: [{ title: 'Coverage 2030', role: 'author' }],
    coverage2030: {
      modelVersion: meta.modelVersion,
      dataVersion: meta.dataVersion,
      attribution: ONS_ATTRIBUTION,
      notes: EXPORT_NOTES,
    },
    resources: bookTables(book).map((table) => ({
      name: table.name,
      path: tableFileName(table.name),
      title: table.title,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: {
        delimiter: ',',
        lineTerminator: '\r\n',
        quoteChar: '"',
        doubleQuote: true,
        header: true,
      },
      schema: {
        fields: tidyColumns(table).map((column) => ({
          name: column.name,
          title: headerText(column),
          type: FIELD_TYPES[column.format],
          ...(UNIT_NOTES[column.format] || column.unit
            ? {
                description: [column.unit ? `Unit: ${column.unit}.` : '', UNIT_NOTES[column.format]]
                  .filter(Boolean)
                  .join(' '),
              }
            : {}),
          ...(column.unit ? { unit: column.unit } : {}),
          ...(column.format === 'boolean' ? { trueValues: ['yes'], falseValues: ['no'] } : {}),
        })),
        missingValues: [''],
      },
      sources: [{ title: table.source }],
      licenses: [
        table.licence && table.licence !== OGL ? { title: table.licence } : { ...OGL_LICENCE },
      ],
    })),
  }
}
