/**
 * The scenario by local authority: babies, need, coverage now and at the target, the option the
 * model chose and why, the hub, start year and cost. Each row has a select to override the option
 * for that authority, and a button to give it a need rate of its own with the reason (a form
 * under the row); both go into the link like every other setting. Need, target coverage and cost
 * each have a "Why?" that opens their working under the row.
 */
import { useQuery } from '@tanstack/react-query'
import { memo, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { fyLabel } from '../../../shared/domain/fiscal-year'
import type { AreaResult, ScenarioResult } from '../../../shared/domain/results'
import { OPTION_LABELS, OPTIONS, type OptionKind } from '../../../shared/domain/scenario'
import { DataTable, type Column } from '../../components/data-table'
import { useExplainCells } from '../../components/why-this-number'
import { formatDecimal, formatMoney, formatNumber, formatPercent, MISSING } from '../../lib/format'
import type { LocalNeed, ScenarioUrlState } from '../../lib/scenario-url'
import { useSortParam } from '../../lib/url-state'
import { REFERENCE_STALE_TIME, trpc } from '../../trpc'
import type { FieldErrors } from '../../lib/field-errors'
import { LocalNeedForm } from './local-need-form'

interface AuthorityTableProps {
  result: ScenarioResult
  /** The options chosen by hand, by authority code. */
  overrides: ScenarioUrlState['overrides']
  onOverride: (code: string, option: OptionKind | undefined) => void
  /** Authorities given their own need rate, by code. */
  needs: NonNullable<ScenarioUrlState['needs']>
  onNeed: (code: string, need: LocalNeed | undefined) => void
  errors: FieldErrors
  /** Options shown as text, not selects. */
  readOnly?: boolean
  /** Under the introduction: the "why" note for the options chosen by hand. */
  note?: ReactNode
}

interface Row {
  area: AreaResult
  babies: number
  need: number
  coverageNow: number
  coverageTarget: number
  cost: number
  hub: string | null
}

function toRows(result: ScenarioResult, teamNames: Map<string, string>): Row[] {
  const target = result.settings.targetFy
  return result.areas.map((area) => {
    const first = area.years[0]
    const last = area.years.find((y) => y.fyStart === target) ?? area.years.at(-1)
    return {
      area,
      babies: last?.babiesUnder2 ?? 0,
      need: last?.need ?? 0,
      coverageNow: first?.coverage ?? 0,
      coverageTarget: last?.coverage ?? 0,
      cost: area.years.filter((y) => y.fyStart <= target).reduce((sum, y) => sum + y.cost, 0),
      hub: area.hubTeamId ? (teamNames.get(area.hubTeamId) ?? area.hubTeamId) : null,
    }
  })
}

// Memoised: it redraws when the result, the overrides or their errors change, not on every keystroke
// in the form (17 rows with a select each for an ICB).
export const AuthorityTable = memo(function AuthorityTable({
  result,
  overrides,
  onOverride,
  needs,
  onNeed,
  errors,
  readOnly = false,
  note,
}: AuthorityTableProps) {
  const [sort, setSort] = useSortParam('la', { key: 'name', dir: 'asc' })
  // The authority whose need-rate form is open under its row (one at a time).
  const [needFor, setNeedFor] = useState<string | null>(null)
  const teams = useQuery({ ...trpc.teams.list.queryOptions(), staleTime: REFERENCE_STALE_TIME })
  const teamNames = new Map((teams.data ?? []).map((t) => [t.id, t.name]))
  const rows = toRows(result, teamNames)
  const targetLabel = fyLabel(result.settings.targetFy)
  const fifths = new Map(result.byDeprivation.map((g) => [g.quintile, g.label]))
  const explain = useExplainCells<Row>(result, {
    measures: {
      need: 'need',
      coverage: 'coverage',
      cost: 'cumulativeCost',
    },
    fyOf: () => result.settings.targetFy,
    areaOf: (r) => r.area,
    headingLevel: 3,
  })

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: 'Local authority',
      rowHeader: true,
      sortValue: (r) => r.area.name,
      cell: (r) => (
        <>
          <Link to={`/area/${r.area.code}`}>{r.area.name}</Link>
          {r.area.share < 0.999 ? (
            <span className="app-cell-note">{formatPercent(r.area.share)} of it in this area</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'babies',
      header: `Babies under 2 (${targetLabel})`,
      numeric: true,
      firstDir: 'desc',
      sortValue: (r) => r.babies,
      cell: (r) => formatNumber(r.babies),
    },
    {
      key: 'need',
      header: 'Need (families a year)',
      numeric: true,
      className: 'app-col--need',
      firstDir: 'desc',
      sortValue: (r) => r.need,
      cell: (r) => (
        <NeedCell
          area={r.area}
          need={r.need}
          fifth={fifths.get(r.area.deprivation?.quintile ?? null)}
          error={errors[`needs.${r.area.code}`]}
          open={needFor === r.area.code}
          onOpen={readOnly ? undefined : () => setNeedFor(r.area.code)}
        />
      ),
    },
    {
      key: 'coverage',
      header: 'Coverage, first year → target',
      numeric: true,
      sortValue: (r) => r.coverageTarget,
      cell: (r) => (
        <span className="nhsuk-u-nowrap">
          {formatPercent(r.coverageNow)} → {formatPercent(r.coverageTarget)}
        </span>
      ),
    },
    {
      key: 'option',
      header: 'Option',
      sortValue: (r) => OPTION_LABELS[r.area.option],
      className: 'app-col--option',
      cell: (r) =>
        readOnly ? (
          <>
            {OPTION_SHORT[r.area.option]}
            {overrides[r.area.code] ? <span className="app-cell-note">Chosen by hand</span> : null}
          </>
        ) : (
          <OptionCell
            area={r.area}
            value={overrides[r.area.code]}
            error={errors[`overrides.${r.area.code}`]}
            onChange={(option) => onOverride(r.area.code, option)}
          />
        ),
    },
    {
      key: 'hub',
      header: 'Hub team',
      sortValue: (r) => r.hub,
      className: 'app-col--hub',
      cell: (r) => r.hub ?? MISSING,
    },
    {
      key: 'start',
      header: 'Starts',
      sortValue: (r) => r.area.startFy,
      cell: (r) => (r.area.startFy === null ? MISSING : fyLabel(r.area.startFy)),
    },
    {
      key: 'cost',
      header: `Cost to ${targetLabel}`,
      numeric: true,
      firstDir: 'desc',
      sortValue: (r) => r.cost,
      cell: (r) => formatMoney(r.cost),
    },
  ]

  return (
    <section aria-labelledby="authorities-title" className="app-authorities">
      <h2 id="authorities-title">Local authorities in this scenario</h2>
      <p>
        {readOnly
          ? 'The option for each authority: picked by the model from the strategy, or chosen by hand. Need is weighted by deprivation unless an authority has a rate of its own, shown with its reason.'
          : 'The model picks an option for each authority by the strategy. Choose another in a row to override it, or set an authority’s own need rate with the reason for it; the results update for the whole area.'}
      </p>
      {note}
      {errors.overrides ? (
        <p className="nhsuk-error-message">
          <span className="nhsuk-u-visually-hidden">Error:</span> {errors.overrides}
        </p>
      ) : null}
      <div className="app-authority-table">
        <DataTable
          caption={`${rows.length} local authorities in ${result.scope.name}: coverage from ${result.years[0]?.fy ?? ''} to ${targetLabel}, option, hub, start year and cost`}
          captionSize="hidden"
          rows={rows}
          rowKey={(r) => r.area.code}
          columns={columns}
          sort={sort}
          onSortChange={setSort}
          compact
          cellAction={explain.cellAction}
          rowDetail={(r, key) => {
            const why = explain.rowDetail(r, key)
            const form =
              needFor === r.area.code ? (
                <LocalNeedForm
                  area={r.area}
                  needRate={result.settings.assumptions.needRate}
                  current={needs[r.area.code]}
                  onSave={(need) => onNeed(r.area.code, need)}
                  onClose={() => {
                    setNeedFor(null)
                    focusSoon(needButtonId(r.area.code))
                  }}
                />
              ) : null
            return why || form ? (
              <>
                {form}
                {why}
              </>
            ) : null
          }}
        />
      </div>
    </section>
  )
})

function needButtonId(code: string): string {
  return `need-button-${code}`
}

/** Focus after React has drawn the row without its form (the button is back by then). */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}

interface NeedCellProps {
  area: AreaResult
  need: number
  /** The authority's fifth of UK authorities by deprivation, as the result names it. */
  fifth: string | undefined
  error?: string
  open: boolean
  /** Absent when read-only. */
  onOpen?: () => void
}

/** The need, where it comes from (deprivation weight or the authority's own rate and why), and the button to set one. */
function NeedCell({ area, need, fifth, error, open, onOpen }: NeedCellProps) {
  const own = area.needOverride
  const weight = area.needWeight
  return (
    <>
      {formatNumber(need)}
      {own ? (
        <span className="app-cell-note app-need-note">
          <strong>Own rate {formatPercent(own.rate, 1)} of births:</strong> {own.reason}
        </span>
      ) : area.deprivation && weight > 0 && Math.abs(weight - 1) > 0.005 ? (
        <span className="app-cell-note">
          × {formatDecimal(weight, 2)} for deprivation
          {fifth ? ` (${fifth.toLowerCase()})` : ''}
        </span>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message app-cell-note" id={`need-${area.code}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      {onOpen && !open ? (
        <button
          type="button"
          id={needButtonId(area.code)}
          className="app-link-button app-cell-note"
          onClick={onOpen}
        >
          {own ? 'Change local rate' : 'Set local rate'}
          <span className="nhsuk-u-visually-hidden"> of need for {area.name}</span>
        </button>
      ) : null}
    </>
  )
}

/** Short enough to read in a table cell; the full labels are in OPTION_LABELS. */
const OPTION_SHORT: Record<OptionKind, string> = {
  standalone: 'Standalone team',
  satellite: 'Satellite of a hub',
  'icb-wide': 'Health-body-wide team',
  expand: 'Expand existing team',
  none: 'No new provision',
}

interface OptionCellProps {
  area: AreaResult
  value: OptionKind | undefined
  error?: string
  onChange: (option: OptionKind | undefined) => void
}

function OptionCell({ area, value, error, onChange }: OptionCellProps) {
  const id = `option-${area.code}`
  return (
    <div className={error ? 'nhsuk-form-group--error' : undefined}>
      <label className="nhsuk-u-visually-hidden" htmlFor={id}>
        Option for {area.name}
      </label>
      {error ? (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <select
        id={id}
        className="nhsuk-select app-option-select"
        value={value ?? ''}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) =>
          onChange(event.target.value === '' ? undefined : (event.target.value as OptionKind))
        }
      >
        <option value="">{value ? 'Model’s choice' : `Model: ${OPTION_SHORT[area.option]}`}</option>
        {OPTIONS.map((option) => (
          <option key={option} value={option}>
            {OPTION_SHORT[option]}
          </option>
        ))}
      </select>
      {value ? <p className="app-cell-note">Set by you</p> : null}
      <details className="app-reason app-print-open">
        <summary>
          Why
          <span className="nhsuk-u-visually-hidden">
            {' '}
            {OPTION_LABELS[area.option].toLowerCase()} for {area.name}
          </span>
        </summary>
        <p className="app-cell-note" id={`${id}-reason`}>
          {area.reason}
        </p>
      </details>
    </div>
  )
}
