import type { Assumption, AssumptionKey } from '../domain/assumptions'
import type { ModelData, LaRecord, TeamRecord } from '../domain/model-data'
import type { Band, PayPoint } from '../domain/pay'

/**
 * A small synthetic snapshot for engine tests: one nation, two health bodies, five
 * authorities (one split between the health bodies, one whose estimates stop at mid-2022 and
 * has no deprivation index), five teams, and the real pay and NI tables from FACTS §3.2–3.3.
 * Deprivation: Alpha quintile 1, Bravo 2, Charlie 3, Echo 5; need is not weighted by default.
 *
 *   HB1 (E54000001): Alpha (E06000001), Bravo (E06000002), Echo 25% (E07000002)
 *   HB2 (E54000002): Charlie (E07000001), Echo 75%, Foxtrot (E06000003)
 *   Upper tier Delta County (E10000001) = Charlie + Echo
 */

export const CODES = {
  nation: 'E92000001',
  hb1: 'E54000001',
  hb2: 'E54000002',
  alpha: 'E06000001',
  bravo: 'E06000002',
  charlie: 'E07000001',
  echo: 'E07000002',
  foxtrot: 'E06000003',
  delta: 'E10000001',
} as const

export const DEFAULTS: Record<AssumptionKey, number> = {
  needRate: 0.07,
  familiesPerClinicalWte: 46,
  supervisionShare: 0.1,
  existingTeamFamiliesPerYear: 106,
  payUplift: 0.025,
  employerNiRate: 0.15,
  employerNiThreshold: 5000,
  employerPensionRate: 0.2378,
  nonPayOverhead: 0.2,
  setupCostStandard: 30000,
  setupCostSatellite: 0,
  productivityLagMonths: 6,
  traineeProductiveMonths: 12,
  traineeTrainedMonths: 24,
  traineeCaseloadShare: 0.5,
  // The miniature world's national supply never binds unless a test lowers it.
  nationalRecruitsPerYear: 10_000,
  satelliteMaxDistanceKm: 50,
  satelliteTherapists: 2,
  hubMaxSatellites: 1,
  standaloneMinScale: 0.5,
  // Below every fixture authority's need unless a test raises it.
  minAreaFamilies: 10,
  recruitmentSuccess: 1,
  birthsTrendPerYear: -0.01,
  // No weighting keeps the hand-worked need of the older tests; weighting tests set their own.
  deprivationNeedRatio: 1,
  gdpDeflator: 0.02,
  discountRate: 0.035,
}

/** FACTS §3.2: [entry, intermediate, top] by band, 2024/25 then 2025/26. */
const PAY: Record<Band, [number[], number[]]> = {
  '4': [
    [26530, 0, 29114],
    [27485, 0, 30162],
  ],
  '5': [
    [29970, 32324, 36483],
    [31049, 33487, 37796],
  ],
  '6': [
    [37338, 39405, 44962],
    [38682, 40823, 46580],
  ],
  '7': [
    [46148, 48526, 52809],
    [47810, 50273, 54710],
  ],
  '8a': [
    [53755, 56454, 60504],
    [55690, 58487, 62682],
  ],
  '8b': [
    [62215, 66246, 72293],
    [64455, 68631, 74896],
  ],
  '8c': [
    [74290, 78814, 85601],
    [76965, 81652, 88682],
  ],
  '8d': [
    [88168, 93572, 101677],
    [91342, 96941, 105337],
  ],
  '9': [
    [105385, 111740, 121271],
    [109179, 115763, 125637],
  ],
}

function payScales(): PayPoint[] {
  const points: PayPoint[] = []
  for (const [band, years] of Object.entries(PAY) as [Band, [number[], number[]]][]) {
    years.forEach(([entry, intermediate, top], k) => {
      points.push({
        band,
        fy: 2024 + k,
        entry: entry!,
        intermediate: intermediate ? intermediate : null,
        top: top!,
        mark: 'S',
        source: 'FACTS §3.2',
      })
    })
  }
  return points
}

const MID_YEARS = [2019, 2020, 2021, 2022, 2023, 2024]

