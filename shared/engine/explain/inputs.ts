import { ASSUMPTION_KEYS } from '../../domain/assumptions'
import type {
  DatasetSource,
  ExplainAssumption,
  ExplainDataset,
  ExplainTeam,
} from '../../domain/explain'
import { BANDS } from '../../domain/pay'
import { templateFor } from '../team-templates'
import type { Ledger } from './ledger'
import { say } from './text'

/** Ids of the sources-page records for the tables the engine reads. */
const SOURCE_IDS = {
  population: 'population-by-area',
  projection: 'national-projections-england',
  register: 'teams-register',
  shares: 'la-icb-lsoa-shares',
  deprivation: 'la-deprivation-composite',
  births: 'births-by-la-2001-2019',
} as const

/** The assumptions the formulas named, in the order the assumptions page lists them. */
export function usedAssumptions(ledger: Ledger): ExplainAssumption[] {
  const { data, a } = ledger.ctx
  return ASSUMPTION_KEYS.filter((key) => ledger.assumptions.has(key)).map((key) => {
    const d = data.assumptions.find((x) => x.key === key)!
    const value = a[key]
    return {
      key,
      label: d.label,
      value,
      default: d.value,
      unit: d.unit,
      mark: d.mark,
      source: d.source,
      date: d.date,
      overridden: value !== d.value,
    }
  })
}

export function usedTeams(ledger: Ledger): ExplainTeam[] {
  return [...ledger.teams.values()].sort((x, y) => x.name.localeCompare(y.name, 'en-GB'))
}

