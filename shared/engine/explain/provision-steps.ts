import type { ExplainStep } from '../../domain/explain'
import { BANDS } from '../../domain/pay'
import { isActive } from '../existing-capacity'
import type { Project } from '../plan-types'
import { totalOf } from '../team-templates'
import { scopeAreas } from './areas'
import { noteTeam } from './capacity-steps'
import type { Ledger } from './ledger'
import { projectName, sizingStep, startText } from './projects'
import { largestParts, valueText } from './rollup'
import { say } from './text'

function startedBy(ledger: Ledger, y: number): Project[] {
  const fy = ledger.ctx.fys[y]!
  return ledger.trace.projects.filter((p) => p.startFy !== null && p.startFy <= fy)
}

/** Register teams providing capacity to any authority in the scope in year index y. */
function existingInScope(ledger: Ledger, y: number): number[] {
  const { ctx } = ledger
  const inScope = new Set(scopeAreas(ledger).map((a) => a.i))
  return ctx.index.capacityTeams.filter(
    (t) =>
      ctx.index.teamLas[t]!.some((i) => inScope.has(i)) &&
      isActive(ctx.data.teams[t]!, ctx.fys[y]!, ctx.settings.existingTeams),
  )
}

function listStep(label: string, projects: Project[], ledger: Ledger, value: number): ExplainStep {
  return {
    label,
    value,
    unit: 'teams',
    formula: `${label} = ${value === 0 ? 'none' : `${say.n(value)}`}`,
    children: largestParts(
      projects,
      () => 1,
      (p) => ({
        label: projectName(ledger, p),
        value: 1,
        unit: 'teams',
        formula: `It ${startText(ledger, p)}`,
      }),
      { noun: label.toLowerCase(), unit: 'teams', value: (rest) => rest.length },
    ),
  }
}

/** Teams serving the scope = existing register teams + new teams + new satellites. */
export function teamsStep(ledger: Ledger, y: number): ExplainStep {
  const year = ledger.trace.result.years[y]!
  const parts = year.teamsBreakdown
  const teams = existingInScope(ledger, y)
  const started = startedBy(ledger, y)
  const existing: ExplainStep = {
    label: 'Existing teams',
    value: parts.existing,
    unit: 'teams',
    formula: `Existing teams = ${teams.length} register ${say.plural(teams.length, 'row', 'rows')} serving the area in ${year.fy}, counting the teams each stands for = ${valueText(parts.existing, 'teams')}`,
    children: largestParts(
      teams,
      (t) => ledger.ctx.data.teams[t]!.teamsRepresented,
      (t) => {
        const team = ledger.ctx.data.teams[t]!
        noteTeam(ledger, t)
        return {
          label: team.name,
          value: team.teamsRepresented,
          unit: 'teams',
          formula: `${valueText(team.teamsRepresented, 'teams')}${team.approximationNote ? ` (${team.approximationNote})` : ''}`,
        }
      },
      {
        noun: 'register teams',
        unit: 'teams',
        value: (rest) =>
          rest.reduce((sum, t) => sum + ledger.ctx.data.teams[t]!.teamsRepresented, 0),
      },
    ),
  }
  const fresh = started.filter((p) => p.kind === 'standalone' || p.kind === 'icb-wide')
  const satellites = started.filter((p) => p.kind === 'satellite')
  const expanded = started.filter((p) => p.kind === 'expand')
  const children = [
    existing,
    listStep('New teams', fresh, ledger, parts.new),
    listStep('New satellites', satellites, ledger, parts.satellites),
  ]
  if (expanded.length > 0) {
    children.push({
      ...listStep('Existing teams expanded', expanded, ledger, parts.expanded),
      formula: `${say.n(parts.expanded)} of the existing teams are expanded; they are counted once, as existing teams`,
    })
  }
  return {
    label: `Teams in ${year.fy}`,
    value: year.teams,
    unit: 'teams',
    formula: `Teams = existing ${say.n(parts.existing)} + new ${say.n(parts.new)} + satellites ${say.n(parts.satellites)} = ${valueText(year.teams, 'teams')}`,
    children,
  }
}

/** Staff of new provision in post in year index y, by project and by band. */
export function wteStep(ledger: Ledger, y: number): ExplainStep {
  const year = ledger.trace.result.years[y]!
  const scope = ledger.ctx.scope.ref.name
  const started = startedBy(ledger, y).filter((p) => p.scopeShare > 0)
  const posts = (p: Project) => totalOf(p.wte) + totalOf(p.hubWte)
  const part = (p: Project) => posts(p) * p.scopeShare
  const byProject = largestParts(
    started,
    part,
    (p) => {
      const hub = totalOf(p.hubWte)
      const own = totalOf(p.wte)
      const sum =
        hub > 0 ? `own posts ${say.wte(own)} + hub supervision ${say.wte(hub)}` : say.wte(own)
      const inside = p.scopeShare < 1 - 1e-12 ? ` × ${say.share(p.scopeShare)} inside ${scope}` : ''
      if (inside) ledger.splitShares = true
      return {
        label: projectName(ledger, p),
        value: part(p),
        unit: 'WTE',
        formula: `It ${startText(ledger, p)}: ${sum}${inside} = ${say.wte(part(p))}`,
        children: [sizingStep(ledger, p)],
      }
    },
    { noun: 'projects', unit: 'WTE', value: (rest) => rest.reduce((s, p) => s + part(p), 0) },
  )
  const bands = BANDS.filter((b) => year.wteByBand[b] > 1e-9)
  const byBand: ExplainStep = {
    label: 'By pay band',
    value: year.wte,
    unit: 'WTE',
    formula: `By band: ${bands.map((b) => `band ${b} ${say.wte(year.wteByBand[b])}`).join(' + ') || 'none'} = ${say.wte(year.wte)}`,
  }
  return {
    label: `Staff in new provision in ${year.fy}`,
    value: year.wte,
    unit: 'WTE',
    formula: `Staff = the posts of the ${started.length} ${say.plural(started.length, 'project', 'projects')} started by ${year.fy}, each × its share inside ${scope} = ${say.wte(year.wte)} (posts count in full from the start year, during the recruitment lag too; existing teams' staff are not counted)`,
    children: [...byProject, byBand],
  }
}
