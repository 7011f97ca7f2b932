/**
 * ChartCard: one chart as an NHS card: a heading, the units, a plain-English summary of what the
 * chart shows, the chart itself, a source line, and its data as a real table under a "Show data
 * table" <details> (keyboard operable, opened automatically for printing), or laid out open
 * inside a TablesExpandedContext (the board pack).
 *
 * The chart is hidden from assistive technology (aria-hidden): the summary and the table carry the
 * same content. Pass a chart built with `isAnimationActive={false}` and `accessibilityLayer={false}`
 * so it has no focusable parts. Charts may be lazy components: the card shows a placeholder of the
 * same height while recharts loads. Under the chart, "Download image" gives it as PNG or SVG with its
 * title, summary, source, licence, date and versions (ChartImageButtons), for board papers.
 *
 *   <ChartCard title="Babies under two by nation" units="Number of babies aged 0 and 1, mid-year"
 *     summary={<p>…</p>} chart={<NationChart data={…} />} table={<DataTable … />} source="ONS mid-year estimates" />
 */
import { Suspense, useContext, useRef, type ReactNode } from 'react'
import { ChartImageButtons } from './chart-image-buttons'
import { TablesExpandedContext } from './table-expansion'

interface ChartCardProps {
  title: string
  /** What the numbers measure: 'Babies aged under 2, at 30 June each year'. */
  units?: string
  /** The text summary: what a sighted reader would take from the chart. */
  summary: ReactNode
  chart: ReactNode
  /** Height reserved for the chart while it loads (px). */
  chartHeight?: number
  /** The data table twin of the chart. */
  table: ReactNode
  source?: ReactNode
  headingLevel?: 2 | 3
  id?: string
  /** The model and data versions of the figures, for the image's stamp; else the current ones. */
  versions?: { model: string; data: string }
}

export function ChartCard({
  title,
  units,
  summary,
  chart,
  chartHeight = 300,
  table,
  source,
  headingLevel = 2,
  id,
  versions,
}: ChartCardProps) {
  const card = useRef<HTMLElement>(null)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const expanded = useContext(TablesExpandedContext)
  return (
    <section
      ref={card}
      className="nhsuk-card app-chart-card"
      aria-labelledby={id ? `${id}-title` : undefined}
      id={id}
    >
      <div className="nhsuk-card__content">
        <Heading
          className="nhsuk-card__heading nhsuk-heading-m"
          id={id ? `${id}-title` : undefined}
        >
          {title}
        </Heading>
        {units ? (
          <p className="nhsuk-body-s app-chart-card__units" data-image="units">
            {units}
          </p>
        ) : null}
        <div className="app-chart-card__summary" data-image="summary">
          {summary}
        </div>
        <div
          className="app-chart-card__chart"
          data-image="chart"
          aria-hidden="true"
          style={{ minHeight: chartHeight }}
        >
          <Suspense
            fallback={
              <div className="app-chart-card__placeholder" style={{ height: chartHeight }} />
            }
          >
            {chart}
          </Suspense>
        </div>
        {source ? (
          <p className="nhsuk-body-s app-chart-card__source" data-image="source">
            Source: {source}
          </p>
        ) : null}
        <ChartImageButtons card={card} title={title} versions={versions} />
        {expanded ? (
          <div className="app-chart-card__table">{table}</div>
        ) : (
          <details className="nhsuk-details app-print-open nhsuk-u-margin-bottom-0">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                Show data table<span className="nhsuk-u-visually-hidden">: {title}</span>
              </span>
            </summary>
            <div className="nhsuk-details__text">{table}</div>
          </details>
        )}
      </div>
    </section>
  )
}