/** The tables of data behind the figure, each with its mark and, where known, its published source. */
export function usedDatasets(ledger: Ledger, sources: readonly DatasetSource[]): ExplainDataset[] {
  const { data, settings } = ledger.ctx
  const published = (id: string) => sources.find((s) => s.id === id) ?? null
  const out: ExplainDataset[] = []
  if (ledger.observed.size > 0) {
    const years = [...ledger.observed].sort((x, y) => x - y).map((m) => `mid-${m}`)
    out.push({
      id: 'population',
      label: 'Population estimates aged 0 and 1 by local authority',
      detail: `Published estimates used: ${say.list(years)}.`,
      mark: 'S',
      source:
        'Mid-year population estimates: ONS (England and Wales), National Records of Scotland, NISRA (Northern Ireland)',
      published: published(SOURCE_IDS.population),
    })
  }
  if (ledger.projected.size > 0) {
    const national = settings.trend === 'national'
    out.push({
      id: 'projection',
      label: national
        ? 'National population projection, England (applied to every nation after mid-2024)'
        : 'Flat annual births trend',
      detail: `Estimates carried forward: ${say.list([...ledger.projected].sort())}.`,
      mark: 'I',
      source: national
        ? 'ONS national population projections, 2020-based interim principal projection: births and population aged 0 and 1'
        : 'The scenario’s births trend a year (see the assumptions)',
      published: national ? published(SOURCE_IDS.projection) : null,
    })
  }
  if (ledger.ownTrends.size > 0) {
    const trends = data.nationTrends.filter((t) => ledger.ownTrends.has(t.nation))
    out.push({
      id: 'nation-trends',
      label: 'Own recent trend in births (nations whose estimates stop at mid-2022)',
      detail: trends.map((t) => `${t.basis} ${say.rate(t.perYear)} a year.`).join(' '),
      mark: 'I',
      source:
        'ONS MYEB3 births by local authority and ONS mid-year estimates (NRS, NISRA), fitted by Coverage 2030',
      published: published(SOURCE_IDS.births),
    })
  }
  if (ledger.deprivation) {
    out.push({
      id: 'deprivation',
      label: 'Composite UK index of multiple deprivation by local authority',
      detail:
        "Shares of each authority's people in the UK's most deprived fifth, the next two fifths and the least deprived two fifths of neighbourhoods (indices of 2017–2020).",
      mark: 'S',
      source: 'mySociety composite UK IMD, CC BY 4.0',
      published: published(SOURCE_IDS.deprivation),
    })
  }
  if (ledger.splitShares) {
    out.push({
      id: 'health-body-shares',
      label: 'Shares of authorities split between health bodies',
      detail:
        'An authority split between health bodies counts in each by its share of 2021 small areas (LSOAs), not of babies.',
      mark: 'I',
      source: 'ONS LSOA (2021) to sub-ICB location, ICB and local authority lookup, 2024',
      published: published(SOURCE_IDS.shares),
    })
  }
  if (ledger.pay.size > 0) {
    const years = [...ledger.pay.keys()].sort((x, y) => x - y)
    const bands = BANDS.filter((b) => years.some((fy) => ledger.pay.get(fy)!.has(b)))
    const scaleYears = [...new Set(data.payScales.map((p) => p.fy))].sort((x, y) => x - y)
    const sources = [
      ...new Set(data.payScales.filter((p) => bands.includes(p.band)).map((p) => p.source)),
    ]
    out.push({
      id: 'pay-scales',
      label: 'Agenda for Change pay scales',
      detail: `Bands ${say.list(bands)} for ${say.list(years.map(say.fy))}; scales published for ${say.list(scaleYears.map(say.fy))}, later years uplifted by the pay uplift.`,
      mark: mostUncertain(data.payScales.filter((p) => bands.includes(p.band)).map((p) => p.mark)),
      source: sources.join('; '),
      published: null,
    })
    const rules = [...data.employerNi].sort((x, y) => x.fromFy - y.fromFy)
    const newest = rules.at(-1)!.fromFy
    const inForce = (fy: number) => rules.filter((r) => r.fromFy <= fy).at(-1) ?? rules[0]!
    const used = [...new Set(years.map(inForce))]
    out.push({
      id: 'employer-ni',
      label: 'Employer National Insurance',
      detail: `${say.list(
        used.map((r) =>
          r.fromFy === newest
            ? `from ${say.fy(r.fromFy)}, the scenario’s rate and threshold (published: ${say.rate(r.rate)} above ${say.money(r.threshold)})`
            : `${say.fy(r.fromFy)}: ${say.rate(r.rate)} above ${say.money(r.threshold)}`,
        ),
      )}.`,
      mark: mostUncertain(used.map((r) => r.mark)),
      source: used.map((r) => r.source).join('; '),
      published: null,
    })
  }
  for (const id of [...ledger.templates].sort()) {
    const template = templateFor(data, id)
    const replaced = settings.templates?.[id] !== undefined
    out.push({
      id: `template-${id}`,
      label: template.label,
      detail: replaced
        ? 'This scenario replaces the template’s posts with its own.'
        : `Posts: ${say.list(template.roles.map((r) => `${r.title} (band ${r.band}, ${say.wte(r.wte)})`))}.`,
      mark: replaced ? 'A' : template.mark,
      source: replaced ? 'Set in this scenario' : template.source,
      published: null,
    })
  }
  if (ledger.teams.size > 0) {
    const teams = [...ledger.teams.values()]
    out.push({
      id: 'teams-register',
      label: 'Register of specialised parent-infant relationship teams',
      detail: `${teams.length} ${say.plural(teams.length, 'team', 'teams')} used, listed below with the source of each.`,
      mark: teams.some((t) => t.mark === 'U') ? 'U' : 'S',
      source: 'Coverage 2030 register, from Parent-Infant Foundation, NHS and local sources',
      published: published(SOURCE_IDS.register),
    })
  }
  return out
}

const ORDER = ['S', 'I', 'A', 'U'] as const

/** The least certain of several marks. */
function mostUncertain(marks: readonly (typeof ORDER)[number][]): (typeof ORDER)[number] {
  let worst = 0
  for (const m of marks) worst = Math.max(worst, ORDER.indexOf(m))
  return ORDER[worst]!
}
