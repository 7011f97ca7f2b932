import type { Band, EmployerNiRule, PayPoint } from '../../shared/domain/pay'
import type { Mark } from '../../shared/domain/provenance'
import type { SeedRole, SeedTemplate } from '../seed-format'

const SRC_2024_LOW =
  "NHS Health Careers 'Agenda for change - pay rates' 2024/25 https://www.healthcareers.nhs.uk/working-health/working-nhs/nhs-pay-and-benefits/agenda-change-pay-rates"
const SRC_2024_B7 = 'zaro.info summary of 2024/25 pay (secondary), consistent with 2025/26 / 1.036'
const SRC_2024_B8 =
  'RCNi citing NHS Employers, 2024/25 band 8 pay points https://www.rcninursingjobs.co.uk/article/nhs-band-8-shake-up-new-afc-pay-points-allow-faster-progression'
const SRC_2024_B9 = 'Derived: 2025/26 values / 1.036 (the 3.6% 2025/26 award)'
const SRC_2025 =
  "nhstakehomepaycalculator.co.uk 'NHS pay bands 2025/26', citing NHS Employers (3.6% award)"

type Row = [Band, number, number | null, number, Mark, string]

/** Agenda for Change annual basic pay, England (FACTS.md §3.2): entry / intermediate / top. */
const PAY_2024: Row[] = [
  ['4', 26530, null, 29114, 'S', SRC_2024_LOW],
  ['5', 29970, 32324, 36483, 'S', SRC_2024_LOW],
  ['6', 37338, 39405, 44962, 'S', SRC_2024_LOW],
  ['7', 46148, 48526, 52809, 'U', SRC_2024_B7],
  ['8a', 53755, 56454, 60504, 'S', SRC_2024_B8],
  ['8b', 62215, 66246, 72293, 'S', SRC_2024_B8],
  ['8c', 74290, 78814, 85601, 'S', SRC_2024_B8],
  ['8d', 88168, 93572, 101677, 'S', SRC_2024_B8],
  ['9', 105385, 111740, 121271, 'I', SRC_2024_B9],
]

const PAY_2025: Row[] = [
  ['4', 27485, null, 30162, 'S', SRC_2025],
  ['5', 31049, 33487, 37796, 'S', SRC_2025],
  ['6', 38682, 40823, 46580, 'S', SRC_2025],
  ['7', 47810, 50273, 54710, 'S', SRC_2025],
  ['8a', 55690, 58487, 62682, 'S', SRC_2025],
  ['8b', 64455, 68631, 74896, 'S', SRC_2025],
  ['8c', 76965, 81652, 88682, 'S', SRC_2025],
  ['8d', 91342, 96941, 105337, 'S', SRC_2025],
  ['9', 109179, 115763, 125637, 'S', SRC_2025],
]

const toPoints = (fy: number, rows: Row[]): PayPoint[] =>
  rows.map(([band, entry, intermediate, top, mark, source]) => ({
    band,
    fy,
    entry,
    intermediate,
    top,
    mark,
    source,
  }))

export const PAY_SCALES: PayPoint[] = [...toPoints(2024, PAY_2024), ...toPoints(2025, PAY_2025)]

export const EMPLOYER_NI: EmployerNiRule[] = [
  {
    fromFy: 2024,
    rate: 0.138,
    threshold: 9100,
    mark: 'S',
    source: 'HMRC employer National Insurance 2024/25',
  },
  {
    fromFy: 2025,
    rate: 0.15,
    threshold: 5000,
    mark: 'S',
    source: 'HMRC employer National Insurance from 6 April 2025',
  },
]

const role = (title: string, band: Band, wte: number, clinical: boolean, mark: Mark): SeedRole => ({
  title,
  band,
  wte,
  clinical,
  mark,
})

/** A recruit-to-train post, paid at band 6 while training: the CYP IAPT precedent (FACTS.md §3.3). */
const trainee = (title: string, band: Band, mark: Mark): SeedRole => ({
  ...role(title, band, 1, true, mark),
  route: 'recruit-to-train',
  traineeBand: '6',
})

export const TEMPLATES: SeedTemplate[] = [
  {
    id: 'standard',
    label: 'Standard team (7 WTE)',
    roles: [
      role('Clinical lead', '8c', 1, true, 'A'),
      role('Parent-infant psychotherapist', '8a', 1, true, 'A'),
      role('Clinical psychologist', '8a', 1, true, 'A'),
      role('Specialist health visitor', '7', 1, true, 'A'),
      trainee('Parent-infant therapist', '6', 'A'),
      role('Family practitioner', '4', 1, true, 'A'),
      role('Administrator', '4', 1, false, 'A'),
    ],
    hubRoles: [],
    mark: 'A',
    source:
      'Coverage 2030 research notes (FACTS.md §2.3): illustrative team from PIF and PIP UK descriptions of team roles; about £477k of pay in 2025/26',
    notes:
      'No published recommended mix of roles was found; an optional 0.8 WTE band 5 assistant psychologist is left out. The band 6 parent-infant therapist is a recruit-to-train post, as FACTS.md §2.3 allows and the national shortage (§5) makes likely [A].',
  },
  {
    id: 'satellite',
    label: 'Satellite of a hub team (2 therapists)',
    roles: [
      trainee('Parent-infant therapist (recruit-to-train)', '6', 'S'),
      trainee('Parent-infant therapist (recruit-to-train)', '6', 'S'),
    ],
    hubRoles: [role('Clinical supervision from the hub team', '8a', 0.2, false, 'A')],
    mark: 'S',
    source:
      "Blackburn with Darwen model: Lancashire Telegraph (Nov 2024) 'Blackburn with Darwen get two therapists to help new parents'",
    notes:
      'Two full-time therapists are stated; band 6 and 0.2 WTE of band 8a supervision from the hub (1 hour a week each plus clinical oversight) are assumed.',
  },
]
