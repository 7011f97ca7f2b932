/**
 * Colours and text styles shared by every chart. Colours are NHS identity colours with at least
 * 3:1 contrast against white; series are also told apart by legend text, labels and the data table,
 * never by colour alone.
 */
export const CHART_COLOURS = {
  blue: '#005eb8',
  darkBlue: '#003087',
  purple: '#330072',
  aquaGreen: '#007f7a',
  grey: '#4c6272',
  lightGrey: '#d8dde0',
  text: '#212b32',
} as const

export const SERIES_COLOURS = [
  CHART_COLOURS.blue,
  CHART_COLOURS.purple,
  CHART_COLOURS.aquaGreen,
  CHART_COLOURS.darkBlue,
]

export const AXIS_TICK = { fill: CHART_COLOURS.text, fontSize: 14 } as const
export const LABEL_STYLE = { fill: CHART_COLOURS.text, fontSize: 13, fontWeight: 600 } as const

/** Horizontal gridlines only: values are read across from the axis. */
export const GRID_PROPS = { vertical: false, stroke: CHART_COLOURS.lightGrey } as const

/** The category (year) axis every chart shares. */
export const CATEGORY_AXIS_PROPS = {
  tick: AXIS_TICK,
  tickLine: false,
  axisLine: { stroke: CHART_COLOURS.grey },
} as const

/**
 * A series line, solid with filled dots or dashed with hollow dots, so two lines are told apart by
 * more than colour. Spread onto a recharts <Line>.
 */
export function lineStyle(colour: string, dashed = false) {
  return {
    stroke: colour,
    strokeWidth: 3,
    strokeDasharray: dashed ? '8 5' : undefined,
    dot: { r: 5, fill: dashed ? '#fff' : colour, stroke: dashed ? colour : '#fff', strokeWidth: 2 },
    isAnimationActive: false,
  } as const
}
