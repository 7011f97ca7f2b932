/**
 * The teams register's edit forms: add or edit a team (name, host, areas served, year, status,
 * whether it provides capacity, source) and close a team (date and reason). Shown only to people
 * who may edit (canEditRegister); the server checks again. Server validation errors are shown on
 * the field they name; a stale edit shows who changed the team and a "Reload" button.
 */
import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { TeamRecord } from '../../shared/domain/model-data'
import { isConflict, errorText } from '../lib/errors'
import { serverFieldErrors } from '../lib/field-errors'
import { parseAuthorities } from '../lib/team-register'
import { queryClient, trpc } from '../trpc'
import { ErrorSummary, type SummaryError } from './error-summary'
import { type Choice, RadiosField, SelectField, TextareaField, TextField } from './fields'

export type RegisterTeam = TeamRecord & { version: number }

type EditableStatus = 'operating' | 'satellite' | 'related' | 'unverified'
const STATUS_CHOICES: Choice<EditableStatus>[] = [
  { value: 'operating', label: 'Operating' },
  { value: 'satellite', label: 'Satellite of a hub team' },
  { value: 'related', label: 'Related service (not a specialised team)' },
  { value: 'unverified', label: 'Not verified' },
]

/** After any change: the register, its counts and every area's coverage are out of date. */
async function refreshRegister(): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.teams.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.area.pathKey() }),
  ])
}

function ConflictNotice({ error, onReload }: { error: unknown; onReload: () => void }) {
  return (
    <div className="nhsuk-error-summary" role="alert" aria-labelledby="team-conflict-title">
      <h2 className="nhsuk-error-summary__title" id="team-conflict-title">
        Your changes were not saved
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>{errorText(error)}</p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
          onClick={onReload}
        >
          Reload
        </button>
      </div>
    </div>
  )
}

/** The form's heading, focused when it opens: it may open far from the button that opened it. */
function FormHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <h2 className="nhsuk-heading-m" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  )
}

/** Errors in field order for the summary; anything unplaced goes to the whole form. */
function summaryOf(errors: Record<string, string>, ids: Record<string, string>): SummaryError[] {
  return Object.entries(errors).map(([field, message]) =>
    ids[field] ? { field: ids[field], message } : { message },
  )
}

interface TeamFormProps {
  /** Absent: add a new team. */
  team?: RegisterTeam
  onDone: (message: string) => void
  onCancel: () => void
}

function fundingChanged(
  team: TeamFormProps['team'],
  from: string | null,
  to: string | null,
  note: string,
): boolean {
  if (!team) return true
  return from !== team.fundedFrom || to !== team.fundedTo || note !== team.fundingNote
}