function la(
  code: string,
  name: string,
  opts: {
    upperTier?: { code: string; name: string }
    healthBodies: { code: string; share: number }[]
    lat: number
    age0: (number | null)[]
    age1: (number | null)[]
    neighbours?: LaRecord['neighbours']
    familyHubs?: boolean
    deprivation?: LaRecord['deprivation']
  },
): LaRecord {
  return {
    code,
    name,
    nation: 'E92000001',
    region: { code: 'E12000002', name: 'North West' },
    upperTier: opts.upperTier ?? { code, name },
    healthBodies: opts.healthBodies,
    centroid: { lat: opts.lat, lon: -2 },
    age0: opts.age0,
    age1: opts.age1,
    neighbours: opts.neighbours ?? [],
    familyHubs: opts.familyHubs ?? false,
    deprivation: opts.deprivation ?? null,
  }
}

const delta = { code: CODES.delta, name: 'Delta County' }
const flat = (v: number) => MID_YEARS.map(() => v)

function team(
  id: string,
  name: string,
  laCodes: string[],
  extra: Partial<TeamRecord> = {},
): TeamRecord {
  return {
    id,
    name,
    hostOrg: 'Test host',
    nation: 'E92000001',
    areasText: laCodes.join('; '),
    laCodes,
    establishedText: '2020',
    establishedYear: 2020,
    closedYear: null,
    status: 'operating',
    statusText: 'operating',
    ageRange: 'conception to 2',
    source: 'Test fixture',
    providesCapacity: true,
    teamsRepresented: 1,
    approximate: false,
    approximationNote: null,
    hubTeamId: null,
    staffing: null,
    fundedFrom: null,
    fundedTo: null,
    fundingMark: 'A',
    fundingNote: '',
    ...extra,
  }
}

function assumptions(): Assumption[] {
  return (Object.entries(DEFAULTS) as [AssumptionKey, number][]).map(([key, value]) => ({
    key,
    label: key,
    description: `Test default for ${key}`,
    value,
    low: value,
    high: value,
    unit: 'share',
    mark: 'A',
    source: 'Test fixture',
    date: '2025',
  }))
}

/** England national projection stand-in: flat to mid-2024, then 1% fewer babies a year. */
function projection(): ModelData['projection'] {
  const points: ModelData['projection'] = []
  for (let midYear = 2019; midYear <= 2036; midYear++) {
    const f = 1 - 0.01 * Math.max(0, midYear - 2024)
    points.push({ midYear, births: 600_000 * f, age0: 600_000 * f, under2: 1_200_000 * f })
  }
  return points
}

