import type { Generated } from 'kysely'

/**
 * Row types as both stores return them (db/open-postgres.ts reads 64-bit integers as numbers, as
 * better-sqlite3 does): booleans are stored as 0/1 integers, so they are
 * `number` here and converted in the repositories.
 */

export interface DataVersionsTable {
  id: string
  label: string
  source: string
  created_at: string
  is_current: number
  /** Publication date of the figures, YYYY-MM-DD (migration 0003); null only for very old rows. */
  source_date: string | null
}

/** How an imported data version was made (migration 0003); the seed version has no row. */
export interface DataImportsTable {
  data_version_id: string
  previous_version_id: string
  kind: string
  shape: string
  file_name: string
  sha256: string
  file_bytes: number
  record_count: number
  cell_count: number
  mid_years: string
  source: string
  source_date: string
  imported_at: string
  imported_by: string | null
}

export interface NationsTable {
  code: string
  name: string
}

export interface RegionsTable {
  code: string
  name: string
}

export interface UpperTiersTable {
  code: string
  name: string
  nation_code: string
  family_hubs: number
}

export interface HealthBodiesTable {
  code: string
  nhs_code: string | null
  name: string
  type: string
  nation_code: string
}

export interface LocalAuthoritiesTable {
  code: string
  name: string
  nation_code: string
  region_code: string | null
  upper_tier_code: string
  centroid_lat: number
  centroid_lon: number
  inside_lat: number
  inside_lon: number
  area_km2: number
  mapping_quality: string
}

export interface LaHealthBodiesTable {
  la_code: string
  health_body_code: string
  share: number
  lsoa_count: number | null
  /** 0 = the largest share. */
  rank: number
}

export interface PopulationTable {
  data_version_id: string
  la_code: string
  mid_year: number
  age0: number | null
  age1: number | null
  all_ages: number | null
}

export interface BirthsHistoryTable {
  la_code: string
  /** 2001 = the mid-year period July 2001 to June 2002. */
  period_start: number
  births: number
}

export interface NationalBirthsTable {
  area_code: string
  calendar_year: number
  area_name: string
  live_births: number
  source: string
  note: string
}

export interface ProjectionsTable {
  id: string
  title: string
  base_year: number
  is_default: number
}

export interface ProjectionPointsTable {
  projection_id: string
  mid_year: number
  period: string
  births: number
  age0: number
  age1: number
  under2: number
}

export interface LaDeprivationTable {
  la_code: string
  score: number
  quintile: number
  decile: number
  share_high: number
  share_medium: number
  share_low: number
}

export interface NationTrendsTable {
  nation_code: string
  per_year: number
  from_mid_year: number
  to_mid_year: number
  basis: string
}

export interface LaNeighboursTable {
  la_code: string
  neighbour_code: string
  distance_km: number
  shared_border_km: number
}

export interface TeamsTable {
  id: string
  position: number
  name: string
  host_org: string
  nation_code: string | null
  areas_text: string
  established_text: string
  established_year: number | null
  closed_year: number | null
  status: string
  status_text: string
  age_range: string
  source: string
  provides_capacity: number
  capacity_reason: string
  teams_represented: number
  approximate: number
  approximation_note: string | null
  hub_team_id: string | null
  staffing_note: string | null
  /** 'YYYY-MM-DD' when closed through the register (migration 0004). */
  closed_date: string | null
  version: Generated<number>
  updated_at: string | null
  updated_by: string | null
  /** Funding months 'YYYY-MM' (migration 0007); null where the sources give none. */
  funded_from: string | null
  funded_to: string | null
  funding_mark: Generated<string>
  /** '' on rows made before migration 0007 until the reference refresh fills it. */
  funding_note: Generated<string>
}

export interface TeamAreasTable {
  team_id: string
  la_code: string
}

export interface TeamStaffingTable {
  team_id: string
  position: number
  title: string
  band: string
  wte: number
  clinical: number
}

export interface TeamCountsTable {
  date: string
  count: number
  label: string
  source: string
  mark: string
}

