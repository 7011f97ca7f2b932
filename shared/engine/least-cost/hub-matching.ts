import type { Problem } from './problem'

/**
 * Satellites matched to hubs with places. Supervision costs the same from any hub in reach, so
 * which hub a satellite has matters only through the places: a set of satellites is possible
 * exactly when a matching gives each one a hub in its list without any hub over its places
 * (bipartite b-matching, grown one satellite at a time by augmenting paths).
 */
export class HubMatcher {
  private readonly hubOf: Int32Array
  private readonly lists: (readonly number[] | null)[]
  private readonly occupants: number[][]
  private seen: Int32Array
  private stamp = 0

  constructor(
    private readonly slots: Int32Array,
    units: number,
  ) {
    this.hubOf = new Int32Array(units).fill(-1)
    this.lists = Array.from({ length: units }, () => null)
    this.occupants = Array.from({ length: slots.length }, () => [])
    this.seen = new Int32Array(slots.length)
  }

  /** Gives unit k a hub from its list, moving others if need be; false (nothing changed) if none can be found. */
  add(k: number, hubs: readonly number[]): boolean {
    this.lists[k] = hubs
    this.stamp++
    if (this.augment(k)) return true
    this.lists[k] = null
    return false
  }

  remove(k: number): void {
    const h = this.hubOf[k]!
    if (h < 0) return
    const list = this.occupants[h]!
    list.splice(list.indexOf(k), 1)
    this.hubOf[k] = -1
    this.lists[k] = null
  }

  hub(k: number): number {
    return this.hubOf[k]!
  }

  private augment(k: number): boolean {
    const hubs = this.lists[k]!
    for (const h of hubs) {
      if (this.occupants[h]!.length < this.slots[h]!) {
        this.assign(k, h)
        return true
      }
    }
    for (const h of hubs) {
      if (this.seen[h] === this.stamp) continue
      this.seen[h] = this.stamp
      for (const other of this.occupants[h]!) {
        if (this.augment(other)) {
          this.assign(k, h)
          return true
        }
      }
    }
    return false
  }

  private assign(k: number, h: number): void {
    const from = this.hubOf[k]!
    if (from >= 0) {
      const list = this.occupants[from]!
      list.splice(list.indexOf(k), 1)
    }
    this.occupants[h]!.push(k)
    this.hubOf[k] = h
  }
}

export interface HubAssignment {
  /** The hub team of each unit's satellite, -1 for none or where no place could be found. */
  hub: Int32Array
  /** Units whose satellite found no hub with a place. */
  unmatched: number[]
}

/**
 * A largest matching of the picks' satellites to hubs. Units with the fewest hubs go first, so
 * the assignment (and the hub each area is told of) does not depend on the search's path.
 */
export function matchHubs(p: Problem, picks: Int32Array): HubAssignment {
  const m = new HubMatcher(p.hubSlots, p.units.length)
  const sats: number[] = []
  p.units.forEach((u, k) => {
    if (picks[k]! >= 0 && u.choices[picks[k]!]!.hubs.length > 0) sats.push(k)
  })
  const hubsOf = (k: number) => p.units[k]!.choices[picks[k]!]!.hubs
  sats.sort((x, y) => hubsOf(x).length - hubsOf(y).length || x - y)
  const unmatched = sats.filter((k) => !m.add(k, hubsOf(k)))
  return { hub: Int32Array.from(p.units, (_, k) => m.hub(k)), unmatched }
}
