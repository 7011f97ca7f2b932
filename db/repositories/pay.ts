import type { Kysely } from 'kysely'
import {
  BANDS,
  type EmployerNiRule,
  type PayPoint,
  type Role,
  type TeamTemplate,
} from '../../shared/domain/pay'
import type { Database } from '../schema'
import { MARKS } from './assumptions'
import { bool, oneOf } from './guards'

export async function listPayScales(db: Kysely<Database>): Promise<PayPoint[]> {
  const rows = await db.selectFrom('pay_scales').selectAll().orderBy('fy').execute()
  return rows
    .map((r) => ({
      band: oneOf(BANDS, r.band, 'band'),
      fy: r.fy,
      entry: r.entry,
      intermediate: r.intermediate,
      top: r.top,
      mark: oneOf(MARKS, r.mark, 'mark'),
      source: r.source,
    }))
    .sort((a, b) => a.fy - b.fy || BANDS.indexOf(a.band) - BANDS.indexOf(b.band))
}

export async function listEmployerNi(db: Kysely<Database>): Promise<EmployerNiRule[]> {
  const rows = await db.selectFrom('employer_ni_rules').selectAll().orderBy('from_fy').execute()
  return rows.map((r) => ({
    fromFy: r.from_fy,
    rate: r.rate,
    threshold: r.threshold,
    mark: oneOf(MARKS, r.mark, 'mark'),
    source: r.source,
  }))
}

/** The standard and satellite templates, each role in its stated order. */
export async function listTemplates(db: Kysely<Database>): Promise<TeamTemplate[]> {
  const [templates, roles] = await Promise.all([
    db.selectFrom('team_templates').selectAll().orderBy('id', 'desc').execute(),
    db.selectFrom('template_roles').selectAll().orderBy('position').execute(),
  ])
  const rolesOf = (templateId: string, kind: 'team' | 'hub'): Role[] =>
    roles
      .filter((r) => r.template_id === templateId && r.kind === kind)
      .map((r) => ({
        title: r.title,
        band: oneOf(BANDS, r.band, 'band'),
        wte: r.wte,
        clinical: bool(r.clinical),
        ...(r.route === 'recruit-to-train' ? { route: 'recruit-to-train' as const } : {}),
        ...(r.trainee_band !== null ? { traineeBand: oneOf(BANDS, r.trainee_band, 'band') } : {}),
      }))
  return templates.map((t) => ({
    id: oneOf(['standard', 'satellite'] as const, t.id, 'template'),
    label: t.label,
    roles: rolesOf(t.id, 'team'),
    hubRoles: rolesOf(t.id, 'hub'),
    mark: oneOf(MARKS, t.mark, 'mark'),
    source: t.source,
  }))
}
