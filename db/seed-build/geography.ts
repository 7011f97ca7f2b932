import { NATIONS, type HealthBodyType, type NationCode } from '../../shared/domain/geography'
import type { SeedGeography, SeedLa, SeedNeighbours, SeedPopulation } from '../seed-format'
import { familyHubsUpperTiers } from './family-hubs'
import { fail, field, int, intOrNull, num, readCsv } from './read-shared'

export const MID_YEARS = [2019, 2020, 2021, 2022, 2023, 2024]

const NATION_BY_NAME = new Map<string, NationCode>(NATIONS.map((n) => [n.name, n.code]))

export function nationCode(name: string): NationCode {
  return NATION_BY_NAME.get(name) ?? fail(`unknown nation '${name}'`)
}

const BODY_TYPE: Record<string, HealthBodyType> = {
  ICB: 'ICB',
  'Health Board': 'Health board',
  'Local Health Board': 'Local health board',
  'Health and Social Care Trust': 'HSC trust',
}

// The lookup leaves the Southern trust's name blank.
const MISSING_BODY_NAMES: Record<string, string> = {
  SHSCT: 'Southern Health and Social Care Trust',
}

const byCode = <T extends { code: string }>(a: T, b: T) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0

export function buildGeography(dataDir: string): SeedGeography {
  const lookup = readCsv(dataDir, 'la_health_geography_lookup_2024.csv')
  const shares = readCsv(dataDir, 'lad_to_sicbl_icb_england_2024_lsoa_shares.csv')
  const icbs = readCsv(dataDir, 'icb_list_england_2024.csv')
  const centroids = new Map(
    readCsv(dataDir, 'la_centroids_lad2024.csv').map((r) => [field(r, 'lad24cd'), r]),
  )

  const healthBodies = new Map<string, SeedGeography['healthBodies'][number]>()
  for (const r of icbs) {
    const code = field(r, 'icb24cd')
    healthBodies.set(code, {
      code,
      nhsCode: field(r, 'icb24cdh'),
      name: field(r, 'icb24nm'),
      type: 'ICB',
      nation: 'E92000001',
    })
  }
  for (const r of lookup) {
    const type =
      BODY_TYPE[field(r, 'health_body_type')] ??
      fail(`health body type ${field(r, 'health_body_type')}`)
    if (type === 'ICB') continue
    const code = field(r, 'health_body_code')
    const name =
      field(r, 'health_body_name') || MISSING_BODY_NAMES[code] || fail(`no name for ${code}`)
    healthBodies.set(code, {
      code,
      nhsCode: null,
      name,
      type,
      nation: nationCode(field(r, 'nation')),
    })
  }

  // England: apportion by count of 2021 LSOAs in each ICB (summed over sub-ICB locations).
  const lsoasByLa = new Map<string, Map<string, number>>()
  for (const r of shares) {
    const la = field(r, 'lad24cd')
    const icb = field(r, 'icb24cd')
    if (!healthBodies.has(icb)) fail(`ICB ${icb} in the shares file is not in the ICB list`)
    const counts = lsoasByLa.get(la) ?? new Map<string, number>()
    counts.set(icb, (counts.get(icb) ?? 0) + int(r, 'lsoa21_count'))
    lsoasByLa.set(la, counts)
  }

  const regions = new Map<string, string>()
  const upperTiers = new Map<string, { code: string; name: string; nation: NationCode }>()
  const las: SeedLa[] = []
  for (const r of lookup) {
    const code = field(r, 'lad24cd')
    const nation = nationCode(field(r, 'nation'))
    const region = field(r, 'rgn24cd') || null
    if (region) regions.set(region, field(r, 'rgn24nm'))
    const upperTier = field(r, 'utla23cd')
    upperTiers.set(upperTier, { code: upperTier, name: field(r, 'utla23nm'), nation })
    const primary = field(r, 'health_body_code')
    let bodies: SeedLa['healthBodies']
    if (nation === 'E92000001') {
      const counts = lsoasByLa.get(code) ?? fail(`no ICB shares for ${code}`)
      const total = [...counts.values()].reduce((a, b) => a + b, 0)
      bodies = [...counts]
        .map(([icb, n]) => ({ code: icb, share: n / total, lsoaCount: n }))
        // East Suffolk is split 50/50: the lookup's primary ICB goes first on a tie.
        .sort((a, b) => b.share - a.share || (a.code === primary ? -1 : b.code === primary ? 1 : 0))
      if (bodies[0]?.code !== primary)
        fail(`${code}: largest ICB share is not the lookup's primary ICB`)
      if (bodies.length !== int(r, 'n_icbs')) fail(`${code}: ICB count differs from the lookup`)
    } else {
      if (!healthBodies.has(primary)) fail(`${code}: unknown health body ${primary}`)
      bodies = [{ code: primary, share: 1, lsoaCount: null }]
    }
    const c = centroids.get(code) ?? fail(`no centroid for ${code}`)
    las.push({
      code,
      name: field(r, 'lad24nm'),
      nation,
      region,
      upperTier,
      centroid: { lat: num(c, 'centroid_lat'), lon: num(c, 'centroid_long') },
      insidePoint: { lat: num(c, 'inside_point_lat'), lon: num(c, 'inside_point_long') },
      areaKm2: num(c, 'area_km2_buc'),
      mappingQuality: field(r, 'mapping_quality'),
      healthBodies: bodies,
    })
  }
  if (lsoasByLa.size !== las.filter((l) => l.nation === 'E92000001').length) {
    fail('the shares file and the lookup list different English authorities')
  }

  const hubs = familyHubsUpperTiers(
    [...upperTiers.values()].filter((u) => u.nation === 'E92000001'),
  )
  return {
    nations: NATIONS.map((n) => ({ code: n.code, name: n.name })),
    regions: [...regions].map(([code, name]) => ({ code, name })).sort(byCode),
    upperTiers: [...upperTiers.values()]
      .map((u) => ({ ...u, familyHubs: hubs.has(u.code) }))
      .sort(byCode),
    healthBodies: [...healthBodies.values()].sort(byCode),
    las: las.sort(byCode),
  }
}

