/**
 * CoverageNow: today's provision for an area as an NHS summary list: families needing a
 * specialised team each year, families existing teams can see, capacity coverage and geographic
 * coverage, each with its mark, and a sentence on what the figures mean.
 */
import type { AreaSummary } from '../../shared/domain/area-summary'
import { formatNumber, formatPercent } from '../lib/format'
import { MarkBadge } from './mark-badge'

const ASSUMPTIONS_NOTE =
  'Derived by the model from births, the teams register and default assumptions (need rate, families per team); see Sources and assumptions'

export function CoverageNow({
  summary,
  headingLevel = 2,
}: {
  summary: AreaSummary
  headingLevel?: 2 | 3
}) {
  const { coverage } = summary
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const gap = Math.max(0, coverage.need - coverage.capacity)
  return (
    <section aria-labelledby="coverage-now-title" className="app-section">
      <Heading className="nhsuk-heading-m" id="coverage-now-title">
        Coverage now ({coverage.fy})
      </Heading>
      <dl className="nhsuk-summary-list">
        <Row
          label="Families needing a specialised team each year"
          value={formatNumber(coverage.need)}
          mark="A"
          note="Births × need rate, weighted by deprivation (both assumptions)"
        />
        <Row
          label="Families existing teams can see each year"
          value={formatNumber(coverage.capacity)}
          mark="A"
          note="From the teams register and the assumed families per team"
        />
        <Row
          label="Families without a place"
          value={formatNumber(gap)}
          mark="I"
          note="Need less capacity"
        />
        <Row
          label="Capacity coverage"
          value={formatPercent(coverage.coverage)}
          mark="I"
          note={ASSUMPTIONS_NOTE}
          hint="Share of need that teams can meet, by authority, weighted by babies"
        />
        <Row
          label="Geographic coverage"
          value={formatPercent(coverage.geographicCoverage)}
          mark="I"
          note="Share of babies living where any team works (the Rare Jewels measure)"
          hint="Share of babies living where any team works"
        />
      </dl>
    </section>
  )
}

function Row({
  label,
  value,
  mark,
  note,
  hint,
}: {
  label: string
  value: string
  mark: 'S' | 'I' | 'A' | 'U'
  note: string
  hint?: string
}) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">
        {label}
        {hint ? <span className="app-cell-note">{hint}</span> : null}
      </dt>
      <dd className="nhsuk-summary-list__value app-summary-value">
        <span className="app-summary-value__number">{value}</span>{' '}
        <MarkBadge mark={mark} note={note} />
      </dd>
    </div>
  )
}
