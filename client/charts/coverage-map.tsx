/**
 * The coverage map: local authorities as SVG paths, filled by coverage band. Loaded lazily (its
 * own chunk), and it fetches the boundaries (GET /api/boundaries.geojson, cached by the browser for
 * a day) only when it renders, so the rest of the page never waits for half a megabyte of shapes.
 *
 * The drawing is hidden from assistive technology: the section around it gives the same facts in
 * words and in a ranked table. Authorities outside the area but inside the frame, and those only
 * a small part of which lies in it (under half), are hatched for context; for the UK every one of
 * the 361 authorities is in scope.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { coverageBand, OUTSIDE_HATCH, OUTSIDE_STROKE } from '../lib/coverage-bands'
import { formatPercent } from '../lib/format'
import {
  boundsIntersect,
  boundsOf,
  fitBounds,
  pathData,
  type BoundaryCollection,
  type BoundaryFeature,
} from '../lib/map-projection'

export interface MapArea {
  code: string
  name: string
  coverage: number
  /** Share of the authority inside the area shown (below 1 for authorities split between health bodies). */
  share: number
}

interface CoverageMapProps {
  areas: readonly MapArea[]
}

const MAX_WIDTH = 560
const MAX_HEIGHT = 720

async function fetchBoundaries(): Promise<BoundaryCollection> {
  const response = await fetch('/api/boundaries.geojson')
  if (!response.ok) throw new Error(`The map boundaries could not be loaded (${response.status}).`)
  return (await response.json()) as BoundaryCollection
}

export default function CoverageMap({ areas }: CoverageMapProps) {
  const boundaries = useQuery({
    queryKey: ['boundaries'],
    queryFn: fetchBoundaries,
    staleTime: Infinity,
  })
  const drawing = useMemo(
    () => (boundaries.data ? draw(boundaries.data.features, areas) : null),
    [boundaries.data, areas],
  )

  if (boundaries.isError) {
    return (
      <div className="app-map__message">
        <p>The map could not be loaded. The table below has the same figures.</p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
          onClick={() => void boundaries.refetch()}
        >
          Try the map again
        </button>
      </div>
    )
  }
  if (!drawing) return <div className="app-map__placeholder" />
  return (
    <svg
      className="app-map__svg"
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      aria-hidden="true"
      focusable="false"
    >
      {drawing.context.length ? (
        <defs>
          <pattern
            id="app-map-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={OUTSIDE_HATCH} strokeWidth="2" />
          </pattern>
        </defs>
      ) : null}
      {drawing.context.map((p) => (
        <path
          key={p.code}
          d={p.d}
          fill={p.fill}
          stroke={OUTSIDE_STROKE}
          strokeWidth={0.5}
          fillRule="evenodd"
          vectorEffect="non-scaling-stroke"
          className="app-map__context"
        />
      ))}
      {drawing.inScope.map((p) => (
        <path
          key={p.code}
          d={p.d}
          fill={p.fill}
          stroke="#768692"
          strokeWidth={0.5}
          fillRule="evenodd"
          vectorEffect="non-scaling-stroke"
          className="app-map__area"
          data-code={p.code}
        >
          <title>{p.title}</title>
        </path>
      ))}
    </svg>
  )
}

interface DrawnPath {
  code: string
  d: string
  fill: string
  title: string
}

/** Authorities with less than this share inside the area are context, not part of the picture. */
const CORE_SHARE = 0.5

function draw(features: readonly BoundaryFeature[], areas: readonly MapArea[]) {
  // Only authorities mostly inside the area are coloured and framed, so a sliver of a big
  // neighbour (3% of Cumberland is in Lancashire and South Cumbria) neither shows as a gap of
  // its own nor shrinks the map to fit it; the table lists it with its share.
  const core = new Map(areas.filter((a) => a.share >= CORE_SHARE).map((a) => [a.code, a]))
  const all = new Set(areas.map((a) => a.code))
  const framed = features.filter((f) => core.has(f.properties.code))
  const frame = boundsOf(
    framed.length ? framed : features.filter((f) => all.has(f.properties.code)),
  )
  if (!frame) return null
  const fitted = fitBounds(frame, MAX_WIDTH, MAX_HEIGHT)
  // Neighbours reaching into the frame (with a margin for the padding) are drawn for context.
  const margin = Math.max(frame.east - frame.west, frame.north - frame.south) * 0.05
  const view = {
    west: frame.west - margin,
    east: frame.east + margin,
    south: frame.south - margin,
    north: frame.north + margin,
  }
  const context: DrawnPath[] = []
  const scoped: DrawnPath[] = []
  for (const feature of features) {
    const area = core.get(feature.properties.code)
    if (!area) {
      const bounds = boundsOf([feature])
      if (!bounds || !boundsIntersect(bounds, view)) continue
      const d = pathData(feature, fitted.project)
      context.push({ code: feature.properties.code, d, fill: 'url(#app-map-hatch)', title: '' })
      continue
    }
    const band = coverageBand(area.coverage)
    scoped.push({
      code: area.code,
      d: pathData(feature, fitted.project),
      fill: band.fill,
      title: `${area.name}: ${formatPercent(area.coverage)} capacity coverage (${band.label})`,
    })
  }
  return { width: fitted.width, height: fitted.height, context, inScope: scoped }
}
