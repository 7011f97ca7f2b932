import type { Kysely } from 'kysely'
import { NATIONS, type NationCode } from '../../shared/domain/geography'
import type { FundingMark, TeamRecord, TeamStatus } from '../../shared/domain/model-data'
import { BANDS, type Role } from '../../shared/domain/pay'
import type { Database } from '../schema'
import { bool, oneOf } from './guards'

const STATUSES: readonly TeamStatus[] = [
  'operating',
  'satellite',
  'closed',
  'related',
  'unverified',
]
const FUNDING_MARKS: readonly FundingMark[] = ['S', 'I', 'A']
const NATION_CODES: readonly NationCode[] = NATIONS.map((n) => n.code)

/** A team as the teams page shows it: the engine's record plus why it counts (or not). */
export interface TeamListItem extends TeamRecord {
  capacityReason: string
  staffingNote: string | null
  /** Checked on every change to the register, as saved scenarios are. */
  version: number
  /** 'YYYY-MM-DD' when closed through the register; seeded closures know only the year. */
  closedDate: string | null
}

/** Every known team in register order, with its areas and known staffing. */
export async function listTeams(db: Kysely<Database>): Promise<TeamListItem[]> {
  const [teams, areas, staffing] = await Promise.all([
    db.selectFrom('teams').selectAll().orderBy('position').execute(),
    db.selectFrom('team_areas').selectAll().orderBy('team_id').orderBy('la_code').execute(),
    db.selectFrom('team_staffing').selectAll().orderBy('team_id').orderBy('position').execute(),
  ])
  const laCodes = new Map<string, string[]>()
  for (const a of areas) laCodes.set(a.team_id, [...(laCodes.get(a.team_id) ?? []), a.la_code])
  const roles = new Map<string, Role[]>()
  for (const r of staffing) {
    const role: Role = {
      title: r.title,
      band: oneOf(BANDS, r.band, 'band'),
      wte: r.wte,
      clinical: bool(r.clinical),
    }
    roles.set(r.team_id, [...(roles.get(r.team_id) ?? []), role])
  }
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    hostOrg: t.host_org,
    nation: t.nation_code === null ? null : oneOf(NATION_CODES, t.nation_code, 'nation'),
    areasText: t.areas_text,
    laCodes: laCodes.get(t.id) ?? [],
    establishedText: t.established_text,
    establishedYear: t.established_year,
    closedYear: t.closed_year,
    status: oneOf(STATUSES, t.status, 'team status'),
    statusText: t.status_text,
    ageRange: t.age_range,
    source: t.source,
    providesCapacity: bool(t.provides_capacity),
    teamsRepresented: t.teams_represented,
    approximate: bool(t.approximate),
    approximationNote: t.approximation_note,
    hubTeamId: t.hub_team_id,
    staffing: roles.get(t.id) ?? null,
    capacityReason: t.capacity_reason,
    staffingNote: t.staffing_note,
    version: t.version,
    closedDate: t.closed_date,
    fundedFrom: t.funded_from,
    fundedTo: t.funded_to,
    fundingMark: oneOf(FUNDING_MARKS, t.funding_mark, 'funding mark'),
    fundingNote: t.funding_note,
  }))
}

/** Just the fields of TeamRecord, so the engine's input carries nothing it does not declare. */
export function toTeamRecord({
  capacityReason: _,
  staffingNote: __,
  version: ___,
  closedDate: ____,
  ...record
}: TeamListItem): TeamRecord {
  return record
}
