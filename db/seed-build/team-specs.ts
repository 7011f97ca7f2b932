import type { FundingMark, TeamStatus } from '../../shared/domain/model-data'
import type { Role } from '../../shared/domain/pay'

/**
 * Hand decisions for each row of teams.csv, keyed by its exact `name`. Areas are listed as
 * [code, name] so the builder can check both against the 2024 lookup and fail on a typo.
 */
export interface TeamSpec {
  id: string
  status: TeamStatus
  providesCapacity: boolean
  capacityReason: string
  las: [code: string, name: string][]
  /** Set when the areas (or the team itself) are only approximately known. */
  approximationNote?: string
  /** For an aggregate row: how many teams it stands for. */
  teamsRepresented?: number
  hubTeamId?: string
  closedYear?: number
  staffing?: Role[]
  staffingNote?: string
  /** Funding months 'YYYY-MM' from the row's sources; without it no end is known [A]. */
  funding?: { from?: string; to?: string; mark: FundingMark; note: string }
}

/** What the register says of a team whose sources give no end to its funding. */
export const FUNDING_UNKNOWN: NonNullable<TeamSpec['funding']> = {
  mark: 'A',
  note: 'The sources give no end to its funding, so the model assumes it continues [A].',
}

const OPERATING = 'Reported operating as a specialised parent-infant relationship team.'
const role = (title: string, band: Role['band'], clinical = true, wte = 1): Role => ({
  title,
  band,
  wte,
  clinical,
})

const OXFORDSHIRE: TeamSpec['las'] = [
  ['E07000177', 'Cherwell'],
  ['E07000178', 'Oxford'],
  ['E07000179', 'South Oxfordshire'],
  ['E07000180', 'Vale of White Horse'],
  ['E07000181', 'West Oxfordshire'],
]

const HAMPSHIRE: TeamSpec['las'] = [
  ['E07000084', 'Basingstoke and Deane'],
  ['E07000085', 'East Hampshire'],
  ['E07000086', 'Eastleigh'],
  ['E07000087', 'Fareham'],
  ['E07000088', 'Gosport'],
  ['E07000089', 'Hart'],
  ['E07000090', 'Havant'],
  ['E07000091', 'New Forest'],
  ['E07000092', 'Rushmoor'],
  ['E07000093', 'Test Valley'],
  ['E07000094', 'Winchester'],
]

const GREATER_GLASGOW_AND_CLYDE: TeamSpec['las'] = [
  ['S12000045', 'East Dunbartonshire'],
  ['S12000011', 'East Renfrewshire'],
  ['S12000049', 'Glasgow City'],
  ['S12000018', 'Inverclyde'],
  ['S12000038', 'Renfrewshire'],
  ['S12000039', 'West Dunbartonshire'],
]

