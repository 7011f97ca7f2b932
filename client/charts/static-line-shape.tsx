import type { RefObject } from 'react'
import { LineDrawShape, type LineDrawShapeProps } from 'recharts'

// Never attached to the path, so it stays empty (recharts' type assumes an attached ref).
const NO_PATH = { current: null } as unknown as RefObject<SVGPathElement>

/**
 * recharts' line shape without its path ref: recharts reads the path's length (getTotalLength)
 * on every render for its draw-in animation, even when animation is off, and that forces a
 * layout of the whole page in the middle of the render (about 1 ms per line per redraw on this
 * page). Without the ref it reads 0 and draws the same path. Only for lines that never animate.
 */
export function StaticLineShape(props: LineDrawShapeProps) {
  return <LineDrawShape {...props} pathRef={NO_PATH} />
}
