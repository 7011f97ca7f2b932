import { col, type ExportColumn } from './export-types'

/**
 * The columns of every exported table, by table name: the one list the table builders, the
 * datapackage.json and the column reference on /sources all read. Names are a public contract
 * (scripts key on them): add columns, but rename or remove one only with a note in the README.
 */
export const TABLE_COLUMNS = {
  population: [
    col('area_code', 'Area code', 'text'),
    col('area_name', 'Area name', 'text'),
    col('mid_year', 'Mid-year', 'year'),
    col('aged_0', 'Aged 0', 'integer', 'people'),
    col('aged_1', 'Aged 1', 'integer', 'people'),
    col('under_2', 'Under 2', 'integer', 'people'),
    col('every_authority_estimated', 'Every authority has an estimate', 'boolean'),
  ],
  coverage_today: [
    col('area_code', 'Area code', 'text'),
    col('financial_year', 'Financial year', 'text'),
    col('need', 'Need', 'number', 'families per year'),
    col('capacity', 'Capacity', 'number', 'families per year'),
    col('coverage', 'Coverage', 'share', 'share of need'),
    col('geographic_coverage', 'Geographic coverage', 'share', 'share of babies'),
    col('clinical_wte', 'Clinical staff (estimated)', 'number', 'WTE'),
    col(
      'families_per_clinical_wte',
      'Families per clinical WTE',
      'number',
      'families per WTE per year',
    ),
    col('supervision_share', 'Supervision share', 'share', 'share of time'),
  ],
  local_authorities: [
    col('authority_code', 'Authority code', 'text'),
    col('authority_name', 'Authority name', 'text'),
    col('share_in_area', 'Share of the authority in this area', 'share', 'share'),
    col('health_body_code', 'Health body code', 'text'),
    col('health_body_name', 'Health body name', 'text'),
    col('mid_year', 'Mid-year', 'year'),
    col('under_2', 'Under 2', 'number', 'people'),
    col('births', 'Births (age 0)', 'number', 'people per year'),
    col('need', 'Need', 'number', 'families per year'),
    col('teams', 'Teams', 'integer', 'teams'),
    col('coverage', 'Coverage', 'share', 'share of need'),
    col('any_team_works_here', 'Any team works here', 'boolean'),
  ],
  teams: [
    col('team_id', 'Team id', 'text'),
    col('team_name', 'Name', 'text'),
    col('host_organisation', 'Host organisation', 'text'),
    col('status', 'Status', 'text'),
    col('areas_served_as_published', 'Areas served (as the source says)', 'text'),
    col('authority_codes', 'Local authority codes', 'text'),
    col('established', 'Established', 'text'),
    col('counts_as_capacity_today', 'Counts as capacity today', 'boolean'),
    // Each team row names its own source; the provenance column is not added again.
    col('source', 'Source', 'text'),
  ],
  neighbours: [
    col('authority_code', 'Authority code', 'text'),
    col('authority_name', 'Authority name', 'text'),
    col('distance_km', 'Distance between centres', 'number', 'km'),
    col('shared_border_km', 'Shared border', 'number', 'km'),
    col('teams', 'Teams', 'text'),
  ],
  years: [
    col('scope_code', 'Scope code', 'text'),
    col('scope_name', 'Scope name', 'text'),
    col('financial_year', 'Financial year', 'text'),
    col('babies_under_2', 'Babies under 2', 'number', 'people'),
    col('births', 'Births', 'number', 'people per year'),
    col('need', 'Need', 'number', 'families per year'),
    col('capacity', 'Capacity', 'number', 'families per year'),
    col('coverage', 'Coverage', 'share', 'share of need'),
    col('geographic_coverage', 'Geographic coverage', 'share', 'share of babies'),
    col('covered_babies', 'Covered babies', 'number', 'people'),
    col('teams', 'Teams', 'number', 'teams'),
    col('existing_teams', 'Existing teams', 'number', 'teams'),
    col('new_teams', 'New teams', 'number', 'teams'),
    col('satellites', 'Satellites', 'number', 'teams'),
    col('expanded_teams', 'Expanded teams', 'number', 'teams'),
    col('new_staff_wte', 'New provision staff', 'number', 'WTE'),
    col('new_clinical_wte', 'New clinical staff', 'number', 'WTE'),
    col('cost_gbp', 'Cost', 'gbp', 'GBP'),
    col('recurrent_cost_gbp', 'Recurrent cost', 'gbp', 'GBP'),
    col('one_off_cost_gbp', 'One-off cost', 'gbp', 'GBP'),
    col('cumulative_cost_gbp', 'Cumulative cost', 'gbp', 'GBP'),
  ],
  staff_by_band: [
    col('financial_year', 'Financial year', 'text'),
    col('band', 'Agenda for Change band', 'text'),
    col('wte', 'Staff', 'number', 'WTE'),
  ],
  headline: [
    col('measure', 'Measure', 'text'),
    col('text_value', 'Value', 'text'),
    col('amount', 'Amount', 'number'),
  ],
  authority_years: [
    col('authority_code', 'Authority code', 'text'),
    col('authority_name', 'Authority name', 'text'),
    col('share_in_scope', 'Share of the authority in scope', 'share', 'share'),
    col('health_body_code', 'Health body code', 'text'),
    col('option', 'Option', 'text'),
    col('why', 'Why', 'text'),
    col('hub_team_id', 'Hub team', 'text'),
    col('start_year', 'Start year', 'text'),
    col('existing_teams', 'Existing teams', 'text'),
    col('financial_year', 'Financial year', 'text'),
    col('babies_under_2', 'Babies under 2', 'number', 'people'),
    col('births', 'Births', 'number', 'people per year'),
    col('need', 'Need', 'number', 'families per year'),
    col('capacity', 'Capacity', 'number', 'families per year'),
    col('coverage', 'Coverage', 'share', 'share of need'),
    col('cost_gbp', 'Cost', 'gbp', 'GBP'),
  ],
  settings: [
    col('setting', 'Setting', 'text'),
    col('value', 'Value', 'text'),
    col('rationale', 'Rationale', 'text'),
  ],
  about: [col('item', 'Item', 'text'), col('value', 'Value', 'text')],
  assumptions: [
    col('key', 'Key', 'text'),
    col('assumption', 'Assumption', 'text'),
    col('value_used', 'Value used', 'number'),
    col('default_value', 'Default', 'number'),
    col('low', 'Low', 'number'),
    col('high', 'High', 'number'),
    col('unit', 'Unit', 'text'),
    col('mark', 'Mark', 'text'),
    col('mark_meaning', 'Mark meaning', 'text'),
    col('source', 'Source', 'text'),
    col('source_date', 'Source date', 'text'),
    col('rationale', 'Rationale', 'text'),
  ],
  sources: [
    col('title', 'Title', 'text'),
    col('publisher', 'Publisher', 'text'),
    col('date', 'Date', 'text'),
    col('licence', 'Licence', 'text'),
    col('attribution', 'Attribution', 'text'),
    col('url', 'Link', 'text'),
  ],
} as const satisfies Record<string, readonly ExportColumn[]>

