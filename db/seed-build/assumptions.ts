import { ASSUMPTION_KEYS } from '../../shared/domain/assumptions'
import { OGL } from '../../shared/domain/provenance'
import type { SeedReference } from '../seed-format'
import { fail } from './read-shared'

type SeedAssumption = Omit<SeedReference['assumptions'][number], 'licence'>

const FACTS = 'Coverage 2030 research notes (FACTS.md)'
const PIF_ASK =
  'Parent-Infant Foundation response to the Health and Social Care Committee (22 Jan 2026): £73m a year for 39,200 babies'
const HMRC = 'HMRC employer National Insurance rates, summarised in payroll guides'
const NHS_PENSIONS =
  "NHS Employers 'employer contributions from April 2024'; NHSBSA employer contribution rates 2024/25"

/** Model defaults (FACTS.md §2.3, §2.4, §3, §5, §6). The engine team relies on these values. */
export const ASSUMPTIONS: SeedAssumption[] = [
  {
    key: 'needRate',
    label: 'Families needing a specialised team',
    description:
      'Share of babies born each year whose families need a specialised parent-infant relationship team. Need = births × this share.',
    value: 0.07,
    low: 0.04,
    high: 0.1,
    unit: 'share',
    mark: 'I',
    source: `Central: ${PIF_ASK}: 39,200 ÷ about 563,000 births in England ≈ 7% (FACTS.md §1.4, §2.3). Low: the Centre for Mental Health costed expansion to 28,800 families a year ≈ 4% of UK births (§1.4). High: at least 10% of babies at risk of disorganised attachment (government estimate cited by PIF, §2.4)`,
    date: '2026',
    url: null,
  },
  {
    key: 'familiesPerClinicalWte',
    label: 'Families seen per clinical WTE',
    description:
      'Families one full-time clinician would see in a year without supervision time; the supervision share is taken off separately. Derived from what teams actually do: about 106 families a year per team (86–127) with about 4 clinical WTE (an assumption from the team examples), so 106 ÷ 4 ÷ 90% ≈ 29.4 (about 26.5 families per clinician after supervision). A standard team of 6 clinical WTE then sees about 159 families a year. It is drawn together with the families an existing team sees, never separately.',
    value: 29.44,
    low: 23.89,
    high: 35.28,
    unit: 'families per WTE per year',
    mark: 'I',
    source: `${FACTS} §1.4: 4,400–6,500 families a year across about 51 teams (Centre for Mental Health, Feb 2026) = 86–127 per team [I]; §2.2: observed teams have 3–5 clinicians (LivPIP 4, Lambeth PAIRS 5, Mini Minds Matter 3), so 4 clinical WTE [A]; ÷ (1 − 10% supervision)`,
    date: '2026',
    url: null,
  },
  {
    key: 'supervisionShare',
    label: 'Supervision and reflective practice',
    description:
      'Share of clinical time spent in clinical supervision, reflective practice and training, so not available for families.',
    value: 0.1,
    low: 0.05,
    high: 0.15,
    unit: 'share',
    mark: 'A',
    source: `${FACTS} §5: PIF supervision standard of 1 hour a week for practitioners with under 3 years' experience with under-2s. Not drawn in the ranges: observed throughput already includes supervision time`,
    date: '2019',
    url: 'https://parentinfantfoundation.org.uk/tools/self-audit-tool',
  },
  {
    key: 'existingTeamFamiliesPerYear',
    label: 'Families seen by an existing team',
    description:
      'Families a year seen by a team whose staffing is unknown: the average over all UK teams. The same evidence sets the families seen per clinical WTE, so the ranges draw the two together.',
    value: 106,
    low: 86,
    high: 127,
    unit: 'families per team per year',
    mark: 'I',
    source:
      "Centre for Mental Health, 'Why babies' first relationships matter' (Feb 2026): 4,400–6,500 families a year across about 51 teams",
    date: 'Feb 2026',
    url: 'http://www.centreformentalhealth.org.uk/publications/why-babies-first-relationships-matter',
  },
  {
    key: 'payUplift',
    label: 'Annual pay award',
    description:
      'Yearly rise in Agenda for Change pay after 2025/26, between the 2.5% the government proposed for England in 2026/27 and the 3.6% awarded in 2025/26 (5.5% in 2024/25). Later years are assumed to follow it.',
    value: 0.03,
    low: 0.02,
    high: 0.04,
    unit: 'share per year',
    mark: 'A',
    source: `${FACTS} §3.2: awards 5.5% (2024/25) and 3.6% (2025/26) [S]; DHSC evidence proposed 2.5% for England in 2026/27 [S]; Scotland agreed 3.75% for 2026/27 [S]; low 2% a real-terms freeze at the inflation target; beyond 2026/27 assumed`,
    date: '2026/27',
    url: null,
  },
  {
    key: 'employerNiRate',
    label: 'Employer National Insurance rate',
    description: 'Employer National Insurance on earnings above the threshold, from 6 April 2025.',
    value: 0.15,
    low: 0.138,
    high: 0.15,
    unit: 'share',
    mark: 'S',
    source: `${HMRC}; 13.8% applied in 2024/25`,
    date: '2025/26',
    url: null,
  },
  {
    key: 'employerNiThreshold',
    label: 'Employer National Insurance threshold',
    description: 'Yearly earnings per employee below which no employer National Insurance is due.',
    value: 5000,
    low: 5000,
    high: 9100,
    unit: 'GBP per year',
    mark: 'S',
    source: `${HMRC}; £9,100 applied in 2024/25`,
    date: '2025/26',
    url: null,
  },
  {
    key: 'employerPensionRate',
    label: 'Employer pension contribution',
    description:
      'NHS Pension Scheme employer contribution: 23.7% plus a 0.08% levy (full cost). NHS employers pay 14.38% locally and NHS England funds the rest centrally; local authorities are invoiced the full rate.',
    value: 0.2378,
    low: 0.1438,
    high: 0.2378,
    unit: 'share',
    mark: 'S',
    source: NHS_PENSIONS,
    date: 'from 1 Apr 2024',
    url: null,
  },
  {
    key: 'nonPayOverhead',
    label: 'Non-pay overhead',
    description:
      'Estates, IT, travel, training, supervision and management, as a share of pay. No published figure was found.',
    value: 0.2,
    low: 0.15,
    high: 0.3,
    unit: 'share',
    mark: 'A',
    source: `${FACTS} §3.3: no sourced figure found`,
    date: '2026',
    url: null,
  },
  {
    key: 'setupCostStandard',
    label: 'Set-up cost of a standard team',
    description:
      'One-off cost of starting a standard team: recruitment, equipment and initial training.',
    value: 30000,
    low: 15000,
    high: 50000,
    unit: 'GBP',
    mark: 'A',
    source: `${FACTS} §7: no published set-up cost found`,
    date: '2026',
    url: null,
  },
  {
    key: 'setupCostSatellite',
    label: 'Set-up cost of a satellite',
    description:
      'One-off cost of starting a satellite. Recruit-to-train training is funded nationally through the NHS England IEYP-PI programme, so the default is nothing.',
    value: 0,
    low: 0,
    high: 10000,
    unit: 'GBP',
    mark: 'A',
    source: `${FACTS} §5: NHS England funds IEYP-PI trainee salary and training`,
    date: '2025/26',
    url: null,
  },
  {
    key: 'productivityLagMonths',
    label: 'Months before a new post sees families',
    description:
      'A new post is paid from its start but only adds capacity after this many months (recruitment and induction).',
    value: 6,
    low: 3,
    high: 12,
    unit: 'months',
    mark: 'A',
    source: `${FACTS} §5: no sourced time to recruit; recruit-to-train practitioners productive after about 12 months`,
    date: '2026',
    url: null,
  },
  {
    key: 'traineeProductiveMonths',
    label: 'Months before a recruit-to-train post sees families',
    description:
      'A recruit-to-train practitioner studies 2.5 days a week in the first year (the NHS England IEYP-PI trainee year) and sees families on their own caseload after this many months.',
    value: 12,
    low: 9,
    high: 18,
    unit: 'months',
    mark: 'A',
    source: `${FACTS} §5: IEYP-PI trainee posts are 1-year fixed term with 2.5 days study a week [S]; productive after 12 months is the notes' suggested default`,
    date: '2026',
    url: null,
  },
  {
    key: 'traineeTrainedMonths',
    label: 'Months until a recruit-to-train post is fully trained',
    description:
      'After this many months a recruit-to-train practitioner carries a full caseload and is paid at the post’s own band; before it they are paid at the trainee band.',
    value: 24,
    low: 18,
    high: 36,
    unit: 'months',
    mark: 'A',
    source: `${FACTS} §5: the British Psychotherapy Foundation parent-infant psychotherapy training is 2 years part-time [S]; fully trained after 24 months is the notes' suggested default`,
    date: '2026',
    url: null,
  },
  {
    key: 'traineeCaseloadShare',
    label: 'Caseload of a practitioner still in training',
    description:
      'Share of a full caseload a recruit-to-train practitioner carries between becoming productive and being fully trained, while still studying part of the week.',
    value: 0.5,
    low: 0.3,
    high: 0.8,
    unit: 'share',
    mark: 'A',
    source: `${FACTS} §5: trainees study 2.5 of 5 days a week (IEYP-PI) [S]; no source gives the caseload in the second year, so half is assumed`,
    date: '2026',
    url: null,
  },
  {
    key: 'nationalRecruitsPerYear',
    label: 'New clinical staff the UK can bring into teams a year',
    description:
      'The most new clinical WTE (qualified and recruit-to-train) that parent-infant teams across the UK can recruit in one year, given the national skill shortage. A UK or nation plan may start no more than its share by births each year; a health body or council plan is compared with its share but not held to it, as one area can recruit faster than its share if others do not.',
    value: 65,
    low: 15,
    high: 300,
    unit: 'WTE per year',
    mark: 'A',
    source: `${FACTS} §1.1, §3.1 and §5: no source counts the workforce that could join, so the evidence is thin. Low: the growth seen with no national programme, 27 teams (2019) to 51 (2025), about 3.7 teams a year of about 4 clinicians, 15 WTE a year [I]. High: the pace of PIF's 2025/26 ask, a team in each of England's 153 upper-tier authorities by 2028/29, about 42 more teams a year of 6 clinical WTE, 250 a year for England and 300 for the UK by births [I]. The default is the geometric middle of the two`,
    date: '2026',
    url: null,
  },
  {
    key: 'satelliteMaxDistanceKm',
    label: 'Furthest distance from a hub team',
    description:
      'A satellite is only offered where a hub team works within this straight-line distance (between authority centroids).',
    value: 50,
    low: 25,
    high: 80,
    unit: 'km',
    mark: 'A',
    source: `${FACTS}: Blackpool to Blackburn with Darwen is about 40 km`,
    date: '2026',
    url: null,
  },
  {
    key: 'satelliteTherapists',
    label: 'Therapists in a satellite',
    description: 'Parent-infant therapists (whole-time equivalent) in a satellite of a hub team.',
    value: 2,
    low: 1,
    high: 4,
    unit: 'WTE',
    mark: 'S',
    source:
      "Lancashire Telegraph (Nov 2024) 'Blackburn with Darwen get two therapists to help new parents'",
    date: 'Nov 2024',
    url: 'https://www.lancashiretelegraph.co.uk/news/24503123.blackburn-darwen-get-two-therapists-help-new-parents/',
  },
  {
    key: 'hubMaxSatellites',
    label: 'Most satellites one hub team supervises',
    description:
      'A hub team gives its satellites clinical supervision from its own senior staff, so it can carry only so many. The one satellite seen in the register (Blackburn with Darwen, two recruit-to-train therapists) is supervised by Blackpool PAIRS, which supervises no other; no source gives a limit. Whole satellites only; the register’s own satellites count against it.',
    value: 1,
    low: 1,
    high: 3,
    unit: 'satellites per hub',
    mark: 'A',
    source: `${FACTS} §2.2 and §5: Blackpool PAIRS supervises the Blackburn with Darwen satellite, the only hub and satellite pair found; no published limit`,
    date: '2026',
    url: null,
  },
  {
    key: 'standaloneMinScale',
    label: 'Smallest standalone team',
    description:
      'The smallest standalone team, as a fraction of the standard team; an area with less need still gets at least this much.',
    value: 0.5,
    low: 0.3,
    high: 1,
    unit: 'scale',
    mark: 'A',
    source: `${FACTS} §5: PIF toolkit notes many teams started small and grew`,
    date: '2026',
    url: null,
  },
  {
    key: 'minAreaFamilies',
    label: 'Fewest families a year for a team of its own',
    description:
      'An authority whose need is below this many families a year gets no team of its own: its families join the nearest larger authority’s team (posts added to it, sized to their need), as the Isles of Scilly’s would join Cornwall’s. Even the smallest team costs far more per family than it would for a handful of families.',
    value: 25,
    low: 10,
    high: 50,
    unit: 'families per team per year',
    mark: 'A',
    source: `${FACTS} §1.4: the teams that see fewest support under 25 families a year (Who is holding the baby?, PIF 2025) [S]; no source sets a floor, so the smallest observed caseload is taken as one`,
    date: '2026',
    url: null,
  },
  {
    key: 'recruitmentSuccess',
    label: 'Share of planned posts filled',
    description:
      'Share of funded new posts filled at any time, given the national shortage of parent-infant specialists. New provision is sized so the posts filled meet the need, and every funded post is costed (a vacancy is usually covered by agency staff or the budget is held).',
    value: 0.9,
    low: 0.8,
    high: 1,
    unit: 'share',
    mark: 'A',
    source: `${FACTS} §5: "national skill shortage" (Blackburn with Darwen council report, 2024) [S]; no published fill rate was found, so one post in ten vacant is assumed, range none to one in five`,
    date: '2026',
    url: null,
  },
  {
    key: 'birthsTrendPerYear',
    label: 'Yearly change in births',
    description:
      "Yearly change in births after the last observed year, used only when the trend is set to 'annual' instead of the national projection.",
    value: -0.01,
    low: -0.03,
    high: 0.01,
    unit: 'share per year',
    mark: 'A',
    source: `${FACTS}: England and Wales births fell from 640,370 (2019) to 594,677 (2024), about 1.5% a year`,
    date: '2024',
    url: null,
  },
  {
    key: 'deprivationNeedRatio',
    label: 'Extra need where deprivation is highest',
    description:
      "How many times as likely a family in the UK's most deprived fifth of neighbourhoods is to need a specialised team as one in the least deprived two fifths (the middle fifths in between). 1 means need is the same everywhere. Need is moved between places, never added: the UK total stays at the need rate.",
    value: 1.5,
    low: 1,
    high: 2,
    unit: 'ratio',
    mark: 'A',
    source:
      'No UK figure for need by deprivation was found (FACTS.md has none). Disorganised attachment: about 15% in middle-class families and "twice or even three times" that in high-risk groups (van IJzendoorn, Schuengel and Bakermans-Kranenburg, Development and Psychopathology, 1999); a neighbourhood is a weaker marker than a family\'s own circumstances, so a smaller ratio is assumed',
    date: '1999',
    url: 'https://doi.org/10.1017/S0954579499002035',
  },
  {
    key: 'gdpDeflator',
    label: 'General inflation (GDP deflator)',
    description:
      'Yearly rise in prices across the economy after 2025/26, used only to show costs in constant 2025/26 prices beside cash (nominal) costs.',
    value: 0.02,
    low: 0.015,
    high: 0.03,
    unit: 'share per year',
    mark: 'A',
    source:
      'Assumed at the 2% inflation target; replace with HM Treasury GDP deflator forecasts when appraising a business case',
    date: '2026',
    url: 'https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp',
  },
  {
    key: 'discountRate',
    label: 'Discount rate for present value',
    description:
      'Yearly rate at which costs in later years are discounted to today, applied to constant-price costs (the social time preference rate).',
    value: 0.035,
    low: 0.015,
    high: 0.035,
    unit: 'share per year',
    mark: 'S',
    source:
      'HM Treasury, The Green Book (2022): 3.5% a year for the first 30 years; 1.5% is used for health effects',
    date: '2022',
    url: 'https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-governent',
  },
]

