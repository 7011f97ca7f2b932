/**
 * SatelliteCalculator: the council officer's costing of a satellite team for one local authority,
 * embedded on the authority's area page. It costs the satellite month by month within NHS
 * financial years (costing.team, template 'satellite'), sets a standalone standard team beside it
 * over the same months, and says how many families each could see. Inputs live in the address,
 * so a costing can be printed or shared as it is.
 *
 *   {summary.area.level === 'local-authority' ? <SatelliteCalculator laCode={code} laName={name} /> : null}
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { serverFieldErrors } from '../../lib/field-errors'
import { formatMoney, formatMonth, formatNumber, formatWte } from '../../lib/format'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { REFERENCE_STALE_TIME, trpc } from '../../trpc'
import { AssumptionsUsed } from './assumptions-used'
import { CalculatorForm } from './calculator-form'
import { Comparison } from './comparison'
import type { CostTeamInput, TeamCosting } from './costing-types'
import { CostYearTable } from './cost-year-table'
import { defaultHub, hubOptions } from './hub-options'
import { monthsInclusive } from './months'
import { useCalculatorState } from './use-calculator-state'
import './satellite-calculator.css'

interface SatelliteCalculatorProps {
  laCode: string
  laName: string
}

const reference = { staleTime: REFERENCE_STALE_TIME }

export function SatelliteCalculator({ laCode, laName }: SatelliteCalculatorProps) {
  const state = useCalculatorState()
  const summary = useQuery({ ...trpc.area.summary.queryOptions({ code: laCode }), ...reference })
  const assumptions = useQuery({ ...trpc.assumptions.list.queryOptions(), ...reference })

  const hubs = summary.data ? hubOptions(summary.data) : []
  const hubId = hubs.some((h) => h.id === state.hubId)
    ? state.hubId
    : summary.data
      ? defaultHub(summary.data, hubs)
      : null
  const hub = hubs.find((h) => h.id === hubId) ?? null

  const months = monthsInclusive(state.start, state.end)
  const localErrors: Record<string, string> = { ...state.linkErrors }
  if (months === null && !localErrors.end)
    localErrors.end = 'The end month must be the same as or after the start month'

  const satelliteInput: CostTeamInput = {
    template: 'satellite',
    start: state.start,
    end: state.end,
    therapists: state.therapists,
    band: state.band,
    supervisionWte: state.supervisionWte,
  }
  const standaloneInput: CostTeamInput = {
    template: 'standard',
    start: state.start,
    end: state.end,
  }
  const [satIn, stdIn] = useDebouncedValue([satelliteInput, standaloneInput], 150)
  const valid = months !== null
  const satellite = useQuery({
    ...trpc.costing.team.queryOptions(satIn!),
    enabled: valid,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  const standalone = useQuery({
    ...trpc.costing.team.queryOptions(stdIn!),
    enabled: valid,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  const errors = { ...localErrors, ...serverFieldErrors(satellite.error) }

  return (
    <section
      className="app-section app-satellite-calculator"
      aria-labelledby="satellite-calculator-title"
    >
      <h2 className="nhsuk-heading-l" id="satellite-calculator-title">
        Cost a satellite team in {laName}
      </h2>
      <p>
        A satellite is a few parent-infant therapists working in {laName}, supervised by an existing
        team nearby (the hub). Costs are worked out month by month within NHS financial years (April
        to March), so part years cost only their months.
      </p>
      <CalculatorForm
        state={state}
        errors={errors}
        hubs={hubs}
        hubId={hubId}
        hubsLoading={summary.isPending}
      />
      <CostingSummary
        laName={laName}
        hubName={hub?.name ?? null}
        therapists={state.therapists}
        band={state.band}
        start={state.start}
        end={state.end}
        supervisionWte={state.supervisionWte}
      />
      {satellite.isError && !Object.keys(serverFieldErrors(satellite.error)).length ? (
        <ErrorMessage
          title="The satellite could not be costed"
          error={satellite.error}
          onRetry={() => void satellite.refetch()}
        />
      ) : null}
      {standalone.isError ? (
        <ErrorMessage
          title="The standalone team could not be costed"
          error={standalone.error}
          onRetry={() => void standalone.refetch()}
        />
      ) : null}
      {valid && (satellite.isPending || standalone.isPending) ? <Loading what="costs" /> : null}
      {satellite.data && standalone.data ? (
        <CalculatorResults
          satellite={satellite.data}
          standalone={standalone.data}
          therapists={state.therapists}
          updating={satellite.isFetching || standalone.isFetching || satellite.isPlaceholderData}
          laName={laName}
          hubName={hub?.name ?? 'the hub team'}
        />
      ) : null}
      {satellite.data ? (
        <AssumptionsUsed used={satellite.data.assumptionsUsed} list={assumptions.data ?? []} />
      ) : null}
      <div className="app-calculator-actions app-no-print">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => window.print()}
        >
          Print this costing
        </button>
        <p>
          <Link to={`/scenarios/new?scope=${laCode}`}>Model {laName} in a scenario</Link> to see
          coverage, cost and staff year by year to 2030/31.
        </p>
      </div>
    </section>
  )
}

/** The comparison in one sentence, so the point does not depend on reading two cards. */
function differenceText(satellite: TeamCosting, standalone: TeamCosting): string {
  const saving = standalone.total - satellite.total
  const months = `${satellite.months} ${satellite.months === 1 ? 'month' : 'months'}`
  const cost =
    saving >= 0
      ? `The satellite costs ${formatMoney(saving)} less than a standalone team over the same ${months}`
      : `The satellite costs ${formatMoney(-saving)} more than a standalone team over the same ${months}`
  const fewer = standalone.capacity.familiesInPeriod - satellite.capacity.familiesInPeriod
  return `${cost}, and could see ${formatNumber(Math.abs(fewer))} ${fewer >= 0 ? 'fewer' : 'more'} families.`
}

