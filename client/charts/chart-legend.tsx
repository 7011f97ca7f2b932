/**
 * A chart's key as plain HTML under the plot, instead of recharts' <Legend>: recharts measures its
 * legend and re-lays out the plot on every data change, which was a large part of the builder's
 * edit-to-chart time. The key only changes when the series do, so it is memoised. Each item shows
 * the series' line style or fill as well as its colour, so colour is never the only signal.
 */
import { memo } from 'react'

export interface LegendItem {
  label: string
  colour: string
  /**
   * 'bar' a filled square; 'outline' a square drawn in outline; 'line' a solid line with a filled
   * dot; 'dashed' a dashed line with a hollow dot.
   */
  kind: 'bar' | 'outline' | 'line' | 'dashed'
}

export const ChartLegend = memo(function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="app-chart-legend">
      {items.map((item) => (
        <li key={item.label} className="app-chart-legend__item">
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
            {item.kind === 'bar' ? (
              <rect x="7" y="0" width="14" height="14" fill={item.colour} />
            ) : item.kind === 'outline' ? (
              <rect
                x="8"
                y="1"
                width="12"
                height="12"
                fill="#fff"
                stroke={item.colour}
                strokeWidth="2"
              />
            ) : (
              <>
                <line
                  x1="0"
                  y1="7"
                  x2="28"
                  y2="7"
                  stroke={item.colour}
                  strokeWidth="3"
                  strokeDasharray={item.kind === 'dashed' ? '6 3' : undefined}
                />
                <circle
                  cx="14"
                  cy="7"
                  r="4"
                  fill={item.kind === 'dashed' ? '#fff' : item.colour}
                  stroke={item.colour}
                  strokeWidth="2"
                />
              </>
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
})
