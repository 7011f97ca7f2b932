/**
 * How each scenario is drawn on the comparison charts: a colour, a line pattern and a marker
 * shape, so scenarios are told apart without colour (WCAG 1.4.1), and the legend shows the shape.
 * Kept apart from the chart so tables and summaries can name the same style without recharts.
 */
import { CHART_COLOURS } from './chart-theme'

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond'

export interface SeriesStyle {
  colour: string
  dash: string | undefined
  shape: MarkerShape
  /** In words, for the summary: 'solid line, circles'. */
  description: string
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  {
    colour: CHART_COLOURS.blue,
    dash: undefined,
    shape: 'circle',
    description: 'solid line with circles',
  },
  {
    colour: CHART_COLOURS.purple,
    dash: '8 5',
    shape: 'square',
    description: 'dashed line with squares',
  },
  {
    colour: CHART_COLOURS.aquaGreen,
    dash: '2 4',
    shape: 'triangle',
    description: 'dotted line with triangles',
  },
  {
    colour: '#7c2855',
    dash: '12 4 2 4',
    shape: 'diamond',
    description: 'dash-dot line with diamonds',
  },
]

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!
}