export function makeFixture(): ModelData {
  return {
    dataVersion: 'test-fixture-1',
    // The hand-worked tests were written for FY2025/26 as the first modelled year.
    currentFy: 2025,
    observedMidYears: MID_YEARS,
    nations: [{ code: 'E92000001', name: 'England' }],
    healthBodies: [
      {
        code: CODES.hb1,
        nhsCode: 'QA1',
        name: 'NHS North Test ICB',
        type: 'ICB',
        nation: 'E92000001',
      },
      {
        code: CODES.hb2,
        nhsCode: 'QA2',
        name: 'NHS South Test ICB',
        type: 'ICB',
        nation: 'E92000001',
      },
    ],
    las: [
      la(CODES.alpha, 'Alpha', {
        healthBodies: [{ code: CODES.hb1, share: 1 }],
        lat: 54,
        age0: flat(1000),
        age1: flat(1050),
        neighbours: [{ code: CODES.bravo, distanceKm: 11, sharedBorderKm: 8 }],
        familyHubs: true,
        deprivation: {
          score: 32,
          quintile: 1,
          decile: 1,
          shareHigh: 0.5,
          shareMedium: 0.3,
          shareLow: 0.2,
        },
      }),
      la(CODES.bravo, 'Bravo', {
        healthBodies: [{ code: CODES.hb1, share: 1 }],
        lat: 54.1,
        age0: flat(2000),
        age1: flat(2100),
        neighbours: [{ code: CODES.alpha, distanceKm: 11, sharedBorderKm: 8 }],
        deprivation: {
          score: 24,
          quintile: 2,
          decile: 3,
          shareHigh: 0.25,
          shareMedium: 0.5,
          shareLow: 0.25,
        },
      }),
      la(CODES.charlie, 'Charlie', {
        upperTier: delta,
        healthBodies: [{ code: CODES.hb2, share: 1 }],
        lat: 54.5,
        age0: flat(3000),
        age1: flat(3100),
        deprivation: {
          score: 16,
          quintile: 3,
          decile: 5,
          shareHigh: 0,
          shareMedium: 0.5,
          shareLow: 0.5,
        },
      }),
      la(CODES.echo, 'Echo', {
        upperTier: delta,
        healthBodies: [
          { code: CODES.hb2, share: 0.75 },
          { code: CODES.hb1, share: 0.25 },
        ],
        // 44 km from Charlie: in reach of Charlie Team, beyond Alpha Team's.
        lat: 54.9,
        age0: flat(4000),
        age1: flat(4100),
        deprivation: {
          score: 0,
          quintile: 5,
          decile: 9,
          shareHigh: 0,
          shareMedium: 0,
          shareLow: 1,
        },
      }),
      la(CODES.foxtrot, 'Foxtrot', {
        healthBodies: [{ code: CODES.hb2, share: 1 }],
        // 11 km from Bravo and 33 km from Charlie: Alpha Team is nearest but has no place left.
        lat: 54.2,
        // Like Scotland and Northern Ireland: nothing published after mid-2022.
        age0: [500, 500, 500, 500, null, null],
        age1: [520, 520, 520, 520, null, null],
      }),
    ],
    teams: [
      team('alpha-team', 'Alpha Team', [CODES.alpha, CODES.bravo]),
      team('charlie-team', 'Charlie Team', [CODES.charlie], {
        staffing: [
          { title: 'Specialist health visitor', band: '7', wte: 2, clinical: true },
          { title: 'Administrator', band: '4', wte: 1, clinical: false },
        ],
      }),
      team('floating-team', 'Floating Team', []),
      team('closed-team', 'Closed Team', [CODES.echo], {
        status: 'closed',
        providesCapacity: false,
        closedYear: 2021,
      }),
      team('bravo-satellite', 'Bravo satellite of Alpha Team', [CODES.bravo], {
        status: 'satellite',
        hubTeamId: 'alpha-team',
        staffing: [{ title: 'Parent-infant therapist', band: '6', wte: 2, clinical: true }],
      }),
    ],
    teamCounts: [
      { date: '2019-06', count: 5, label: 'Jun 2019', source: 'Test', mark: 'S' },
      { date: '2025-12', count: 10, label: 'Dec 2025', source: 'Test', mark: 'S' },
    ],
    assumptions: assumptions(),
    payScales: payScales(),
    employerNi: [
      { fromFy: 2024, rate: 0.138, threshold: 9100, mark: 'S', source: 'HMRC' },
      { fromFy: 2025, rate: 0.15, threshold: 5000, mark: 'S', source: 'HMRC' },
    ],
    templates: [
      {
        id: 'standard',
        label: 'Standard team',
        roles: [
          { title: 'Clinical lead', band: '8c', wte: 1, clinical: true },
          { title: 'Parent-infant psychotherapist', band: '8a', wte: 1, clinical: true },
          { title: 'Clinical psychologist', band: '8a', wte: 1, clinical: true },
          { title: 'Specialist health visitor', band: '7', wte: 1, clinical: true },
          { title: 'Parent-infant therapist', band: '6', wte: 1, clinical: true },
          { title: 'Family practitioner', band: '4', wte: 1, clinical: true },
          { title: 'Administrator', band: '4', wte: 1, clinical: false },
        ],
        hubRoles: [],
        mark: 'A',
        source: 'FACTS §2.3',
      },
      {
        id: 'satellite',
        label: 'Satellite',
        roles: [{ title: 'Parent-infant therapist', band: '6', wte: 2, clinical: true }],
        hubRoles: [{ title: 'Hub supervision', band: '8a', wte: 0.2, clinical: false }],
        mark: 'S',
        source: 'FACTS §2.2',
      },
    ],
    projection: projection(),
    nationTrends: [],
  }
}

/** One shared instance, so the engine's per-snapshot indexes are reused across tests. */
export const fixture = makeFixture()
