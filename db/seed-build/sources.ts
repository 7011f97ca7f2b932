import { OGL, ONS_ATTRIBUTION } from '../../shared/domain/provenance'
import type { SeedSource } from '../seed-format'

const ONS = 'Office for National Statistics'
const GEOGRAPHR =
  'humaniverse/geographr (British Red Cross), commit c026be5cc76cb576358082b53f1f13d69ab577ae'
const NOT_OGL = 'Facts paraphrased from the public sources cited on each row; no text reproduced'
const ons = (extra = ''): string => (extra ? `${ONS_ATTRIBUTION} ${extra}` : ONS_ATTRIBUTION)

/** The datasets behind the seed (../shared/data/SOURCES.md), for the /sources page and exports. */
export const SOURCES: SeedSource[] = [
  {
    id: 'population-by-area',
    title: 'Population estimates aged 0 and 1 by area, mid-2019 to mid-2024',
    publisher: `${ONS} (Scotland: National Records of Scotland; Northern Ireland: NISRA)`,
    date: 'mid-2019 to mid-2024 (published 2020–2025)',
    licence: OGL,
    attribution: ons(
      'Contains National Records of Scotland and NISRA data licensed under the Open Government Licence v3.0.',
    ),
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
    file: 'population_age0_1_by_area_mid2019_2024.csv',
    notes:
      'Each year as first published (later ONS revisions not applied). No Scotland or Northern Ireland figures for mid-2023 and mid-2024.',
  },
  {
    id: 'under2-by-lad2023',
    title: 'Babies under 2 by local authority (April 2023 boundaries), mid-2019 to mid-2024',
    publisher: `${ONS}; harmonised by the project`,
    date: 'mid-2019 to mid-2024',
    licence: OGL,
    attribution: ons(),
    url: null,
    file: 'under2_population_by_lad2023_mid2019_2024.csv',
    notes:
      'Abolished districts summed into their successors (Cumberland, Westmorland and Furness, North Yorkshire, Somerset, North and West Northamptonshire). Sums equal the ONS country totals.',
  },
  {
    id: 'births-by-la-2001-2019',
    title:
      'Live births by local authority, mid-year periods 2001/02 to 2018/19 (MYEB3 components of change)',
    publisher: ONS,
    date: 'mid-2019 detailed time series (2019 geography)',
    licence: OGL,
    attribution: ons(),
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates',
    file: 'births_by_la_mid_year_periods_2001_02_to_2018_19.csv',
    notes:
      'Mid-year periods (July to June), by usual residence of the mother; summed to 2024 authorities.',
  },
  {
    id: 'births-england-wales-2019-2024',
    title: 'Live births in England and Wales, 2019 to 2024',
    publisher: ONS,
    date: '2021–2025 bulletins',
    licence: OGL,
    attribution: ons(),
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/birthsdeathsandmarriages/livebirths/bulletins/birthsummarytablesenglandandwales/latest',
    file: 'live_births_england_wales_national_2019_2024.csv',
    notes: 'Typed in by hand from the ONS bulletins; 2024 from coverage of the ONS release.',
  },
  {
    id: 'national-projections-england',
    title:
      'National population projections, England: births and population aged 0 and 1 (2018-based and 2020-based interim, principal)',
    publisher: ONS,
    date: '2019 (2018-based), 2022 (2020-based interim)',
    licence: OGL,
    attribution: ons(),
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationprojections',
    file: 'national_projection_births_under2_england_npp2018_npp2020.csv',
    notes:
      'England only; both pre-date the recent fall in births. The 2020-based principal projection is the model default.',
  },
  {
    id: 'la-health-geography-lookup',
    title: 'Local authority to region, upper tier and health body lookup (2024)',
    publisher: `${ONS}; Public Health Scotland; NHS England; derived by ${GEOGRAPHR}`,
    date: 'April 2024 (Scotland: 2019 health board codes)',
    licence: OGL,
    attribution: ons(),
    url: 'https://github.com/humaniverse/geographr',
    file: 'la_health_geography_lookup_2024.csv',
    notes:
      'Northern Ireland trusts are a best fit: four council areas straddle two trusts. English authorities split between ICBs use the LSOA shares below.',
  },
  {
    id: 'la-icb-lsoa-shares',
    title: 'Local authority to sub-ICB location and ICB, by share of 2021 LSOAs (England, 2024)',
    publisher: `${ONS} (LSOA21 to SICBL24 to ICB24 to LAD24 lookup); derived by ${GEOGRAPHR}`,
    date: 'April 2024',
    licence: OGL,
    attribution: ons(),
    url: null,
    file: 'lad_to_sicbl_icb_england_2024_lsoa_shares.csv',
    notes: 'Shares count LSOAs (about 1,500 residents each), not babies.',
  },
  {
    id: 'icb-list',
    title: 'Integrated Care Boards in England (42) with NHS England regions',
    publisher: `${ONS}; NHS England; rcpch/rcpch-nhs-organisations`,
    date: 'April 2024',
    licence: OGL,
    attribution: ons(),
    url: null,
    file: 'icb_list_england_2024.csv',
    notes: 'ICB mergers announced for 2026 are not reflected.',
  },
  {
    id: 'la-centroids',
    title: 'Local authority centroids (2024)',
    publisher: `Derived from ${ONS} boundaries`,
    date: 'May 2024',
    licence: OGL,
    attribution: ONS_ATTRIBUTION,
    url: null,
    file: 'la_centroids_lad2024.csv',
    notes:
      'Geometric centroids of the generalised boundaries, computed in an equal-area projection.',
  },
  {
    id: 'la-adjacency',
    title: 'Neighbouring local authorities with shared border and centroid distance (2024)',
    publisher: `Derived from ${ONS} boundaries`,
    date: 'May 2024',
    licence: OGL,
    attribution: ONS_ATTRIBUTION,
    url: null,
    file: 'la_adjacency_lad2024.csv',
    notes: 'Neighbours when generalised boundaries come within 100 m; lengths approximate.',
  },
  {
    id: 'la-boundaries',
    title: 'Local Authority Districts (May 2024) Boundaries UK BUC',
    publisher: ONS,
    date: 'May 2024',
    licence: OGL,
    attribution: `${ONS_ATTRIBUTION} Contains OS data © Crown copyright and database right 2024.`,
    url: 'https://geoportal.statistics.gov.uk/',
    file: 'lad_may2024_uk_buc.geojson',
    notes:
      'Ultra-generalised and clipped to the coastline; coordinates rounded to 3 decimal places in the seed.',
  },
  {
    id: 'la-deprivation-composite',
    title: 'Composite UK index of multiple deprivation by local authority (2024 authorities)',
    publisher:
      'mySociety, from MHCLG (English IMD 2019), Welsh Government (WIMD 2019), Scottish Government (SIMD 2020) and NISRA (NIMDM 2017)',
    date: 'version 3.4.0, June 2025 (indices of 2017–2020)',
    licence: 'Creative Commons Attribution 4.0 (CC BY 4.0); underlying statistics OGL v3.0',
    attribution:
      'Composite UK IMD © mySociety, CC BY 4.0, derived from MHCLG, Welsh Government, Scottish Government and NISRA statistics (OGL v3.0).',
    url: 'https://github.com/mysociety/composite_uk_imd',
    file: 'la_deprivation_uk_composite.csv',
    notes:
      "The four nations' own indices are not comparable; this one puts them on one UK scale. Quintiles and deciles rank authorities by population. The indices date from 2017–2020 (England's 2025 index is not in it). Used to weight need and to show coverage by deprivation.",
  },
  {
    id: 'teams-register',
    title: 'Register of known specialised parent-infant relationship teams (35 rows)',
    publisher:
      'Coverage 2030 project research, from Parent-Infant Foundation, NHS and local sources',
    date: 'compiled 2026',
    licence: NOT_OGL,
    attribution: 'Each row cites its own sources.',
    url: null,
    file: 'teams.csv',
    notes:
      'Only 15 of the 27 teams of 2019 could be identified; the Parent-Infant Foundation map of about 51 teams was not available.',
  },
  {
    id: 'research-notes',
    title: 'Domain facts: teams, costs, pay, need and policy (research notes)',
    publisher: 'Coverage 2030 project research',
    date: 'compiled 2026',
    licence: NOT_OGL,
    attribution:
      'Parent-Infant Foundation, Centre for Mental Health, NHS Employers, HMRC, NHSBSA and others as cited.',
    url: null,
    file: 'FACTS.md',
    notes: 'Marks: [S] stated in a source, [I] derived, [A] assumed, [U] uncertain.',
  },
]