/** What was costed, in words; on screen it confirms the inputs, on paper it replaces the form. */
function CostingSummary(props: {
  laName: string
  hubName: string | null
  therapists: number
  band: string
  start: string
  end: string
  supervisionWte: number
}) {
  return (
    <p className="app-costing-summary">
      Costing {formatWte(props.therapists)} of band {props.band} parent-infant therapists in{' '}
      {props.laName} from {formatMonth(props.start)} to {formatMonth(props.end)}, with{' '}
      {formatWte(props.supervisionWte)} of supervision from {props.hubName ?? 'a hub team'}.
    </p>
  )
}

interface CalculatorResultsProps {
  satellite: TeamCosting
  standalone: TeamCosting
  therapists: number
  updating: boolean
  laName: string
  hubName: string
}

function CalculatorResults({
  satellite,
  standalone,
  therapists,
  updating,
  laName,
  hubName,
}: CalculatorResultsProps) {
  const totalWte = (costing: TeamCosting) => costing.roles.reduce((sum, r) => sum + r.wte, 0)
  return (
    <div
      className={`app-calculator-results${updating ? ' app-calculator-results--updating' : ''}`}
      aria-busy={updating}
    >
      <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {updating ? 'Updating costs…' : `Satellite total ${Math.round(satellite.total)} pounds`}
      </p>
      <p className="app-comparison__lead">{differenceText(satellite, standalone)}</p>
      <Comparison
        months={satellite.months}
        satellite={{
          title: `Satellite in ${laName}`,
          description: `${formatWte(therapists)} therapists, supervised by ${hubName}`,
          total: satellite.total,
          wte: totalWte(satellite),
          capacity: satellite.capacity,
        }}
        standalone={{
          title: 'Standalone standard team',
          description: 'A full team of its own over the same months, with its set-up cost',
          total: standalone.total,
          wte: totalWte(standalone),
          capacity: standalone.capacity,
        }}
      />
      <h3 className="nhsuk-heading-m">Costs by financial year</h3>
      <CostYearTable
        caption={`Satellite in ${laName}: cost by financial year`}
        years={satellite.years}
      />
      <CostYearTable
        caption="Standalone standard team: cost by financial year"
        years={standalone.years}
      />
    </div>
  )
}
