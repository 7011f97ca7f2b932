/**
 * /sources: every dataset with its publisher, date, licence and attribution, and each nation's
 * own births trend; every model assumption with its value, range, unit, mark and source; Agenda
 * for Change pay scales, employer National Insurance and team templates; the model and data
 * versions with what each model version changed (old and new defaults, and why); the columns of
 * every download; and how the model works.
 */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { Assumption } from '../../shared/domain/assumptions'
import type { PayPoint, TeamTemplate } from '../../shared/domain/pay'
import { TRAINING_ROUTES_BY_PROFESSION } from '../../shared/domain/training-routes'
import { DataTable } from '../components/data-table'
import { DownloadColumns } from './sources/download-columns'
import { ErrorMessage } from '../components/error-message'
import { QueryState } from '../components/query-state'
import { Loading } from '../components/loading'
import { MarkBadge } from '../components/mark-badge'
import { PageHeading } from '../components/page-heading'
import { formatAssumption, formatAssumptionRange } from '../lib/assumption-format'
import { fyLabel } from '../../shared/domain/fiscal-year'
import { NATIONS } from '../../shared/domain/geography'
import type { NationTrend } from '../../shared/domain/model-data'
import { formatDate, formatFy, formatMoney, formatPercent, formatWte } from '../lib/format'
import { targetFyText } from '../lib/fy-text'
import { useModelInfo } from '../lib/use-model-info'
import { useDocumentTitle } from '../lib/use-document-title'
import { trpc } from '../trpc'

export default function SourcesPage() {
  useDocumentTitle('Sources and assumptions')
  return (
    <>
      <PageHeading
        contents
        title="Sources and assumptions"
        lead="Where every figure comes from, the assumptions the model makes, and how it turns them into coverage and cost."
        printable
      />
      <HowItWorks />
      <Assumptions />
      <Pay />
      <Datasets />
      <DownloadColumns />
      <ModelVersions />
    </>
  )
}

function HowItWorks() {
  return (
    <section className="app-section app-prose" aria-labelledby="how-it-works">
      <h2 className="nhsuk-heading-l" id="how-it-works">
        How the model works
      </h2>
      <p>
        The model works one local authority at a time and adds authorities up to health bodies,
        nations and the UK, weighting by the number of babies. Years are NHS financial years, April
        to March.
      </p>
      <h3 className="nhsuk-heading-s">Babies and need</h3>
      <p>
        Babies under two come from the official mid-year estimates, then follow the national
        projection to 2030; Scotland and Northern Ireland, whose estimates stop earlier, first
        follow their own recent trend in births (see Datasets). The number of families who need a
        specialised parent-infant relationship team each year is the number of births (babies aged
        0) times the <strong>need rate</strong>, weighted by deprivation: families in more deprived
        places are assumed more likely to need a team, and need is moved between places without
        changing the UK total. A scenario can set an authority&rsquo;s own rate, with the reason for
        it.
      </p>
      <h3 className="nhsuk-heading-s">Capacity</h3>
      <p>
        A team&rsquo;s capacity is the families it can see in a year: its clinical staff in
        whole-time equivalents (WTE), times the families each clinical WTE is observed to see, less
        the time given to supervision. Not every post is filled, so new provision is sized with the
        vacancies in mind. A team serving several authorities shares its capacity between them by
        need, and counts in each area by that share.
      </p>
      <h3 className="nhsuk-heading-s">Coverage</h3>
      <p>
        <strong>Capacity coverage</strong> of an authority is its capacity divided by its need, up
        to 100%. <strong>Geographic coverage</strong> is the share of babies living where any team
        works, the measure used by the Rare Jewels report in 2019. An area can have full geographic
        coverage and still far too little capacity.
      </p>
      <h3 className="nhsuk-heading-s">Cost</h3>
      <p>
        Each post costs its WTE times its Agenda for Change salary for the year, plus employer
        National Insurance above the threshold and employer pension, plus a non-pay overhead; set-up
        and training are one-off costs. Pay rises each year by the pay uplift. A part year is costed
        by the month, so 12 months cost a full year. A post costs from the day it starts but only
        adds capacity once the new starter is productive. Costs are shown in cash, in constant
        2025/26 prices (taking out general inflation) and as a present value at the Green Book
        discount rate, and per family supported.
      </p>
      <h3 className="nhsuk-heading-s">Years</h3>
      <p>
        The first modelled year is the NHS financial year under way; earlier years are observed, not
        modelled. A target is the end of a financial year: FY2030/31 ends in March 2031. New teams
        start in April [A]: once the April of the year under way has passed, the first start is the
        next April, unless an area&rsquo;s start year is set by hand.
      </p>
      <h3 className="nhsuk-heading-s">Options for an area with a gap</h3>
      <ul>
        <li>
          <strong>Standalone</strong>: a new team sized to the authority&rsquo;s need.
        </li>
        <li>
          <strong>Satellite</strong>: by default two parent-infant therapists working locally,
          supervised by a hub team in the same health body or a neighbouring authority, with the
          supervision charged to the hub (as Blackburn with Darwen did with Blackpool&rsquo;s team
          in 2024).
        </li>
        <li>
          <strong>Health-body-wide</strong>: one team sized to the total need of a health
          body&rsquo;s authorities.
        </li>
        <li>
          <strong>Expand</strong>: add staff to a team that already works in the area.
        </li>
      </ul>
      <h3 className="nhsuk-heading-s">Phasing</h3>
      <p>
        New provision can start in even steps to the target year, all in the first year, or as fast
        as an annual budget cap and a cap on new clinical staff allow, in a stated order of
        priority.
      </p>
      <p>
        Every assumption below has a default, a range and a mark saying whether it is stated in a
        source, derived by us, assumed, or uncertain. Figures on the <Link to="/">summary</Link> and
        area pages use the defaults, the evidence-based ones; the scenario builder can also apply
        the Parent-Infant Foundation calibration, the terms of its £73m national ask.
      </p>
    </section>
  )
}

