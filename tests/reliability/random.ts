/** A seeded generator (mulberry32), so a failing run can be replayed with the same seed. */
export type Random = () => number

export function seeded(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A generator of its own for each (seed, part…), so one part's draws do not shift another's. */
export const derived = (seed: number, ...parts: number[]): Random =>
  seeded(parts.reduce((s, p) => Math.imul(s ^ p, 0x9e3779b1) >>> 0, seed >>> 0))

export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!

export const between = (random: Random, min: number, max: number) =>
  Math.floor(min + random() * (max - min + 1))
