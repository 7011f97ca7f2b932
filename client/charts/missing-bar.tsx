/**
 * Pieces for showing years without data as a dashed, labelled placeholder bar rather than a gap
 * that reads as zero. `withMissing` adds a `missing` value (a fixed share of the tallest bar) to
 * each point whose value is null.
 */
import { CHART_COLOURS } from './chart-theme'

export const MISSING_LABEL = 'No estimate'

export function withMissing<T extends Record<string, unknown>>(
  points: readonly T[],
  value: (point: T) => number | null,
  height = 0.6,
): (T & { missing: number | null })[] {
  const max = Math.max(0, ...points.map((p) => value(p) ?? 0))
  return points.map((p) => ({ ...p, missing: value(p) === null ? max * height : null }))
}

interface LabelProps {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  value?: unknown
}

/** A LabelList `content` that writes "No estimate" in the middle of a placeholder bar (upwards when narrow). */
export function MissingLabel({ x, y, width, height, value }: LabelProps) {
  if (typeof value !== 'number') return null
  const cx = Number(x) + Number(width) / 2
  const cy = Number(y) + Number(height) / 2
  return (
    <text
      x={cx}
      y={cy}
      transform={Number(width) >= 90 ? undefined : `rotate(-90 ${cx} ${cy})`}
      textAnchor="middle"
      dominantBaseline="central"
      fill={CHART_COLOURS.text}
      fontSize={12}
    >
      {MISSING_LABEL}
    </text>
  )
}

export const missingBarProps = {
  fill: '#ffffff',
  stroke: CHART_COLOURS.grey,
  strokeDasharray: '4 3',
  strokeWidth: 1.5,
  isAnimationActive: false,
} as const