export function TeamForm({ team, onDone, onCancel }: TeamFormProps) {
  const prefix = team ? `edit-${team.id}` : 'add-team'
  const areas = useQuery(trpc.geography.areas.queryOptions())
  const [name, setName] = useState(team?.name ?? '')
  const [hostOrg, setHostOrg] = useState(team?.hostOrg ?? '')
  const [authorities, setAuthorities] = useState(team?.laCodes.join(', ') ?? '')
  const [year, setYear] = useState(team?.establishedYear ? String(team.establishedYear) : '')
  const [status, setStatus] = useState<EditableStatus>(
    team && team.status !== 'closed' ? team.status : 'operating',
  )
  const [capacity, setCapacity] = useState<'yes' | 'no'>(
    team && !team.providesCapacity ? 'no' : 'yes',
  )
  const [source, setSource] = useState(team?.source ?? '')
  const [fundedFrom, setFundedFrom] = useState(team?.fundedFrom ?? '')
  const [fundedTo, setFundedTo] = useState(team?.fundedTo ?? '')
  const [fundingNote, setFundingNote] = useState(team?.fundingNote ?? '')
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const create = useMutation(trpc.teams.create.mutationOptions())
  const update = useMutation(trpc.teams.update.mutationOptions())
  const mutation = team ? update : create
  const parsed = parseAuthorities(authorities, areas.data ?? [])
  const errors = { ...serverFieldErrors(mutation.error), ...localErrors }
  const ids: Record<string, string> = {
    name: `${prefix}-name`,
    hostOrg: `${prefix}-host`,
    laCodes: `${prefix}-areas`,
    establishedYear: `${prefix}-year`,
    source: `${prefix}-source`,
    fundedFrom: `${prefix}-funded-from`,
    fundedTo: `${prefix}-funded-to`,
    fundingNote: `${prefix}-funding-note`,
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const local: Record<string, string> = {}
    if (parsed.unknown.length) {
      local.laCodes = `Unknown local authority: ${parsed.unknown.join(', ')}. Enter names or codes such as E07000122`
    }
    const established = year.trim() === '' ? null : Number(year)
    if (established !== null && !(Number.isInteger(established) && established >= 1900)) {
      local.establishedYear = 'Enter the year it started as 4 digits, for example 2024'
    }
    const month = (text: string, field: 'fundedFrom' | 'fundedTo') => {
      const value = text.trim()
      if (value !== '' && !/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(value)) {
        local[field] = 'Enter the month as YYYY-MM, for example 2027-03'
      }
      return value === '' ? null : value
    }
    const from = month(fundedFrom, 'fundedFrom')
    const to = month(fundedTo, 'fundedTo')
    if (from && to && !local.fundedFrom && !local.fundedTo && from > to) {
      local.fundedTo = `Enter a last funded month in or after ${from}, when it began`
    }
    setLocalErrors(local)
    if (Object.keys(local).length) return
    const fields = {
      name,
      hostOrg,
      laCodes: parsed.codes,
      establishedYear: established,
      status,
      providesCapacity: capacity === 'yes',
      source,
      // Sent only when changed, so saving other fields keeps the register's note and mark.
      ...(fundingChanged(team, from, to, fundingNote) && {
        fundedFrom: from,
        fundedTo: to,
        // The register writes what is known when the editor gives no note of their own.
        fundingNote: fundingNote === team?.fundingNote ? '' : fundingNote,
      }),
    }
    try {
      if (team) await update.mutateAsync({ id: team.id, version: team.version, ...fields })
      else await create.mutateAsync(fields)
    } catch {
      return // shown from mutation.error
    }
    await refreshRegister()
    onDone(team ? `${name} was updated.` : `${name} was added to the register.`)
  }

  const conflict = isConflict(mutation.error)
  const fieldErrors = conflict ? {} : errors
  const other =
    mutation.error && !conflict && Object.keys(serverFieldErrors(mutation.error)).length === 0
      ? [{ message: errorText(mutation.error) }]
      : []

  return (
    <form className="app-team-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormHeading>{team ? `Edit ${team.name}` : 'Add a team'}</FormHeading>
      {conflict ? (
        <ConflictNotice
          error={mutation.error}
          onReload={() => void refreshRegister().then(onCancel)}
        />
      ) : (
        <ErrorSummary errors={[...summaryOf(fieldErrors, ids), ...other]} />
      )}
      <TextField
        id={ids.name!}
        label="Team name"
        value={name}
        onChange={setName}
        error={fieldErrors.name}
        maxLength={120}
      />
      <TextField
        id={ids.hostOrg!}
        label="Host organisation"
        value={hostOrg}
        onChange={setHostOrg}
        error={fieldErrors.hostOrg}
        maxLength={200}
      />
      <TextField
        id={ids.laCodes!}
        label="Local authorities it serves"
        hint="Names or codes, separated by commas, for example Pendle or E07000122"
        value={authorities}
        onChange={setAuthorities}
        error={fieldErrors.laCodes}
      />
      {parsed.names.length ? (
        <p className="nhsuk-body-s" aria-live="polite">
          Serves: {parsed.names.join(', ')}
        </p>
      ) : null}
      <TextField
        id={ids.establishedYear!}
        label="Year it started (optional)"
        value={year}
        onChange={setYear}
        error={fieldErrors.establishedYear}
        width={10}
      />
      <SelectField
        id={`${prefix}-status`}
        label="Status"
        value={status}
        options={STATUS_CHOICES}
        onChange={setStatus}
        error={fieldErrors.status}
      />
      <RadiosField
        name={`${prefix}-capacity`}
        legend="Does it provide specialised capacity today?"
        value={capacity}
        options={[
          { value: 'yes', label: 'Yes, count it in coverage' },
          { value: 'no', label: 'No' },
        ]}
        onChange={setCapacity}
        small
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Funding</legend>
        <div className="nhsuk-hint">
          The months its current funding runs. A team stops counting when its funding ends, unless a
          scenario sustains it. Leave the end empty when none is known: the model then assumes it
          continues [A].
        </div>
        <div className="app-field-row">
          <TextField
            id={ids.fundedFrom!}
            label="Funded from (optional)"
            hint="YYYY-MM"
            value={fundedFrom}
            onChange={setFundedFrom}
            error={fieldErrors.fundedFrom}
            width={10}
          />
          <TextField
            id={ids.fundedTo!}
            label="Funded to (optional)"
            hint="YYYY-MM, the last month"
            value={fundedTo}
            onChange={setFundedTo}
            error={fieldErrors.fundedTo}
            width={10}
          />
        </div>
        <TextareaField
          id={ids.fundingNote!}
          label="Where the funding dates come from (optional)"
          value={fundingNote}
          onChange={setFundingNote}
          error={fieldErrors.fundingNote}
          maxLength={600}
        />
      </fieldset>
      <TextareaField
        id={ids.source!}
        label="Source"
        hint="Where this comes from: a report, a web page or a commissioning letter"
        value={source}
        onChange={setSource}
        error={fieldErrors.source}
        maxLength={500}
      />
      <div className="nhsuk-button-group">
        <button type="submit" className="nhsuk-button" disabled={mutation.isPending}>
          {team ? 'Save changes' : 'Add team'}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

export function CloseTeamForm({ team, onDone, onCancel }: Required<TeamFormProps>) {
  const prefix = `close-${team.id}`
  const [closedDate, setClosedDate] = useState('')
  const [reason, setReason] = useState('')
  const close = useMutation(trpc.teams.close.mutationOptions())
  const conflict = isConflict(close.error)
  const errors = conflict ? {} : serverFieldErrors(close.error)
  const ids = { closedDate: `${prefix}-date`, reason: `${prefix}-reason` }
  const other =
    close.error && !conflict && Object.keys(errors).length === 0
      ? [{ message: errorText(close.error) }]
      : []

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await close.mutateAsync({ id: team.id, version: team.version, closedDate, reason })
    } catch {
      return
    }
    await refreshRegister()
    onDone(`${team.name} was closed on ${closedDate}.`)
  }

  return (
    <form className="app-team-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormHeading>{`Close ${team.name}`}</FormHeading>
      {conflict ? (
        <ConflictNotice
          error={close.error}
          onReload={() => void refreshRegister().then(onCancel)}
        />
      ) : (
        <ErrorSummary errors={[...summaryOf(errors, ids), ...other]} />
      )}
      <p>A closed team stops counting in coverage. Its record stays in the register.</p>
      <TextField
        id={ids.closedDate}
        label="Date it closed"
        hint="As YYYY-MM-DD, for example 2026-03-31"
        value={closedDate}
        onChange={setClosedDate}
        error={errors.closedDate}
        width={10}
      />
      <TextareaField
        id={ids.reason}
        label="Why it closed"
        value={reason}
        onChange={setReason}
        error={errors.reason}
        maxLength={500}
      />
      <div className="nhsuk-button-group">
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--warning"
          disabled={close.isPending}
        >
          Close team
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