export type TableName = keyof typeof TABLE_COLUMNS

/** Which downloads hold a table, and what one row of it is: the column reference on /sources. */
export const TABLE_GUIDE: readonly {
  name: TableName
  in: 'area' | 'scenario' | 'both'
  row: string
}[] = [
  { name: 'population', in: 'area', row: 'the area at one mid-year (30 June)' },
  { name: 'coverage_today', in: 'area', row: 'the area today, from existing teams' },
  {
    name: 'local_authorities',
    in: 'area',
    row: 'a local authority (or the part of it) in the area',
  },
  { name: 'teams', in: 'area', row: 'a team in the register serving the area' },
  { name: 'neighbours', in: 'area', row: 'an authority sharing a border (local authorities only)' },
  { name: 'years', in: 'scenario', row: 'the scenario in one financial year' },
  {
    name: 'staff_by_band',
    in: 'scenario',
    row: 'new staff in one Agenda for Change band and year',
  },
  { name: 'headline', in: 'scenario', row: 'a headline measure or warning' },
  { name: 'authority_years', in: 'scenario', row: 'a local authority in one financial year' },
  { name: 'settings', in: 'scenario', row: 'a scenario setting as used, with its reason' },
  { name: 'about', in: 'both', row: 'a fact about the export: title, date, versions, licence' },
  { name: 'assumptions', in: 'both', row: 'an assumption, its value used, range, mark and source' },
  { name: 'sources', in: 'both', row: 'a source of the statistics, with its licence' },
]
