/**
 * The parts every board pack ends with: its assumptions (those changed from the default in full,
 * with the author's reasons, then every assumption in a compact table), the datasets with their
 * licence and attribution, and the version stamps that say exactly which figures it shows.
 */
import { useQuery } from '@tanstack/react-query'
import type { Assumption, AssumptionKey } from '../../../shared/domain/assumptions'
import { DataTable } from '../../components/data-table'
import { QueryState } from '../../components/query-state'
import { MarkBadge } from '../../components/mark-badge'
import { boardAssumptionRows, type BoardAssumptionRow } from '../../lib/board-pack'
import { formatDateTime } from '../../lib/format'
import { trpc } from '../../trpc'

export function PrintPackButton() {
  return (
    <button
      type="button"
      className="nhsuk-button app-no-print app-board-pack__print"
      onClick={() => window.print()}
    >
      Print or save as PDF
    </button>
  )
}

export function ChangedAssumptions({
  assumptions,
  values,
  rationale,
  title = 'Assumptions changed from the default',
}: {
  assumptions: readonly Assumption[]
  values: Partial<Record<AssumptionKey, number>>
  rationale: Readonly<Record<string, string>>
  title?: string
}) {
  const changed = boardAssumptionRows(assumptions, values, rationale).filter((r) => r.differs)
  return (
    <section className="app-section app-board-pack__section" aria-labelledby="changed-title">
      <h2 className="nhsuk-heading-m" id="changed-title">
        {title}
      </h2>
      {changed.length === 0 ? (
        <p>Every assumption is at its default value.</p>
      ) : (
        <DataTable
          caption={title}
          captionSize="hidden"
          rows={changed}
          rowKey={(r) => r.key}
          compact
          columns={[
            { key: 'label', header: 'Assumption', rowHeader: true, cell: (r) => r.label },
            { key: 'value', header: 'Used', cell: (r) => r.value },
            { key: 'default', header: 'Default', cell: (r) => r.defaultValue },
            { key: 'range', header: 'Range', cell: (r) => r.range },
            {
              key: 'mark',
              header: 'How sure',
              cell: (r) => <MarkBadge mark={r.mark} source={r.source} />,
            },
            {
              key: 'why',
              header: 'Why it was changed, and the default’s source',
              cell: (r) => (
                <>
                  {r.note ?? 'No reason given.'}
                  <span className="app-cell-note">Default from: {r.source}</span>
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  )
}

export function AllAssumptions({ rows }: { rows: readonly BoardAssumptionRow[] }) {
  return (
    <section className="app-section app-board-pack__section" aria-labelledby="all-assumptions">
      <h2 className="nhsuk-heading-m" id="all-assumptions">
        All assumptions
      </h2>
      <DataTable
        caption="Every assumption the model used"
        captionSize="hidden"
        rows={rows}
        rowKey={(r) => r.key}
        compact
        columns={[
          { key: 'label', header: 'Assumption', rowHeader: true, cell: (r) => r.label },
          {
            key: 'value',
            header: 'Used',
            cell: (r) => (r.differs ? <strong>{r.value}</strong> : r.value),
          },
          { key: 'default', header: 'Default', cell: (r) => r.defaultValue },
          { key: 'range', header: 'Range', cell: (r) => r.range },
          { key: 'mark', header: 'How sure', cell: (r) => <MarkBadge mark={r.mark} /> },
          {
            key: 'source',
            header: 'Source',
            cell: (r) => <span className="app-source-text">{r.source}</span>,
          },
        ]}
      />
    </section>
  )
}

export function PackSources() {
  const sources = useQuery(trpc.sources.list.queryOptions())
  return (
    <section className="app-section app-board-pack__section" aria-labelledby="pack-sources">
      <h2 className="nhsuk-heading-m" id="pack-sources">
        Sources
      </h2>
      <QueryState query={sources} what="sources" errorTitle="The sources could not be loaded">
        {(data) => (
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
                cell: (s) => `${s.title} (${s.publisher}, ${s.date})`,
              },
              { key: 'licence', header: 'Licence', cell: (s) => s.licence },
              {
                key: 'attribution',
                header: 'Attribution',
                cell: (s) => <span className="app-source-text">{s.attribution}</span>,
              },
            ]}
          />
        )}
      </QueryState>
    </section>
  )
}

export function VersionStamps({
  dataVersions,
  modelVersions,
  generatedAt,
}: {
  dataVersions: readonly string[]
  modelVersions: readonly string[]
  generatedAt: Date
}) {
  const unique = (list: readonly string[]) => [...new Set(list)].join(', ')
  return (
    <dl className="nhsuk-summary-list app-board-pack__stamps" aria-label="Versions">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Data version</dt>
        <dd className="nhsuk-summary-list__value">{unique(dataVersions)}</dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Model version</dt>
        <dd className="nhsuk-summary-list__value">{unique(modelVersions)}</dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Generated</dt>
        <dd className="nhsuk-summary-list__value">{formatDateTime(generatedAt)}</dd>
      </div>
    </dl>
  )
}
