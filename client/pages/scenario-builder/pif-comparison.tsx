/**
 * "This scenario and the Parent-Infant Foundation calibration": the same settings run a second
 * time with the calibration's assumptions (the terms of the £73m national ask), side by side with
 * this scenario in the target year: coverage, annual cost, staff, cost per family supported and
 * teams, then the assumptions that make the difference, each with its mark. The second run waits
 * until the settings have been still, like the ranges, so it never holds up the main result.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { memo } from 'react'
import type { Assumption } from '../../../shared/domain/assumptions'
import { PRESETS, presetById } from '../../../shared/domain/presets'
import type { ScenarioResult } from '../../../shared/domain/results'
import { DataTable } from '../../components/data-table'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { MarkBadge } from '../../components/mark-badge'
import {
  formatMoney,
  formatPercent,
  formatTeams,
  formatWte,
  FRACTIONAL_TEAMS_NOTE,
  hasFractionalTeams,
} from '../../lib/format'
import { targetFyText } from '../../lib/fy-text'
import { presetKeys } from '../../lib/presets'
import { SETTLE_MS, useDebouncedValue } from '../../lib/use-debounced-value'
import { trpc } from '../../trpc'
import { formatAssumptionValue } from './assumption-format'
import { targetYear } from './result-years'
import { useAssumptions } from './use-assumptions'

const PIF = presetById('pif')

interface Figure {
  key: string
  label: string
  value: (r: ScenarioResult) => string
}

const FIGURES: Figure[] = [
  {
    key: 'coverage',
    label: 'Capacity coverage',
    value: (r) => formatPercent(targetYear(r)?.coverage),
  },
  {
    key: 'cost',
    label: 'Annual cost of new provision (cash)',
    value: (r) => formatMoney(targetYear(r)?.cost),
  },
  {
    key: 'wte',
    label: 'Staff in new provision',
    value: (r) => formatWte(targetYear(r)?.wte),
  },
  {
    key: 'perFamily',
    label: 'Cost per family supported',
    value: (r) => formatMoney(r.money.costPerFamilySupported),
  },
  {
    key: 'teams',
    label: 'Teams serving the area',
    value: (r) => formatTeams(targetYear(r)?.teams),
  },
]

export const PifComparison = memo(function PifComparison({ result }: { result: ScenarioResult }) {
  const settings = useDebouncedValue(result.settings, SETTLE_MS)
  const waiting = JSON.stringify(settings) !== JSON.stringify(result.settings)
  const pif = useQuery({
    ...trpc.scenario.run.queryOptions({
      ...settings,
      assumptions: { ...settings.assumptions, ...PIF.assumptions },
    }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  const { assumptions } = useAssumptions()
  const updating = waiting || pif.isFetching
  const same = presetKeys(PRESETS).every(
    (key) => result.settings.assumptions[key] === (PIF.assumptions[key] ?? NaN),
  )
  const target = targetYear(result)
  const when = target ? targetFyText(target.fyStart) : ''

  return (
    <section
      className="app-section app-deferred app-pif"
      aria-labelledby="pif-title"
      aria-busy={updating}
    >
      <div className="app-results__heading">
        <h2 id="pif-title" className="nhsuk-heading-m nhsuk-u-margin-bottom-2">
          This scenario and the Parent-Infant Foundation calibration
        </h2>
        <p className="app-results__status nhsuk-body-s" role="status" aria-live="polite">
          {pif.isFetching
            ? 'Working out the calibration…'
            : waiting
              ? 'The calibration will update when the settings stop changing.'
              : ''}
        </p>
      </div>
      <p>
        {PIF.description} The calibration keeps every other setting of this scenario, so the two
        columns differ only by the assumptions listed below.
        {same
          ? ' This scenario already uses the calibration, so the two columns are the same.'
          : ''}
      </p>
      {pif.isError ? (
        <ErrorMessage
          title="The calibration could not be worked out"
          error={pif.error}
          onRetry={() => void pif.refetch()}
        />
      ) : !pif.data ? (
        <Loading what="the calibration" />
      ) : (
        <div className={updating ? 'app-results__body--updating' : undefined}>
          <SideBySide result={result} pif={pif.data} when={when} />
          <AssumptionsBehind result={result} assumptions={assumptions} />
        </div>
      )}
    </section>
  )
})

function SideBySide({
  result,
  pif,
  when,
}: {
  result: ScenarioResult
  pif: ScenarioResult
  when: string
}) {
  const teams = [result, pif].map((r) => targetYear(r)?.teams ?? 0)
  return (
    <>
      <DataTable<Figure>
        caption={`This scenario and the Parent-Infant Foundation calibration, ${when}`}
        captionSize="hidden"
        rows={FIGURES}
        rowKey={(f) => f.key}
        compact
        columns={[
          {
            key: 'label',
            header: `In ${targetYear(result)?.fy ?? 'the target year'}`,
            rowHeader: true,
            cell: (f) => f.label,
          },
          { key: 'ours', header: 'This scenario', numeric: true, cell: (f) => f.value(result) },
          {
            key: 'pif',
            header: 'Parent-Infant Foundation calibration',
            numeric: true,
            cell: (f) => f.value(pif),
          },
        ]}
      />
      <p className="nhsuk-body-s">
        Both columns are derived by the model <MarkBadge mark="I" /> from the assumptions below.
        Cost per family supported is the annual cost of new provision divided by the families it
        supports that year.
        {hasFractionalTeams(teams) ? ` ${FRACTIONAL_TEAMS_NOTE}` : ''}
      </p>
    </>
  )
}

/** The calibration's assumptions beside this scenario's, each with how sure we are of it. */
function AssumptionsBehind({
  result,
  assumptions,
}: {
  result: ScenarioResult
  assumptions: readonly Assumption[]
}) {
  const rows = presetKeys(PRESETS)
    .map((key) => assumptions.find((a) => a.key === key))
    .filter((a): a is Assumption => a !== undefined)
  if (rows.length === 0) return null
  return (
    <DataTable<Assumption>
      caption="The assumptions that differ"
      captionSize="s"
      rows={rows}
      rowKey={(a) => a.key}
      compact
      columns={[
        { key: 'label', header: 'Assumption', rowHeader: true, cell: (a) => a.label },
        {
          key: 'ours',
          header: 'This scenario',
          cell: (a) => formatAssumptionValue(result.settings.assumptions[a.key], a.unit),
        },
        {
          key: 'pif',
          header: 'Calibration',
          cell: (a) => formatAssumptionValue(PIF.assumptions[a.key] ?? a.value, a.unit),
        },
        {
          key: 'mark',
          header: 'How sure',
          cell: (a) => <MarkBadge mark={a.mark} source={a.source} />,
        },
      ]}
    />
  )
}
