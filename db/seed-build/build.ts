import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { SEED_FILES, type SeedBundle, type SeedManifest } from '../seed-format'
import { checkedAssumptions } from './assumptions'
import { buildBirths } from './births'
import { buildBoundaries } from './boundaries'
import { buildDeprivation } from './deprivation'
import { buildGeography, buildNeighbours, buildPopulation } from './geography'
import { EMPLOYER_NI, PAY_SCALES, TEMPLATES } from './pay'
import { buildNationTrends } from './nation-trends'
import { fail } from './read-shared'
import { SOURCES } from './sources'
import { buildTeams, TEAM_COUNTS } from './teams'
import { seedJson } from './write-json'

/** The date the seed content was fixed; bump it with the data, not on every build. */
export const SEED_DATE = '2026-12-03'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

/** Builds every seed file from ../shared, returning file name → contents (nothing is written). */
export function buildSeed(sharedDir: string): Map<string, string> {
  const dataDir = join(sharedDir, 'data')
  const geography = buildGeography(dataDir)
  const laCodes = new Set(geography.las.map((la) => la.code))
  const population = buildPopulation(dataDir, laCodes)
  checkCalibration(population)
  const births = buildBirths(dataDir, laCodes)
  const nationOf = new Map(geography.las.map((la) => [la.code, la.nation as string]))

  const parts: Omit<SeedBundle, 'manifest'> = {
    geography,
    population,
    neighbours: buildNeighbours(dataDir, laCodes),
    births: { ...births, nationTrends: buildNationTrends(births, population, nationOf) },
    teams: { teams: buildTeams(sharedDir, geography.las), teamCounts: TEAM_COUNTS },
    reference: {
      assumptions: checkedAssumptions(),
      payScales: PAY_SCALES,
      employerNi: EMPLOYER_NI,
      templates: TEMPLATES,
    },
    sources: { sources: SOURCES },
    deprivation: buildDeprivation(dataDir, laCodes),
  }

  const files = new Map<string, string>()
  for (const [key, value] of Object.entries(parts)) {
    files.set(SEED_FILES[key as keyof typeof parts], seedJson(value))
  }
  files.set(SEED_FILES.boundaries, buildBoundaries(dataDir, laCodes))

  const hashes: Record<string, string> = {}
  for (const name of [...files.keys()].sort()) hashes[name] = sha(files.get(name)!).slice(0, 16)
  const contentHash = sha(JSON.stringify(hashes)).slice(0, 8)
  const manifest: SeedManifest = {
    dataVersion: `seed-${SEED_DATE}-${contentHash}`,
    label: `Default dataset: public statistics to mid-2024 and known teams (${SEED_DATE})`,
    date: SEED_DATE,
    source: 'Built by db/scripts/build-seed.ts from ../shared/data and ../shared/domain',
    files: hashes,
  }
  files.set(SEED_FILES.manifest, `${JSON.stringify(manifest, null, 2)}\n`)
  return files
}

/** The published UK total at mid-2022 (SOURCES.md checks); a mismatch means a broken input. */
function checkCalibration(population: SeedBundle['population']) {
  const index = population.midYears.indexOf(2022)
  let total = 0
  for (const row of population.rows) total += (row.age0[index] ?? NaN) + (row.age1[index] ?? NaN)
  if (total !== 1_384_780) fail(`UK under-2s at mid-2022 sum to ${total}, not 1,384,780`)
}
