/**
 * /scenarios/:id/board-pack: a saved scenario laid out for a board meeting, to print or save as
 * PDF: what it is and whether it is approved, the headline figures, each chart with its summary
 * and its table laid out open (money as finance teams read it and coverage by deprivation among
 * them), the same plan on the Parent-Infant Foundation's terms, for England and the UK the £73m
 * national ask reconciled, the settings with the author's reasons, the assumptions, the sources
 * and the versions of data and model behind every figure.
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import type { ScenarioResult } from '../../../shared/domain/results'
import type { SavedScenario } from '../../../shared/domain/saved-scenario'
import { PageHeading } from '../../components/page-heading'
import { TablesExpandedContext } from '../../components/table-expansion'
import { approvalText, boardAssumptionRows } from '../../lib/board-pack'
import { compareInputs } from '../../lib/compare-inputs'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useSession } from '../../lib/use-session'
import { trpc } from '../../trpc'
import { NationalAskPanel } from '../../components/national-ask-panel'
import { UK_CODE } from '../../../shared/domain/geography'
import { HeadlineResults } from '../scenario-builder/headline-results'
import { PifComparison } from '../scenario-builder/pif-comparison'
import { ResultCharts } from '../scenario-builder/result-charts'
import { UncertaintySection } from '../scenario-builder/uncertainty/uncertainty-section'
import { useAssumptions } from '../scenario-builder/use-assumptions'
import {
  AllAssumptions,
  ChangedAssumptions,
  PackSources,
  PrintPackButton,
  VersionStamps,
} from './pack-parts'
import { SavedScenarioGate, SCENARIO_ID } from '../saved-scenario/saved-scenario-gate'
import './board-pack.css'

/** The £73m ask is England's: its reconciliation goes in packs for England and the UK. */
const NATIONAL_ASK_SCOPES = new Set(['E92000001', UK_CODE])

export default function BoardPackPage() {
  const { id = '' } = useParams()
  const { user, loading } = useSession()
  const query = useQuery({
    ...trpc.scenario.get.queryOptions({ id }),
    enabled: SCENARIO_ID.test(id) && !!user,
  })
  useDocumentTitle(query.data ? `Board pack: ${query.data.scenario.name}` : 'Board pack')

  return (
    <SavedScenarioGate
      id={id}
      session={{ user, loading }}
      query={query}
      title="Board pack"
      signInWhat="this board pack"
      loadingWhat="the board pack"
    >
      {(data) => <ScenarioPack scenario={data.scenario} result={data.result} />}
    </SavedScenarioGate>
  )
}

function ScenarioPack({ scenario, result }: { scenario: SavedScenario; result: ScenarioResult }) {
  const { assumptions } = useAssumptions()
  // Stamped once, when the pack was put together, not on every render.
  const [generatedAt] = useState(() => new Date())
  const settings = compareInputs(
    [
      {
        settings: result.settings,
        rationale: scenario.rationale,
        scopeName: result.scope.name,
        areaNames: new Map(result.areas.map((a) => [a.code, a.name])),
      },
    ],
    assumptions,
  ).filter((row) => !row.key.startsWith('a.'))
  const rows = boardAssumptionRows(assumptions, result.settings.assumptions, scenario.rationale)

  return (
    <article className="app-board-pack">
      <p className="app-no-print">
        <Link to={`/scenarios/${scenario.id}`}>Back to the scenario</Link>
      </p>
      <PageHeading caption={`Board pack · ${result.scope.name}`} title={scenario.name} contents />
      <dl className="app-scenario-facts app-board-pack__facts">
        <div className="app-scenario-facts__item">
          <dt>Organisation</dt>
          <dd>{scenario.organisation.name}</dd>
        </div>
        <div className="app-scenario-facts__item">
          <dt>Status</dt>
          <dd>
            <strong
              className={`nhsuk-tag ${scenario.status === 'approved' ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}
            >
              {approvalText(scenario)}
            </strong>
          </dd>
        </div>
        <div className="app-scenario-facts__item">
          <dt>Scenario version</dt>
          <dd>{scenario.version}</dd>
        </div>
      </dl>
      <PrintPackButton />
      <TablesExpandedContext value={true}>
        <section className="app-board-pack__section" aria-labelledby="pack-results">
          <h2 className="nhsuk-heading-l" id="pack-results">
            Results
          </h2>
          <HeadlineResults result={result} />
          {result.warnings.length ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                Things to know about these results
              </h3>
              <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
                {result.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <ResultCharts result={result} />
          <PifComparison result={result} />
          {NATIONAL_ASK_SCOPES.has(result.scope.code) ? (
            <NationalAskPanel
              settings={result.settings}
              uk={result.scope.code === UK_CODE}
              plan="this scenario"
            />
          ) : null}
          <UncertaintySection
            result={result}
            frozen={scenario.status === 'approved'}
            controls={false}
          />
        </section>
      </TablesExpandedContext>
      <section className="app-section app-board-pack__section" aria-labelledby="pack-settings">
        <h2 className="nhsuk-heading-m" id="pack-settings">
          Settings
        </h2>
        <dl className="nhsuk-summary-list">
          {settings.map((row) => (
            <div className="nhsuk-summary-list__row" key={row.key}>
              <dt className="nhsuk-summary-list__key">{row.label}</dt>
              <dd className="nhsuk-summary-list__value">
                {row.cells[0]?.text}
                {row.cells[0]?.note ? (
                  <span className="app-cell-note">Why: {row.cells[0].note}</span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <ChangedAssumptions
        assumptions={assumptions}
        values={result.settings.assumptions}
        rationale={scenario.rationale}
      />
      <AllAssumptions rows={rows} />
      <PackSources />
      <VersionStamps
        dataVersions={[result.dataVersion]}
        modelVersions={[result.modelVersion]}
        generatedAt={generatedAt}
      />
    </article>
  )
}
