/**
 * Linear relaxations of "one choice per authority" problems, used as bounds: each authority may
 * take a fraction of a choice, so the best answer is a greedy walk along the convex hulls of its
 * choices. Segments are kept in one list sorted by rate, each tagged with the position of its
 * authority in the search order, so a bound over "authorities from position d on" is one pass.
 */
export interface Segments {
  pos: Int32Array
  /** The resource a segment uses (cost, or spend, or WTE) and what it brings (gain). */
  use: Float64Array
  gain: Float64Array
}

interface Point {
  use: number
  gain: number
}

/**
 * Hull segments of one authority's choices, from (0, 0) upwards, each bringing gain for use at
 * a worse rate than the one before: the efficient frontier's concave majorant.
 */
function hull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((x, y) => x.use - y.use || y.gain - x.gain)
  const frontier: Point[] = [{ use: 0, gain: 0 }]
  for (const pt of sorted) {
    if (pt.gain <= frontier[frontier.length - 1]!.gain) continue
    while (frontier.length >= 2) {
      const a = frontier[frontier.length - 2]!
      const b = frontier[frontier.length - 1]!
      // Drop b when it lies on or below the line from a to pt.
      if ((b.gain - a.gain) * (pt.use - a.use) <= (pt.gain - a.gain) * (b.use - a.use)) {
        frontier.pop()
      } else break
    }
    frontier.push(pt)
  }
  const segments: Point[] = []
  for (let j = 1; j < frontier.length; j++) {
    const a = frontier[j - 1]!
    const b = frontier[j]!
    segments.push({ use: b.use - a.use, gain: b.gain - a.gain })
  }
  return segments
}

/** One list for many authorities: `points[pos]` are the choices of the authority at position pos. */
export function segmentsOf(points: readonly (readonly Point[])[]): Segments {
  const all: { pos: number; use: number; gain: number }[] = []
  points.forEach((list, pos) => {
    for (const seg of hull(list)) all.push({ pos, ...seg })
  })
  // Best rate first; a free gain (use 0) comes before everything.
  all.sort((x, y) => y.gain * x.use - x.gain * y.use || x.pos - y.pos)
  return {
    pos: Int32Array.from(all, (s) => s.pos),
    use: Float64Array.from(all, (s) => s.use),
    gain: Float64Array.from(all, (s) => s.gain),
  }
}

/** Most gain from positions ≥ from, using at most `capacity`. */
export function mostGain(segs: Segments, from: number, capacity: number): number {
  let left = capacity
  let gain = 0
  for (let j = 0; j < segs.pos.length; j++) {
    if (segs.pos[j]! < from) continue
    const use = segs.use[j]!
    if (use <= left) {
      left -= use
      gain += segs.gain[j]!
    } else {
      if (left > 0) gain += (segs.gain[j]! * left) / use
      break
    }
  }
  return gain
}

/** Least use (cost) from positions ≥ from that brings at least `need` gain; Infinity if none can. */
export function leastUse(segs: Segments, from: number, need: number): number {
  if (need <= 0) return 0
  let left = need
  let use = 0
  for (let j = 0; j < segs.pos.length; j++) {
    if (segs.pos[j]! < from) continue
    const gain = segs.gain[j]!
    if (gain < left) {
      left -= gain
      use += segs.use[j]!
    } else {
      return use + (segs.use[j]! * left) / gain
    }
  }
  return Infinity
}
