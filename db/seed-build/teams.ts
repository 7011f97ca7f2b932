import { join } from 'node:path'
import type { NationCode } from '../../shared/domain/geography'
import type { TeamCountPoint } from '../../shared/domain/model-data'
import type { SeedLa, SeedTeam } from '../seed-format'
import { fail, field, readCsv } from './read-shared'
import { FUNDING_UNKNOWN, TEAM_SPECS, type TeamSpec } from './team-specs'

const TEAM_NATIONS: Record<string, NationCode> = {
  England: 'E92000001',
  'England (assumed)': 'E92000001',
  Wales: 'W92000004',
  Scotland: 'S92000003',
  'Northern Ireland': 'N92000002',
}

/**
 * A year is taken when the source states it ("2021 (Dec)") or infers a single year from a dated
 * statement ("c.2016 (inferred: …)"); ranges, "unverified" and "unknown" stay null.
 */
export function parseEstablishedYear(text: string): number | null {
  const stated = /^(\d{4})(?![-\d])/.exec(text)
  if (stated) return Number(stated[1])
  const inferred = /^c\.(\d{4}) \(inferred/.exec(text)
  return inferred ? Number(inferred[1]) : null
}

export function buildTeams(sharedDir: string, las: SeedLa[]): SeedTeam[] {
  const laNames = new Map(las.map((la) => [la.code, la.name]))
  const rows = readCsv(join(sharedDir, 'domain'), 'teams.csv')
  const unused = new Set(Object.keys(TEAM_SPECS))
  const teams = rows.map((r, index): SeedTeam => {
    const name = field(r, 'name')
    const spec =
      TEAM_SPECS[name] ??
      fail(`teams.csv row ${index + 2} '${name}' has no mapping in team-specs.ts`)
    unused.delete(name)
    for (const [code, expected] of spec.las) {
      const actual =
        laNames.get(code) ?? fail(`team ${spec.id}: authority ${code} (${expected}) does not exist`)
      if (actual !== expected) fail(`team ${spec.id}: ${code} is '${actual}', not '${expected}'`)
    }
    const nationText = field(r, 'nation')
    const establishedText = field(r, 'established_year')
    return {
      id: spec.id,
      name,
      hostOrg: field(r, 'host_org'),
      nation: TEAM_NATIONS[nationText] ?? fail(`team ${spec.id}: unknown nation '${nationText}'`),
      areasText: field(r, 'areas_covered'),
      laCodes: spec.las.map(([code]) => code).sort(),
      establishedText,
      establishedYear: parseEstablishedYear(establishedText),
      closedYear: spec.closedYear ?? null,
      status: spec.status,
      statusText: field(r, 'status'),
      ageRange: field(r, 'age_range'),
      source: field(r, 'source'),
      providesCapacity: spec.providesCapacity,
      teamsRepresented: spec.teamsRepresented ?? 1,
      approximate: spec.approximationNote !== undefined,
      approximationNote: spec.approximationNote ?? null,
      hubTeamId: spec.hubTeamId ?? null,
      staffing: spec.staffing ?? null,
      capacityReason: spec.capacityReason,
      staffingNote: spec.staffingNote ?? null,
      ...fundingOf(spec),
    }
  })
  for (const t of teams) {
    if (t.fundedFrom && t.fundedTo && t.fundedFrom > t.fundedTo)
      fail(`team ${t.id}: funded from ${t.fundedFrom}, after it is funded to ${t.fundedTo}`)
  }
  if (unused.size > 0) fail(`team-specs.ts maps rows not in teams.csv: ${[...unused].join('; ')}`)
  const ids = new Set(teams.map((t) => t.id))
  if (ids.size !== teams.length) fail('team ids are not unique')
  for (const t of teams) {
    if (t.hubTeamId && !ids.has(t.hubTeamId))
      fail(`team ${t.id}: hub ${t.hubTeamId} does not exist`)
    if (t.providesCapacity && t.laCodes.length === 0)
      fail(`team ${t.id} provides capacity but has no areas`)
    if ((t.status === 'satellite') !== (t.hubTeamId !== null))
      fail(`team ${t.id}: satellite needs a hub`)
  }
  return teams
}

const RARE_JEWELS =
  'Rare Jewels, Parent Infant Partnership UK (Jun 2019) https://parentinfantfoundation.org.uk/our-work/campaigning/rare-jewels'

/** UK count of specialised teams over time (FACTS.md §1.1). */
export const TEAM_COUNTS: TeamCountPoint[] = [
  { date: '2019-06', count: 27, label: '27 teams', source: RARE_JEWELS, mark: 'S' },
  {
    date: '2021-04',
    count: 40,
    label: 'almost 40',
    source:
      'Parent-Infant Foundation, statement on the closure of NorPIP (29 Apr 2021) https://parentinfantfoundation.org.uk/statement-on-the-closure-of-norpip/',
    mark: 'S',
  },
  {
    date: '2022-01',
    count: 39,
    label: '39 teams',
    source:
      'Fylde Coast CCGs news (Jan 2022), citing the Parent-Infant Foundation https://www.fyldecoastccgs.nhs.uk/2022/01/parents-asked-about-the-bond-with-their-baby-to-set-up-new-service/',
    mark: 'S',
  },
  {
    date: '2022-11',
    count: 40,
    label: 'about 40',
    source: 'Cornwall Partnership NHS FT news, Thriving Together launch (Nov 2022)',
    mark: 'S',
  },
  {
    date: '2023-09',
    count: 45,
    label: '45 teams, plus 14 in development',
    source:
      "Parent-Infant Foundation, 'The Impact of Parent-Infant Relationship Teams' (26 Sep 2023) https://parentinfantfoundation.org.uk/new-report-highlights-true-impact-of-parent-infant-relationship-teams/",
    mark: 'S',
  },
  {
    // The page is undated; mid-2024 is our placement, hence the U mark.
    date: '2024-06',
    count: 46,
    label: '46 teams (undated page, c.2024)',
    source:
      "Parent-Infant Foundation, 'What is a parent-infant team' https://parentinfantfoundation.org.uk/our-work/what-is-a-parent-infant-team",
    mark: 'U',
  },
  {
    date: '2025-06',
    count: 49,
    label: '49 teams, many more in development',
    source:
      "Parent-Infant Foundation, 'Who is holding the baby?' (9 Jun 2025) https://parentinfantfoundation.org.uk/our-work/imhaw/who-is-holding-the-baby",
    mark: 'S',
  },
  {
    date: '2025-12',
    count: 51,
    label: '51 teams',
    source:
      "Parent-Infant Foundation, '2025 - celebrating success' (11 Dec 2025) https://parentinfantfoundation.org.uk/?p=10937",
    mark: 'S',
  },
]

function fundingOf(
  spec: TeamSpec,
): Pick<SeedTeam, 'fundedFrom' | 'fundedTo' | 'fundingMark' | 'fundingNote'> {
  const funding = spec.funding ?? FUNDING_UNKNOWN
  for (const month of [funding.from, funding.to]) {
    if (month !== undefined && !/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(month))
      fail(`team ${spec.id}: funding month '${month}' is not YYYY-MM`)
  }
  return {
    fundedFrom: funding.from ?? null,
    fundedTo: funding.to ?? null,
    fundingMark: funding.mark,
    fundingNote: funding.note,
  }
}
