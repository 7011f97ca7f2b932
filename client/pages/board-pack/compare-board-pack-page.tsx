/**
 * /compare/board-pack?ids=a,b[&baseline=a]: a comparison laid out for a board, to print or save as
 * PDF. The same parts as /compare (key figures against the baseline, every input, the charts with
 * summaries) with every data table open, plus each scenario's status, the assumptions, the sources
 * and the version stamps.
 */
import { TableScroll } from '../../components/table-scroll'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { PageHeading } from '../../components/page-heading'
import { TablesExpandedContext } from '../../components/table-expansion'
import { approvalText, boardAssumptionRows } from '../../lib/board-pack'
import { isNotFound } from '../../lib/errors'
import { listText } from '../../lib/format'
import { useDocumentTitle } from '../../lib/use-document-title'
import { trpc } from '../../trpc'
import { CompareGate } from '../compare/compare-gate'
import { CompareCharts } from '../compare/compare-charts'
import { CompareInputsTable } from '../compare/compare-inputs-table'
import { CompareKeyFigures } from '../compare/compare-key-figures'
import { CompareRanges } from '../compare/compare-ranges'
import type { Compared } from '../compare/compared'
import { useAssumptions } from '../scenario-builder/use-assumptions'
import { AllAssumptions, PackSources, PrintPackButton, VersionStamps } from './pack-parts'
import '../compare/compare.css'
import './board-pack.css'

export default function CompareBoardPackPage() {
  useDocumentTitle('Board pack: comparison')
  const heading = <PageHeading caption="Board pack" title="Comparison of scenarios" contents />

  return (
    <CompareGate
      heading={heading}
      linkProblemTitle="This board pack link cannot be used"
      signInWhat="this board pack"
    >
      {(ids, params) => <ComparisonPack ids={ids} baselineId={params.get('baseline')} />}
    </CompareGate>
  )
}

function ComparisonPack({ ids, baselineId }: { ids: string[]; baselineId: string | null }) {
  const query = useQuery(trpc.scenario.compare.queryOptions({ ids }))
  const { assumptions } = useAssumptions()
  const [generatedAt] = useState(() => new Date())
  const heading = <PageHeading caption="Board pack" title="Comparison of scenarios" contents />

  if (query.isError) {
    return (
      <>
        {heading}
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
      </>
    )
  }
  if (!query.data) return <Loading what="the board pack" />

  const compared: Compared[] = query.data.scenarios.map((scenario, index) => ({
    key: `s${index}`,
    scenario,
    result: query.data.results[index]!,
  }))
  const baseline = compared.find((c) => c.scenario.id === baselineId) ?? compared[0]!
  const back = `/compare?ids=${ids.join(',')}${baseline === compared[0] ? '' : `&baseline=${baseline.scenario.id}`}`
  // Every assumption at its default; each scenario's own values are in the inputs table above.
  const defaults = boardAssumptionRows(assumptions, {}, {})

  return (
    <article className="app-board-pack">
      <p className="app-no-print">
        <Link to={back}>Back to the comparison</Link>
      </p>
      {heading}
      <p className="nhsuk-body-l">
        {listText(compared.map((c) => `“${c.scenario.name}”`))}, measured against “
        {baseline.scenario.name}”.
      </p>
      <TableScroll labelledBy="pack-scenarios-caption">
        <table className="nhsuk-table app-table--compact app-board-pack__facts-table">
          <caption
            className="nhsuk-table__caption nhsuk-table__caption--s"
            id="pack-scenarios-caption"
          >
            The scenarios in this pack
          </caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Area</th>
              <th scope="col">Organisation</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {compared.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.scenario.name}</th>
                <td>{c.result.scope.name}</td>
                <td>{c.scenario.organisation.name}</td>
                <td>{approvalText(c.scenario)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <PrintPackButton />
      <TablesExpandedContext value={true}>
        <CompareKeyFigures compared={compared} baseline={baseline} />
        <CompareInputsTable compared={compared} assumptions={assumptions} />
        <CompareCharts compared={compared} baseline={baseline} />
        <CompareRanges compared={compared} />
      </TablesExpandedContext>
      <AllAssumptions rows={defaults} />
      <PackSources />
      <VersionStamps
        dataVersions={compared.map((c) => c.result.dataVersion)}
        modelVersions={compared.map((c) => c.result.modelVersion)}
        generatedAt={generatedAt}
      />
    </article>
  )
}
