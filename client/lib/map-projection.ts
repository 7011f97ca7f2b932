/**
 * A small projection for the coverage map: equirectangular, with longitude scaled by the cosine
 * of the middle latitude of what is shown (about 0.57 for the UK), which keeps the shapes of areas
 * the size of a nation true enough for a choropleth. It works on planar coordinates, so unlike a
 * spherical projection it does not care which way polygon rings wind. Pure, for tests.
 */

export type Position = readonly number[]
export type Ring = readonly Position[]

export interface BoundaryFeature {
  type: 'Feature'
  properties: { code: string; name: string }
  geometry:
    | { type: 'Polygon'; coordinates: readonly Ring[] }
    | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] }
}

export interface BoundaryCollection {
  type: 'FeatureCollection'
  features: BoundaryFeature[]
}

export interface Bounds {
  west: number
  east: number
  south: number
  north: number
}

export interface Fitted {
  width: number
  height: number
  project: (lon: number, lat: number) => [number, number]
}

function polygons(feature: BoundaryFeature): readonly (readonly Ring[])[] {
  return feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates]
    : feature.geometry.coordinates
}

/** Longitude/latitude bounds of features (outer rings are enough: holes lie inside them). */
export function boundsOf(features: readonly BoundaryFeature[]): Bounds | null {
  let west = Infinity
  let east = -Infinity
  let south = Infinity
  let north = -Infinity
  for (const feature of features) {
    for (const polygon of polygons(feature)) {
      for (const [lon, lat] of polygon[0] ?? []) {
        if (lon === undefined || lat === undefined) continue
        if (lon < west) west = lon
        if (lon > east) east = lon
        if (lat < south) south = lat
        if (lat > north) north = lat
      }
    }
  }
  return west <= east && south <= north ? { west, east, south, north } : null
}

export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north
}

/**
 * Fits bounds inside a box of at most maxWidth × maxHeight with `padding` on every side, and
 * returns the box actually used (the other side shrinks to the shape) and the projection.
 */
export function fitBounds(
  bounds: Bounds,
  maxWidth: number,
  maxHeight: number,
  padding = 8,
): Fitted {
  const k = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180)
  const dx = Math.max((bounds.east - bounds.west) * k, 1e-6)
  const dy = Math.max(bounds.north - bounds.south, 1e-6)
  const scale = Math.min((maxWidth - 2 * padding) / dx, (maxHeight - 2 * padding) / dy)
  const width = Math.round(dx * scale + 2 * padding)
  const height = Math.round(dy * scale + 2 * padding)
  return {
    width,
    height,
    project: (lon, lat) => [
      padding + (lon - bounds.west) * k * scale,
      padding + (bounds.north - lat) * scale,
    ],
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * SVG path data for a feature: one closed subpath per ring, at 0.1 px, skipping points that
 * round onto the one before. Draw with fill-rule evenodd so holes stay holes whichever way they wind.
 */
export function pathData(feature: BoundaryFeature, project: Fitted['project']): string {
  const parts: string[] = []
  for (const polygon of polygons(feature)) {
    for (const ring of polygon) {
      const points: string[] = []
      for (const [lon, lat] of ring) {
        if (lon === undefined || lat === undefined) continue
        const [x, y] = project(lon, lat)
        const point = `${round1(x)} ${round1(y)}`
        if (point !== points[points.length - 1]) points.push(point)
      }
      // The closing point repeats the first; Z closes the ring instead.
      if (points.length > 1 && points[0] === points[points.length - 1]) points.pop()
      if (points.length >= 3) parts.push(`M${points.join('L')}Z`)
    }
  }
  return parts.join('')
}