export interface AssumptionsTable {
  key: string
  position: number
  label: string
  description: string
  value: number
  low: number
  high: number
  unit: string
  mark: string
  source: string
  date: string
  licence: string
  url: string | null
}

export interface PayScalesTable {
  band: string
  fy: number
  entry: number
  intermediate: number | null
  top: number
  mark: string
  source: string
}

export interface EmployerNiRulesTable {
  from_fy: number
  rate: number
  threshold: number
  mark: string
  source: string
}

export interface TeamTemplatesTable {
  id: string
  label: string
  mark: string
  source: string
  notes: string
}

export interface TemplateRolesTable {
  template_id: string
  /** 'team' roles belong to the template; 'hub' roles are charged to the supervising team. */
  kind: string
  position: number
  title: string
  band: string
  wte: number
  clinical: number
  mark: string
  /** 'qualified' or 'recruit-to-train'. */
  route: string
  /** Band paid while a recruit-to-train post is in training; null: its own band. */
  trainee_band: string | null
}

export interface SourcesTable {
  id: string
  position: number
  title: string
  publisher: string
  date: string
  licence: string
  attribution: string
  url: string | null
  file: string | null
  notes: string | null
}

export interface OrganisationsTable {
  id: string
  name: string
  kind: string
  area_code: string | null
  created_at: string
}

export interface UsersTable {
  id: string
  /** Lower case, trimmed. */
  email: string
  name: string
  organisation_id: string
  role: string
  /** 'scrypt$N=…,r=…,p=…$<salt base64>$<hash base64>' */
  password_hash: string
  must_change_password: number
  disabled: number
  created_at: string
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's token; the token itself is never stored. */
  id: string
  user_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
}

export interface ScenariosTable {
  id: string
  organisation_id: string
  name: string
  status: string
  archived: number
  visibility: string
  version: number
  settings_json: string
  rationale_json: string
  data_version: string
  model_version: string
  /** The frozen result; only for approved scenarios. */
  result_json: string | null
  created_by: string
  created_at: string
  updated_by: string
  updated_at: string
  approved_by: string | null
  approved_at: string | null
}

export interface ScenarioSharesTable {
  scenario_id: string
  organisation_id: string
}

/** Append-only: triggers refuse UPDATE and DELETE. */
export interface AuditLogTable {
  id: Generated<number>
  at: string
  user_id: string | null
  organisation_id: string | null
  action: string
  entity: string
  entity_id: string
  from_version: number | null
  to_version: number | null
  detail_json: string
}

/** Failed (or still running) sign-in attempts of the last 15 minutes (migration 0006). */
export interface SignInFailuresTable {
  id: Generated<number>
  /** SHA-256 of 'email:…' or 'ip:…'. */
  key_hash: string
  at: string
}

/** One row: the revision of everything the model reads (migration 0006). */
export interface ModelRevisionTable {
  id: number
  revision: number
}

export interface Database {
  data_versions: DataVersionsTable
  data_imports: DataImportsTable
  nations: NationsTable
  regions: RegionsTable
  upper_tiers: UpperTiersTable
  health_bodies: HealthBodiesTable
  local_authorities: LocalAuthoritiesTable
  la_health_bodies: LaHealthBodiesTable
  population: PopulationTable
  births_history: BirthsHistoryTable
  national_births: NationalBirthsTable
  projections: ProjectionsTable
  projection_points: ProjectionPointsTable
  la_neighbours: LaNeighboursTable
  la_deprivation: LaDeprivationTable
  nation_trends: NationTrendsTable
  teams: TeamsTable
  team_areas: TeamAreasTable
  team_staffing: TeamStaffingTable
  team_counts: TeamCountsTable
  assumptions: AssumptionsTable
  pay_scales: PayScalesTable
  employer_ni_rules: EmployerNiRulesTable
  team_templates: TeamTemplatesTable
  template_roles: TemplateRolesTable
  sources: SourcesTable
  organisations: OrganisationsTable
  users: UsersTable
  sessions: SessionsTable
  scenarios: ScenariosTable
  scenario_shares: ScenarioSharesTable
  audit_log: AuditLogTable
  sign_in_failures: SignInFailuresTable
  model_revision: ModelRevisionTable
}