// Government statistics are under the OGL; cited facts from charities are quoted, not licensed.
const OGL_SOURCED = new Set([
  'employerNiRate',
  'employerNiThreshold',
  'employerPensionRate',
  'discountRate',
])

function licenceOf(a: SeedAssumption): string {
  if (OGL_SOURCED.has(a.key)) return OGL
  if (a.mark === 'A') return 'Project assumption'
  if (a.mark === 'I') return 'Derived by the project from cited figures'
  return 'Fact cited from the named source'
}

export function checkedAssumptions(): SeedReference['assumptions'] {
  const keys = ASSUMPTIONS.map((a) => a.key)
  const missing = ASSUMPTION_KEYS.filter((k) => !keys.includes(k))
  if (missing.length > 0 || keys.length !== ASSUMPTION_KEYS.length) {
    fail(`assumptions must cover each key once; missing: ${missing.join(', ') || 'none'}`)
  }
  for (const a of ASSUMPTIONS) {
    if (!(a.low <= a.value && a.value <= a.high))
      fail(`assumption ${a.key}: value outside its range`)
  }
  return [...ASSUMPTIONS]
    .sort((a, b) => ASSUMPTION_KEYS.indexOf(a.key) - ASSUMPTION_KEYS.indexOf(b.key))
    .map((a) => ({ ...a, licence: licenceOf(a) }))
}
