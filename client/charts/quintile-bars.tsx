/**
 * Bars by deprivation fifth: each fifth's name on its own line, then one bar per series on a
 * 0–100% track with its value written at the end. Plain HTML rather than recharts: five groups
 * of one or two bars cost next to nothing to redraw on every edit, need no lazy chunk, and print
 * as they show. A series is drawn solid or outlined, so two are told apart by more than colour.
 */
import { memo } from 'react'
import { ChartLegend, type LegendItem } from './chart-legend'

export interface QuintileBarSeries {
  label: string
  colour: string
  kind: 'bar' | 'outline'
}

export interface QuintileBarRow {
  key: string
  label: string
  /** One share (0–1) per series, in the series' order. */
  values: readonly number[]
}

interface QuintileBarsProps {
  rows: readonly QuintileBarRow[]
  series: readonly QuintileBarSeries[]
  format: (share: number) => string
}

export default memo(function QuintileBars({ rows, series, format }: QuintileBarsProps) {
  const legend: LegendItem[] = series.map((s) => ({
    label: s.label,
    colour: s.colour,
    kind: s.kind,
  }))
  return (
    <div className="app-qbars">
      {rows.map((row) => (
        <div className="app-qbars__group" key={row.key}>
          <p className="app-qbars__label">{row.label}</p>
          {series.map((s, k) => {
            const value = Math.min(1, Math.max(0, row.values[k] ?? 0))
            return (
              <div className="app-qbars__row" key={s.label}>
                <span className="app-qbars__track">
                  <span
                    className={`app-qbars__bar app-qbars__bar--${s.kind}`}
                    style={{
                      // No sliver of border for a share of nothing.
                      display: value > 0 ? undefined : 'none',
                      width: `${value * 100}%`,
                      borderColor: s.colour,
                      background: s.kind === 'bar' ? s.colour : undefined,
                    }}
                  />
                </span>
                <span className="app-qbars__value">{format(row.values[k] ?? 0)}</span>
              </div>
            )
          })}
        </div>
      ))}
      {series.length > 1 ? <ChartLegend items={legend} /> : null}
    </div>
  )
})