export function buildPopulation(dataDir: string, laCodes: Set<string>): SeedPopulation {
  const rows = readCsv(dataDir, 'under2_population_by_lad2023_mid2019_2024.csv').map((r) => {
    const la = field(r, 'lad23cd')
    if (!laCodes.has(la)) fail(`population row for unknown authority ${la}`)
    return {
      la,
      age0: MID_YEARS.map((y) => intOrNull(r, `age0_${y}`)),
      age1: MID_YEARS.map((y) => intOrNull(r, `age1_${y}`)),
      allAges: MID_YEARS.map((y) => intOrNull(r, `all_ages_${y}`)),
    }
  })
  if (rows.length !== laCodes.size)
    fail(`population has ${rows.length} authorities, not ${laCodes.size}`)
  rows.sort((a, b) => (a.la < b.la ? -1 : 1))
  return { midYears: MID_YEARS, rows }
}

export function buildNeighbours(dataDir: string, laCodes: Set<string>): SeedNeighbours {
  const rows = readCsv(dataDir, 'la_adjacency_lad2024.csv').map(
    (r): SeedNeighbours['rows'][number] => {
      const la = field(r, 'lad24cd')
      const neighbour = field(r, 'neighbour_lad24cd')
      if (!laCodes.has(la) || !laCodes.has(neighbour))
        fail(`adjacency ${la}–${neighbour}: unknown authority`)
      return [la, neighbour, num(r, 'centroid_distance_km'), num(r, 'shared_border_km')]
    },
  )
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2] || (a[1] < b[1] ? -1 : 1)))
  return { rows }
}
