/**
 * The year axis of a modelled path: the first modelled year is the financial year under way, so
 * its tick says "now" on a second line (one line would crowd the ticks of a long path). Years
 * before it are observed, not modelled, and never appear on these axes.
 */
import { AXIS_TICK, CATEGORY_AXIS_PROPS } from './chart-theme'

interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
}

/** XAxis props for a `fy` category axis with `nowFy` ('2026/27') marked; memoise on nowFy. */
export function fyAxisProps(nowFy: string | undefined) {
  const tick = ({ x, y, payload }: TickProps) => {
    const value = String(payload?.value ?? '')
    return (
      <text
        x={x}
        y={y}
        dy={16}
        textAnchor="middle"
        fill={AXIS_TICK.fill}
        fontSize={AXIS_TICK.fontSize}
      >
        {value}
        {value === nowFy ? (
          <tspan x={x} dy={17}>
            (now)
          </tspan>
        ) : null}
      </text>
    )
  }
  return { ...CATEGORY_AXIS_PROPS, tick, height: nowFy ? 48 : 30 }
}