function Assumptions() {
  const list = useQuery(trpc.assumptions.list.queryOptions())
  return (
    <section className="app-section" aria-labelledby="assumptions">
      <h2 className="nhsuk-heading-l" id="assumptions">
        Assumptions
      </h2>
      <QueryState query={list} what="assumptions" errorTitle="The assumptions could not be loaded">
        {(data) => (
          <DataTable<Assumption>
            caption="Model assumptions with their defaults, ranges and sources"
            captionSize="hidden"
            rows={data}
            rowKey={(a) => a.key}
            compact
            columns={[
              {
                key: 'label',
                header: 'Assumption',
                rowHeader: true,
                className: 'app-col--wide',
                cell: (a) => (
                  <>
                    {a.label}
                    <span className="app-cell-note">{a.description}</span>
                  </>
                ),
              },
              { key: 'value', header: 'Default', cell: (a) => formatAssumption(a.value, a.unit) },
              {
                key: 'range',
                header: 'Range',
                cell: (a) =>
                  a.low === a.high ? 'None given' : formatAssumptionRange(a.low, a.high, a.unit),
              },
              {
                key: 'mark',
                header: 'Mark',
                cell: (a) => <MarkBadge mark={a.mark} source={a.source} note={a.date} />,
              },
              {
                key: 'source',
                header: 'Source',
                className: 'app-col--source',
                cell: (a) => (
                  <span className="app-source-text">
                    {a.source}
                    {a.date ? ` (${a.date})` : ''}
                  </span>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </section>
  )
}

function Pay() {
  const pay = useQuery(trpc.assumptions.pay.queryOptions())
  if (pay.isError) {
    return (
      <ErrorMessage
        title="Pay scales could not be loaded"
        error={pay.error}
        onRetry={() => void pay.refetch()}
      />
    )
  }
  if (!pay.data) return <Loading what="pay scales" />
  const { payScales, employerNi, templates } = pay.data
  const years = [...new Set(payScales.map((p) => p.fy))].sort((a, b) => a - b)
  return (
    <section className="app-section" aria-labelledby="pay">
      <h2 className="nhsuk-heading-l" id="pay">
        Pay scales and team templates
      </h2>
      {years.map((fy) => (
        <PayTable key={fy} fy={fy} points={payScales.filter((p) => p.fy === fy)} />
      ))}
      <DataTable
        caption="Employer National Insurance"
        rows={employerNi}
        rowKey={(r) => String(r.fromFy)}
        compact
        columns={[
          { key: 'from', header: 'From', rowHeader: true, cell: (r) => formatFy(r.fromFy) },
          { key: 'rate', header: 'Rate', numeric: true, cell: (r) => formatPercent(r.rate, 1) },
          {
            key: 'threshold',
            header: 'On earnings above',
            numeric: true,
            cell: (r) => `${formatMoney(r.threshold)} a year`,
          },
          {
            key: 'mark',
            header: 'Mark',
            cell: (r) => <MarkBadge mark={r.mark} source={r.source} />,
          },
          {
            key: 'source',
            header: 'Source',
            className: 'app-col--source',
            cell: (r) => <span className="app-source-text">{r.source}</span>,
          },
        ]}
      />
      {templates.map((t) => (
        <TemplateTable key={t.id} template={t} />
      ))}
      <TrainingRoutesTable />
    </section>
  )
}

function PayTable({ fy, points }: { fy: number; points: PayPoint[] }) {
  const first = points[0]
  return (
    <DataTable
      caption={
        <>
          Agenda for Change annual pay, {formatFy(fy)}{' '}
          {first ? <MarkBadge mark={first.mark} source={first.source} /> : null}
        </>
      }
      rows={points}
      rowKey={(p) => p.band}
      compact
      columns={[
        { key: 'band', header: 'Band', rowHeader: true, cell: (p) => `Band ${p.band}` },
        { key: 'entry', header: 'Entry point', numeric: true, cell: (p) => formatMoney(p.entry) },
        {
          key: 'intermediate',
          header: 'Intermediate point',
          numeric: true,
          cell: (p) => formatMoney(p.intermediate, {}, 'None'),
        },
        { key: 'top', header: 'Top point', numeric: true, cell: (p) => formatMoney(p.top) },
      ]}
    />
  )
}

function TrainingRoutesTable() {
  return (
    <DataTable
      caption="How long each profession takes to train (FACTS.md §5)"
      rows={TRAINING_ROUTES_BY_PROFESSION}
      rowKey={(r) => r.profession}
      compact
      columns={[
        { key: 'profession', header: 'Profession', rowHeader: true, cell: (r) => r.profession },
        { key: 'route', header: 'Route', cell: (r) => r.route },
        { key: 'time', header: 'Time', cell: (r) => r.time },
        { key: 'plan', header: 'In a plan to 2030', cell: (r) => r.inPlan },
        { key: 'mark', header: 'Mark', cell: (r) => <MarkBadge mark={r.mark} source={r.source} /> },
      ]}
    />
  )
}

function TemplateTable({ template }: { template: TeamTemplate }) {
  const roles = [
    ...template.roles.map((r, position) => ({ ...r, position, hub: false })),
    ...template.hubRoles.map((r, position) => ({ ...r, position, hub: true })),
  ]
  const total = template.roles.reduce((sum, r) => sum + r.wte, 0)
  return (
    <DataTable
      caption={
        <>
          Team template: {template.label} ({formatWte(total)} in the team){' '}
          <MarkBadge mark={template.mark} source={template.source} />
        </>
      }
      rows={roles}
      rowKey={(r) => `${r.hub ? 'hub' : 'team'}-${r.position}`}
      compact
      columns={[
        { key: 'title', header: 'Role', rowHeader: true, cell: (r) => r.title },
        { key: 'band', header: 'Band', cell: (r) => r.band },
        { key: 'wte', header: 'WTE', numeric: true, cell: (r) => formatWte(r.wte) },
        { key: 'clinical', header: 'Sees families', cell: (r) => (r.clinical ? 'Yes' : 'No') },
        {
          key: 'route',
          header: 'How it is filled',
          cell: (r) =>
            r.route === 'recruit-to-train'
              ? `Recruit-to-train, paid at band ${r.traineeBand ?? r.band} while training`
              : 'Qualified',
        },
        {
          key: 'hub',
          header: 'Charged to',
          cell: (r) => (r.hub ? 'Hub team (supervision)' : 'This team'),
        },
      ]}
    />
  )
}

function Datasets() {
  const sources = useQuery(trpc.sources.list.queryOptions())
  return (
    <section className="app-section" aria-labelledby="datasets">
      <h2 className="nhsuk-heading-l" id="datasets">
        Datasets
      </h2>
      <QueryState query={sources} what="datasets" errorTitle="The datasets could not be loaded">
        {(data) => (
          <>
            <dl className="nhsuk-summary-list">
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Data version</dt>
                <dd className="nhsuk-summary-list__value">
                  {data.dataVersion}{' '}
                  <Link to="/data" className="app-no-print">
                    See all data versions and imports
                  </Link>
                </dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Model version</dt>
                <dd className="nhsuk-summary-list__value">{data.modelVersion}</dd>
              </div>
            </dl>
            <DataTable
              caption="Datasets used, with licence and attribution"
              captionSize="hidden"
              rows={data.sources}
              rowKey={(s) => s.id}
              compact
              columns={[
                {
                  key: 'title',
                  header: 'Dataset',
                  rowHeader: true,
                  className: 'app-col--wide',
                  cell: (s) => (
                    <>
                      {s.url ? (
                        <a href={s.url} rel="noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                      {s.notes ? <span className="app-cell-note">{s.notes}</span> : null}
                    </>
                  ),
                },
                { key: 'publisher', header: 'Publisher', cell: (s) => s.publisher },
                { key: 'date', header: 'Date', cell: (s) => s.date },
                { key: 'licence', header: 'Licence', cell: (s) => s.licence },
                {
                  key: 'attribution',
                  header: 'Attribution',
                  className: 'app-col--source',
                  cell: (s) => <span className="app-source-text">{s.attribution}</span>,
                },
              ]}
            />
            <NationTrends />
          </>
        )}
      </QueryState>
    </section>
  )
}

/** The births trend each nation follows where its estimates stop before the newest mid-year. */
function NationTrends() {
  const model = useModelInfo()
  const trends = model.data?.nationTrends ?? []
  if (trends.length === 0) return null
  return (
    <>
      <h3 className="nhsuk-heading-s" id="nation-trends">
        Nations&rsquo; own trends in births
      </h3>
      <p>
        Scotland and Northern Ireland have published estimates by area only to mid-2022. Their
        missing years follow each nation&rsquo;s own recent change in births, then the England
        projection.
      </p>
      <DataTable<NationTrend>
        caption="Each nation's own yearly change in births, used for its missing mid-years"
        captionSize="hidden"
        rows={trends}
        rowKey={(t) => t.nation}
        compact
        columns={[
          {
            key: 'nation',
            header: 'Nation',
            rowHeader: true,
            cell: (t) => NATIONS.find((n) => n.code === t.nation)?.name ?? t.nation,
          },
          {
            key: 'perYear',
            header: 'Change a year',
            numeric: true,
            cell: (t) => formatPercent(t.perYear, 1),
          },
          {
            key: 'years',
            header: 'Fitted to',
            cell: (t) => `mid-${t.fromMidYear} to mid-${t.toMidYear}`,
          },
          {
            key: 'mark',
            header: 'Mark',
            cell: (t) => <MarkBadge mark="I" source={t.basis} />,
          },
          {
            key: 'basis',
            header: 'How it is worked out',
            className: 'app-col--source',
            cell: (t) => <span className="app-source-text">{t.basis}</span>,
          },
        ]}
      />
    </>
  )
}

type ModelChange = NonNullable<
  ReturnType<typeof useModelInfo>['data']
>['notes'][number]['changes'][number]

/** What each model version changed, newest first: old and new defaults, and why. */
function ModelVersions() {
  const model = useModelInfo()
  return (
    <section className="app-section" aria-labelledby="model-versions">
      <h2 className="nhsuk-heading-l" id="model-versions">
        Model versions
      </h2>
      <QueryState
        query={model}
        what="model versions"
        errorTitle="The model versions could not be loaded"
      >
        {(data) => (
          <>
            <p>
              This is model {data.modelVersion}. Its first modelled year is{' '}
              {fyLabel(data.currentFy)}, the financial year under way, and its default target is{' '}
              {targetFyText(data.defaultTargetFy)}. New teams start in April [A], so the first a
              plan can start without a start year set by hand is{' '}
              {`April ${data.newStartsFy} (FY${fyLabel(data.newStartsFy)})`}.
            </p>
            {data.notes.map((note) => (
              <div key={note.version} className="app-model-version">
                <h3 className="nhsuk-heading-s">
                  Version {note.version}, {formatDate(note.date)}
                </h3>
                <p>{note.summary}</p>
                {note.changes.length ? (
                  <DataTable<ModelChange>
                    caption={`What version ${note.version} changed`}
                    captionSize="hidden"
                    rows={note.changes}
                    rowKey={(c) => c.what}
                    compact
                    columns={[
                      { key: 'what', header: 'What changed', rowHeader: true, cell: (c) => c.what },
                      { key: 'from', header: 'From', cell: (c) => c.from },
                      { key: 'to', header: 'To', cell: (c) => c.to },
                      {
                        key: 'why',
                        header: 'Why',
                        className: 'app-col--source',
                        cell: (c) => <span className="app-source-text">{c.why}</span>,
                      },
                    ]}
                  />
                ) : null}
              </div>
            ))}
          </>
        )}
      </QueryState>
    </section>
  )
}
