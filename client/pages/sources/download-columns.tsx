/**
 * The column reference for every download: each table's file, what one row is, and each column's
 * stable name, header, kind and unit. It reads the same lists the exports are built from, so it
 * cannot drift from the files.
 */
import type { ColumnFormat, ExportColumn } from '../../../shared/export/export-types'
import { TABLE_COLUMNS, TABLE_GUIDE } from '../../../shared/export/table-columns'
import { PROVENANCE_COLUMNS } from '../../../shared/export/tidy-csv'
import { DataTable } from '../../components/data-table'

const KIND: Record<ColumnFormat, string> = {
  text: 'Text',
  integer: 'Whole number',
  number: 'Number, 2 decimal places',
  gbp: 'Pounds, 2 decimal places',
  share: 'Fraction from 0 to 1, 4 decimal places',
  year: 'Year',
  boolean: 'yes or no',
}

const IN_DOWNLOAD = {
  area: 'area downloads',
  scenario: 'scenario downloads',
  both: 'every area and scenario download',
} as const

export function DownloadColumns() {
  return (
    <section className="app-section app-prose" aria-labelledby="download-columns">
      <h2 className="nhsuk-heading-l" id="download-columns">
        Columns in the downloads
      </h2>
      <p>
        Every CSV file is one table: one header row of the column names below, then one row per
        item, in UTF-8 with commas, without a byte order mark. Shares are fractions (0.25 is 25%),
        money is in pounds, and an empty cell means there is no value. Text that a spreadsheet could
        run as a formula starts with an apostrophe.
      </p>
      <p>
        <strong>CSV</strong> gives the main table: an area&apos;s babies under two by mid-year, or a
        scenario&apos;s results by financial year. <strong>ZIP</strong> gives every table as its own
        CSV file with a <code>datapackage.json</code> (a Frictionless Data Package) that lists each
        file&apos;s columns, units, source and licence and the model and data versions.{' '}
        <strong>Excel</strong> has the same tables on named sheets, with the plain-English headers.
      </p>
      <p>
        Column names stay the same from one release to the next, so scripts can rely on them. New
        columns may be added at the end of a table; a column is renamed or removed only with a note
        in the model versions below.
      </p>
      {TABLE_GUIDE.map((table) => (
        <details className="nhsuk-details app-print-open" key={table.name}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              {table.name}.csv: one row is {table.row}
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <p>In {IN_DOWNLOAD[table.in]}.</p>
            <ColumnTable
              caption={`Columns of ${table.name}.csv`}
              columns={TABLE_COLUMNS[table.name]}
            />
          </div>
        </details>
      ))}
      <details className="nhsuk-details app-print-open">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Provenance: the last columns of every file
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            Every row says where its figures come from, so a file still carries its source after it
            leaves the ZIP. A table whose rows name their own source (the teams) keeps that column.
          </p>
          <ColumnTable caption="Provenance columns" columns={PROVENANCE_COLUMNS} />
        </div>
      </details>
    </section>
  )
}

function ColumnTable({ caption, columns }: { caption: string; columns: readonly ExportColumn[] }) {
  return (
    <DataTable
      caption={caption}
      captionSize="hidden"
      rows={columns}
      rowKey={(c) => c.name}
      compact
      columns={[
        { key: 'name', header: 'Column', rowHeader: true, cell: (c) => <code>{c.name}</code> },
        { key: 'header', header: 'Meaning', cell: (c) => c.header },
        { key: 'kind', header: 'Kind', cell: (c) => KIND[c.format] },
        { key: 'unit', header: 'Unit', cell: (c) => c.unit ?? '' },
      ]}
    />
  )
}
