import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fail } from './read-shared'

type Position = number[]
type Ring = Position[]
type Polygon = Ring[]

interface Feature {
  type: 'Feature'
  properties: { LAD24CD: string; LAD24NM: string }
  geometry:
    { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] }
}

const round3 = (n: number) => Math.round(n * 1000) / 1000

/** Rounds to 3 dp (~100 m, plenty for a choropleth) and drops points and rings that collapse. */
function simplifyRing(ring: Ring): Ring | null {
  const out: Ring = []
  for (const [x, y] of ring) {
    const point = [round3(x!), round3(y!)]
    const last = out[out.length - 1]
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point)
  }
  const first = out[0]
  const last = out[out.length - 1]
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first])
  return out.length >= 4 ? out : null
}

function simplifyPolygon(polygon: Polygon): Polygon | null {
  const [outer, ...holes] = polygon
  const shell = outer ? simplifyRing(outer) : null
  if (!shell) return null
  return [shell, ...holes.map(simplifyRing).filter((r): r is Ring => r !== null)]
}

export function buildBoundaries(dataDir: string, laCodes: Set<string>): string {
  const parsed = JSON.parse(readFileSync(join(dataDir, 'lad_may2024_uk_buc.geojson'), 'utf8')) as {
    features: Feature[]
  }
  const features = parsed.features.map((f) => {
    const code = f.properties.LAD24CD
    if (!laCodes.has(code)) fail(`boundary for unknown authority ${code}`)
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    const kept = polygons.map(simplifyPolygon).filter((p): p is Polygon => p !== null)
    if (kept.length === 0) fail(`boundary of ${code} vanished when rounded`)
    return {
      type: 'Feature',
      properties: { code, name: f.properties.LAD24NM },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    }
  })
  if (features.length !== laCodes.size)
    fail(`${features.length} boundaries for ${laCodes.size} authorities`)
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1))
  // One feature per line keeps diffs readable.
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`
}
