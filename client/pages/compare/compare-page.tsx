/**
 * /compare?ids=a,b[,c,d]&baseline=a: 2–4 saved scenarios side by side. Key figures with their
 * differences from a chosen baseline (+/− £, percentage points, WTE, years), every input with
 * the rows that differ marked "Differs", and coverage, annual cost, cumulative cost and staff
 * each on one chart with shared axes, each with a summary and a data table. The ids and the
 * baseline are in the address, so a comparison can be bookmarked and sent.
 */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ErrorMessage } from '../../components/error-message'
import { RadiosField } from '../../components/fields'
import { Loading } from '../../components/loading'
import { PageHeading } from '../../components/page-heading'
import { isNotFound } from '../../lib/errors'
import { listText } from '../../lib/format'
import { useQueryParam } from '../../lib/url-state'
import { useDocumentTitle } from '../../lib/use-document-title'
import { trpc } from '../../trpc'
import { CompareGate } from './compare-gate'
import { useAssumptions } from '../scenario-builder/use-assumptions'
import { CompareCharts } from './compare-charts'
import { CompareInputsTable } from './compare-inputs-table'
import { CompareKeyFigures } from './compare-key-figures'
import { CompareRanges } from './compare-ranges'
import type { Compared } from './compared'
import './compare.css'

export default function ComparePage() {
  useDocumentTitle('Compare scenarios')

  const heading = (
    <PageHeading
      caption="Scenarios"
      title="Compare scenarios"
      lead="Saved scenarios side by side: what differs in their settings, and what that does to coverage, cost and staff."
    />
  )
  return (
    <CompareGate
      heading={heading}
      linkProblemTitle="This comparison link cannot be used"
      signInWhat="and compare saved scenarios"
    >
      {(ids) => (
        <>
          {heading}
          <Comparison ids={ids} />
        </>
      )}
    </CompareGate>
  )
}

function Comparison({ ids }: { ids: string[] }) {
  const query = useQuery(trpc.scenario.compare.queryOptions({ ids }))
  const { assumptions } = useAssumptions()
  const [baselineParam, setBaseline] = useQueryParam('baseline')

  if (query.isError) {
    return (
      <>
        <ErrorMessage
          title={
            isNotFound(query.error)
              ? 'One of these scenarios cannot be shown'
              : 'The scenarios could not be compared'
          }
          error={query.error}
          onRetry={isNotFound(query.error) ? undefined : () => void query.refetch()}
          focus
        />
        <p>
          <Link to="/scenarios">Choose other scenarios to compare</Link>
        </p>
      </>
    )
  }
  if (!query.data) return <Loading what="the comparison" />

  const compared: Compared[] = query.data.scenarios.map((scenario, index) => ({
    key: `s${index}`,
    scenario,
    result: query.data.results[index]!,
  }))
  const baseline = compared.find((c) => c.scenario.id === baselineParam) ?? compared[0]!

  return (
    <>
      <p className="nhsuk-body-l">
        Comparing {listText(compared.map((c) => `“${c.scenario.name}”`))}.
      </p>
      <p className="app-no-print">
        <Link
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          to={`/compare/board-pack?${new URLSearchParams({ ids: ids.join(','), ...(baseline === compared[0] ? {} : { baseline: baseline.scenario.id }) }).toString()}`}
        >
          Board pack for this comparison
        </Link>
      </p>
      <div className="app-baseline-picker">
        <RadiosField
          name="baseline"
          legend="Baseline: differences are shown against"
          hint="Pick the scenario the others are measured against."
          small
          value={baseline.scenario.id}
          options={compared.map((c) => ({ value: c.scenario.id, label: c.scenario.name }))}
          onChange={(id) => setBaseline(id === compared[0]!.scenario.id ? null : id)}
        />
      </div>
      <CompareKeyFigures compared={compared} baseline={baseline} />
      <CompareInputsTable compared={compared} assumptions={assumptions} />
      <CompareCharts compared={compared} baseline={baseline} />
      <CompareRanges compared={compared} />
    </>
  )
}
