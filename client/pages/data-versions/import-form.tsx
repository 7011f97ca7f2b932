/**
 * The population import form (national admins only): a CSV file read in the browser, where the
 * figures come from, their publication date and, for an ONS MYE2 file, the mid-year. "Check the
 * file" runs every check and writes nothing; "Import" makes it the current data version. A refused
 * file lists every problem by row and column, and says that nothing was changed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { TRPCClientError } from '@trpc/client'
import { useRef, useState, type FormEvent } from 'react'
import { ErrorSummary, type SummaryError } from '../../components/error-summary'
import { FieldShell, TextField } from '../../components/fields'
import { fileSizeProblem, importProblemLines, problemLine } from '../../lib/data-import'
import { errorText } from '../../lib/errors'
import { formatNumber } from '../../lib/format'
import { trpcClient } from '../../trpc'

type Outcome = Awaited<ReturnType<typeof trpcClient.data.importPopulation.mutate>>

interface Fields {
  source: string
  date: string
  midYear: string
  label: string
}

const EMPTY: Fields = { source: '', date: '', midYear: '', label: '' }

function checkFields(file: File | null, fields: Fields): SummaryError[] {
  const errors: SummaryError[] = []
  if (!file) errors.push({ field: 'import-file', message: 'Select a CSV file' })
  else {
    const size = fileSizeProblem(file.size)
    if (size) errors.push({ field: 'import-file', message: size })
  }
  if (!fields.source.trim())
    errors.push({ field: 'import-source', message: 'Enter where the figures come from' })
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.date.trim()))
    errors.push({
      field: 'import-date',
      message: 'Enter the publication date as year-month-day, for example 2026-06-26',
    })
  if (fields.midYear.trim() && !/^\d{4}$/.test(fields.midYear.trim()))
    errors.push({ field: 'import-mid-year', message: 'Enter the mid-year as 4 digits, like 2025' })
  return errors
}

export function ImportForm() {
  const queryClient = useQueryClient()
  const fileRef = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [fields, setFields] = useState<Fields>(EMPTY)
  const [errors, setErrors] = useState<SummaryError[]>([])
  const set = (key: keyof Fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }))

  const send = useMutation({
    mutationFn: async ({ dryRun }: { dryRun: boolean }): Promise<Outcome> => {
      if (!file) throw new Error('Select a CSV file')
      const csv = await file.text()
      return trpcClient.data.importPopulation.mutate({
        fileName: file.name,
        csv,
        source: fields.source.trim(),
        date: fields.date.trim(),
        midYear: fields.midYear.trim() ? Number(fields.midYear.trim()) : undefined,
        label: fields.label.trim() || undefined,
        dryRun,
      })
    },
    onSuccess: async (outcome) => {
      if (outcome.status !== 'imported') return
      // Every page's figures come from the data version: forget every cached answer.
      await queryClient.invalidateQueries()
      setFile(null)
      setFields(EMPTY)
      if (fileRef.current) fileRef.current.value = ''
    },
  })

  const submit = (dryRun: boolean) => (event?: FormEvent) => {
    event?.preventDefault()
    const found = checkFields(file, fields)
    setErrors(found)
    send.reset()
    if (found.length === 0) send.mutate({ dryRun })
  }

  const fieldError = (id: string) => errors.find((e) => e.field === id)?.message ?? null
  const rejected = send.isError && send.error instanceof TRPCClientError
  const fileError = fieldError('import-file')

  return (
    <section className="app-section" aria-labelledby="import-title">
      <h2 className="nhsuk-heading-l" id="import-title">
        Import population figures
      </h2>
      <ErrorSummary errors={errors} />
      {send.isError ? (
        <ErrorSummary
          title="The file was not imported"
          errors={[
            ...(rejected ? importProblemLines(send.error) : [errorText(send.error)]).map(
              (message) => ({ message }),
            ),
            { message: 'Nothing was changed.' },
          ]}
        />
      ) : null}
      {send.data ? <ImportResult outcome={send.data} /> : null}
      <p>
        Ages 0 and 1 per local authority and mid-year, as CSV (UTF-8, at most 5 MB). Accepted
        layouts: <code>area_code,mid_year,age_0,age_1</code> (one row per area and year),{' '}
        <code>area_code,mid_year,age,count</code> (one row per area, year and age), or the ONS MYE2
        file as published (give its mid-year). One bad row refuses the whole file.
      </p>
      <form onSubmit={submit(true)} noValidate className="app-import-form">
        <FieldShell
          id="import-file"
          label="CSV file"
          hint="Population estimates for ages 0 and 1"
          error={fileError}
          bold
        >
          {(describedBy) => (
            <input
              ref={fileRef}
              className={`nhsuk-file-upload${fileError ? ' nhsuk-file-upload--error' : ''}`}
              id="import-file"
              name="import-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={describedBy}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null)
                send.reset()
              }}
            />
          )}
        </FieldShell>
        <TextField
          id="import-source"
          label="Source"
          hint="For example: ONS mid-2025 population estimates"
          value={fields.source}
          onChange={set('source')}
          error={fieldError('import-source')}
          maxLength={200}
        />
        <TextField
          id="import-date"
          label="Publication date"
          hint="The date the figures were published, as year-month-day, for example 2026-06-26"
          value={fields.date}
          onChange={set('date')}
          error={fieldError('import-date')}
          width={10}
        />
        <TextField
          id="import-mid-year"
          label="Mid-year (only for an ONS MYE2 file)"
          hint="The year the estimates are for, for example 2025. Other layouts have a year column."
          value={fields.midYear}
          onChange={set('midYear')}
          error={fieldError('import-mid-year')}
          width={10}
        />
        <TextField
          id="import-label"
          label="Name for this data version (optional)"
          hint="Made from the source and date if you leave it blank"
          value={fields.label}
          onChange={set('label')}
          maxLength={200}
        />
        <div className="nhsuk-button-group">
          <button
            type="submit"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={send.isPending}
          >
            Check the file
          </button>
          <button
            type="button"
            className="nhsuk-button"
            disabled={send.isPending}
            onClick={() => submit(false)()}
          >
            Import
          </button>
        </div>
        <p className="nhsuk-body-s" role="status" aria-live="polite">
          {send.isPending ? (send.variables?.dryRun ? 'Checking the file…' : 'Importing…') : ''}
        </p>
      </form>
    </section>
  )
}

function ImportResult({ outcome }: { outcome: Outcome }) {
  const imported = outcome.status === 'imported'
  return (
    <div className="nhsuk-card nhsuk-card--feature app-import-result" role="status">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h3 className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m">
          {imported ? 'Imported' : 'The file passed every check'}
        </h3>
        {imported ? (
          <p>
            {formatNumber(outcome.cells)} authority-year figure{outcome.cells === 1 ? '' : 's'}{' '}
            imported. {outcome.version?.label ?? outcome.dataVersion} is now the current data
            version; every page and export uses its figures.
          </p>
        ) : (
          <p>{outcome.summary} Nothing has been written yet: select Import to use these figures.</p>
        )}
        {outcome.notes.length ? (
          <>
            <h4 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">Notes</h4>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {outcome.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        ) : null}
        {outcome.warnings.length ? (
          <>
            <h4 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">Warnings</h4>
            <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
              {outcome.warnings.map((warning, i) => (
                <li key={i}>{problemLine(warning)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  )
}