export const TEAM_SPECS: Record<string, TeamSpec> = {
  'OXPIP (Oxford Parent Infant Project)': {
    id: 'oxpip',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: OXFORDSHIRE,
  },
  'NorPIP (Northamptonshire Parent Infant Partnership)': {
    id: 'norpip',
    status: 'closed',
    providesCapacity: false,
    capacityReason: 'Closed in June 2021.',
    closedYear: 2021,
    funding: {
      to: '2021-06',
      mark: 'S',
      note: 'Closed in June 2021 (Parent-Infant Foundation statement, April 2021) [S].',
    },
    las: [
      ['E06000061', 'North Northamptonshire'],
      ['E06000062', 'West Northamptonshire'],
    ],
  },
  'BrightPIP (Brighton Parent Infant Psychological Therapy)': {
    id: 'brightpip',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Funding has repeatedly been at risk.`,
    las: [['E06000043', 'Brighton and Hove']],
  },
  'LivPIP (Liverpool Parent Infant Partnership)': {
    id: 'livpip',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} The date of the latest report is unclear.`,
    funding: {
      mark: 'A',
      note: 'A three-year £470k contract from 2015 (HSJ) has ended; later National Lottery funding is reported without dates, so no end is known and the model assumes it continues [A].',
    },
    las: [['E08000012', 'Liverpool']],
    staffing: [1, 2, 3, 4].map((n) => role(`Parent-infant practitioner ${n}`, '7')),
    staffingNote:
      'Source gives 4 practitioners (CYP Now); each taken as 1.0 WTE at band 7 [A] (voluntary sector, not on Agenda for Change).',
  },
  'NEWPIP (Newcastle Parent Infant Partnership)': {
    id: 'newpip',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Last confirmed in 2021.`,
    las: [['E08000021', 'Newcastle upon Tyne']],
  },
  'DorPIP (Dorset Parent Infant Partnership)': {
    id: 'dorpip',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Last confirmed in 2021.`,
    las: [['E06000059', 'Dorset']],
  },
  'Croydon Best Start PIP': {
    id: 'croydon-best-start-pip',
    status: 'unverified',
    providesCapacity: false,
    capacityReason: 'Named in 2019 only; no evidence found that it still operates.',
    las: [['E09000008', 'Croydon']],
  },
  EPIP: {
    id: 'epip',
    status: 'unverified',
    providesCapacity: false,
    capacityReason: 'Location and identity unknown, so it cannot be placed in any area.',
    las: [],
    approximationNote: 'Location unknown; nation England is assumed.',
  },
  'Lambeth PAIRS (Parent and Infant Relationship Service)': {
    id: 'lambeth-pairs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Funding after the LEAP programme ended (March 2025) is unverified.`,
    funding: {
      to: '2025-03',
      mark: 'S',
      note: 'Commissioned by the Lambeth Early Action Partnership (A Better Start), whose National Lottery programme ended in March 2025; funding after that is unverified [S].',
    },
    las: [['E09000022', 'Lambeth']],
    approximationNote:
      'Serves four LEAP wards (Coldharbour, Stockwell, Tulse Hill, Vassall), not the whole of Lambeth.',
    staffing: [
      role('Team leader (social worker)', '8b'),
      role('Child psychotherapist 1', '8a'),
      role('Child psychotherapist 2', '8a'),
      role('Child psychotherapist 3', '8a'),
      role('Clinical psychologist', '8a'),
    ],
    staffingNote:
      'Source gives the posts (CYP Now); each taken as 1.0 WTE and bands assumed [A]; trainees left out.',
  },
  'Tameside and Glossop Early Attachment Service (EAS)': {
    id: 'tameside-glossop-eas',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [
      ['E08000008', 'Tameside'],
      ['E07000037', 'High Peak'],
    ],
    approximationNote: 'Glossop is one town in High Peak; the whole of High Peak is mapped.',
  },
  'Oldham Early Attachment Service': {
    id: 'oldham-eas',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['E08000004', 'Oldham']],
  },
  'Stockport Parent Infant Mental Health service / pathway': {
    id: 'stockport-pimh',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Described as a pathway with a specialist health visitor; Greater Manchester reports a team in every locality.`,
    las: [['E08000007', 'Stockport']],
  },
  'Wigan BABS (Building Attachments and Bonds Support)': {
    id: 'wigan-babs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['E08000010', 'Wigan']],
  },
  'Greater Manchester locality parent-infant mental health teams (Bolton, Bury, Manchester, Rochdale, Salford, Trafford)':
    {
      id: 'greater-manchester-localities',
      status: 'operating',
      providesCapacity: true,
      capacityReason:
        'Greater Manchester reports a dedicated team in every locality; the row stands for six teams, each counted at the average capacity, though none is individually verified.',
      las: [
        ['E08000001', 'Bolton'],
        ['E08000002', 'Bury'],
        ['E08000003', 'Manchester'],
        ['E08000005', 'Rochdale'],
        ['E08000006', 'Salford'],
        ['E08000009', 'Trafford'],
      ],
      approximationNote:
        'Placeholder for six locality teams whose names and hosts are not verified; it counts as six teams of average capacity shared across the six boroughs by need.',
      teamsRepresented: 6,
    },
  'Knowsley BABS (Building Attachment and Bonds Service)': {
    id: 'knowsley-babs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['E08000011', 'Knowsley']],
  },
  'Halton and Warrington BIBS (Baby and Infant Bonding Support)': {
    id: 'halton-warrington-bibs',
    status: 'operating',
    providesCapacity: true,
    capacityReason:
      'Named in 2019; Mersey Care BABS was listed in Halton and Warrington family hubs in November 2025 (possibly the same service renamed).',
    las: [
      ['E06000006', 'Halton'],
      ['E06000007', 'Warrington'],
    ],
    approximationNote: 'Current identity uncertain: may now be Mersey Care BABS.',
  },
  'Sefton BABS': {
    id: 'sefton-babs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Recurrent funding from October 2023.`,
    funding: {
      from: '2023-10',
      mark: 'S',
      note: 'Recurrent funding from Sefton Council since October 2023 (Mersey Care news) [S]; no end is stated.',
    },
    las: [['E08000014', 'Sefton']],
  },
  'St Helens BABS': {
    id: 'st-helens-babs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} A 12-month award from December 2025 uses Family Hubs funding.`,
    funding: {
      from: '2025-12',
      to: '2026-11',
      mark: 'I',
      note: 'A 12-month direct award in December 2025 from Family Hubs funding (St Helens Council decision 0065 2025/26); taken to run from December 2025 to November 2026 [I].',
    },
    las: [['E08000013', 'St. Helens']],
  },
  'Leeds Infant Mental Health Service': {
    id: 'leeds-imhs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['E08000035', 'Leeds']],
  },
  'Little Minds Matter: Bradford Infant Mental Health Service': {
    id: 'bradford-little-minds-matter',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Last confirmed in 2021.`,
    las: [['E08000032', 'Bradford']],
    funding: {
      mark: 'A',
      note: 'Commissioned by Better Start Bradford (A Better Start, National Lottery); the sources give no end date, so the model assumes it continues [A].',
    },
    approximationNote:
      'Serves the Better Start Bradford wards (Bowling and Barkerend, Bradford Moor, Little Horton), not the whole district.',
  },
  'Healthy Little Minds (Nottingham parent-infant relationship team)': {
    id: 'nottingham-healthy-little-minds',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['E06000018', 'Nottingham']],
    funding: {
      mark: 'A',
      note: 'Funded by Small Steps Big Changes (A Better Start, National Lottery); the sources give no end date, so the model assumes it continues [A].',
    },
  },
  'Blackpool PAIRS (Parent Infant Relationship Service)': {
    id: 'blackpool-pairs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Also supervises the Blackburn with Darwen satellite.`,
    las: [['E06000009', 'Blackpool']],
  },
  'Blackburn with Darwen satellite of Blackpool PAIRS': {
    id: 'blackburn-with-darwen-satellite',
    status: 'satellite',
    providesCapacity: true,
    capacityReason:
      'Satellite of two therapists supervised by Blackpool PAIRS; funding after 31 March 2025 is not confirmed.',
    funding: {
      from: '2024-11',
      to: '2025-03',
      mark: 'S',
      note: "Blackburn with Darwen Council's £60,371.25 contribution funds the two posts from November 2024 to 31 March 2025 (Lancashire Telegraph) [S]; no later funding is known.",
    },
    las: [['E06000008', 'Blackburn with Darwen']],
    hubTeamId: 'blackpool-pairs',
    staffing: [
      role('Parent-infant therapist (recruit-to-train) 1', '6'),
      role('Parent-infant therapist (recruit-to-train) 2', '6'),
    ],
    staffingNote:
      'Two full-time posts are stated (Lancashire Telegraph 2024); band 6 is assumed [A].',
  },
  'Thriving Together': {
    id: 'cornwall-thriving-together',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['E06000052', 'Cornwall']],
  },
  'Hampshire Infant Mental Health Service (IMHS)': {
    id: 'hampshire-imhs',
    status: 'related',
    providesCapacity: false,
    capacityReason:
      'Health-visitor-led service that may not meet the Parent-Infant Foundation definition of a specialised team.',
    las: HAMPSHIRE,
  },
  'Thurrock parent-infant therapy in family hubs': {
    id: 'thurrock-family-hubs-therapy',
    status: 'related',
    providesCapacity: false,
    capacityReason: 'Related group service; not verified as a full specialised team.',
    las: [['E06000034', 'Thurrock']],
  },
  'Kensington & Chelsea and Westminster Under 5s CAMHS': {
    id: 'kensington-chelsea-westminster-under-5s',
    status: 'related',
    providesCapacity: false,
    capacityReason:
      'Under-5s CAMHS offering brief parent-infant work in family hubs; not a specialised parent-infant team.',
    las: [
      ['E09000020', 'Kensington and Chelsea'],
      ['E09000033', 'Westminster'],
    ],
  },
  'NHS Greater Glasgow and Clyde Infant Mental Health Service': {
    id: 'nhs-ggc-imhs',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Scottish infant mental health model (conception to 3).`,
    las: GREATER_GLASGOW_AND_CLYDE,
  },
  'GIFT (Glasgow Infant and Family Team)': {
    id: 'gift-glasgow',
    status: 'related',
    providesCapacity: false,
    capacityReason:
      'Court-linked team for children in care proceedings (research trial); not a general parent-infant team.',
    las: [['S12000049', 'Glasgow City']],
  },
  'Infant Minds Matter (NHS Lanarkshire Infant Mental Health Service)': {
    id: 'lanarkshire-infant-minds-matter',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [
      ['S12000050', 'North Lanarkshire'],
      ['S12000029', 'South Lanarkshire'],
    ],
  },
  'NHS Tayside Infant Mental Health Team': {
    id: 'tayside-imh',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Mainly consultative with some direct work.`,
    las: [
      ['S12000041', 'Angus'],
      ['S12000042', 'Dundee City'],
      ['S12000048', 'Perth and Kinross'],
    ],
  },
  'NHS Fife Infant Mental Health Team': {
    id: 'fife-imh',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['S12000047', 'Fife']],
  },
  'Wee Minds Matter': {
    id: 'dumfries-galloway-wee-minds-matter',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [['S12000006', 'Dumfries and Galloway']],
    staffing: [
      role('Clinical psychologist', '8a'),
      role('Paediatric occupational therapist', '6'),
      role('Assistant psychologist', '5'),
    ],
    staffingNote: 'Source lists the three posts; each taken as 1.0 WTE and bands assumed [A].',
  },
  'Mini Minds Matter': {
    id: 'ayrshire-arran-mini-minds-matter',
    status: 'operating',
    providesCapacity: true,
    capacityReason: `${OPERATING} Consultation first; direct work planned.`,
    las: [
      ['S12000008', 'East Ayrshire'],
      ['S12000021', 'North Ayrshire'],
      ['S12000028', 'South Ayrshire'],
    ],
    staffing: [
      role('Clinical psychologist 1', '8a'),
      role('Clinical psychologist 2', '8a'),
      role('Mental health nurse', '7'),
    ],
    staffingNote:
      'Source gives 2 clinical psychologists and 1 mental health nurse; each taken as 1.0 WTE and bands assumed [A].',
  },
  'ABC PiP (Attachment, Bonding, Communication Parent Infant Partnership)': {
    id: 'abc-pip',
    status: 'operating',
    providesCapacity: true,
    capacityReason: OPERATING,
    las: [
      ['N09000007', 'Lisburn and Castlereagh'],
      ['N09000011', 'Ards and North Down'],
    ],
    approximationNote:
      'The trust follows pre-2015 districts: the Castlereagh part of Lisburn and Castlereagh is in the Belfast trust, and the Down part of Newry, Mourne and Down (not mapped) is in the South Eastern trust.',
  },
}
