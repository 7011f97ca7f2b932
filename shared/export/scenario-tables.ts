import { fyLabel } from '../domain/fiscal-year'
import { BANDS } from '../domain/pay'
import { OPTION_LABELS, type ScenarioSettings } from '../domain/scenario'
import type { ScenarioResult } from '../domain/results'
import { type CellValue, type ExportBook, type ExportSheet, type ExportTable } from './export-types'
import { TABLE_COLUMNS } from './table-columns'
import { metadataSheet, type ExportMeta } from './metadata'

/** What is known about the scenario besides its result. */
export interface ScenarioExportInfo {
  /** The settings exactly as given (before defaults were filled in). */
  settings: ScenarioSettings
  /** A saved scenario's identity; absent for an unsaved one. */
  saved?: { id: string; name: string; version: number; status: string }
  /** Why settings or assumptions were changed: 'budgetCap' or 'a.needRate' → text. */
  rationale?: Record<string, string>
}

const MODEL_SOURCE =
  'Coverage 2030 model: population estimates, births, the teams register and the assumptions in assumptions.csv'

const SETTING_LABELS: [key: string, label: string][] = [
  ['startFy', 'Start year'],
  ['targetFy', 'Target year'],
  ['strategy', 'Strategy'],
  ['phasing', 'Phasing'],
  ['priority', 'Priority order'],
  ['budgetCap', 'Annual budget cap (GBP)'],
  ['workforceCap', 'New clinical WTE per year cap'],
  ['trend', 'Population trend'],
  ['existingTeams', 'Existing teams when their funding ends'],
]

/** The money framing: totals at current and first-year prices, present value, per family. */
function moneyRows(result: ScenarioResult): CellValue[][] {
  const m = result.money
  const base = fyLabel(m.priceBaseFy)
  return [
    ['Total cost of new provision, cash (GBP)', '', m.totalNominal],
    ['Running cost of existing teams, cash (GBP)', '', m.existingNominal],
    ['Total cost with existing teams, cash (GBP)', '', m.totalWithExistingNominal],
    [`Total cost at ${base} prices (GBP)`, '', m.totalReal],
    [
      `Present value at ${base}, discounted at ${m.discountRate * 100}% a year (GBP)`,
      '',
      m.presentValue,
    ],
    [
      'Cost per family supported by new provision in the target year (GBP, cash)',
      '',
      m.costPerFamilySupported,
    ],
    [
      `Cost per family supported by new provision in the target year at ${base} prices (GBP)`,
      '',
      m.costPerFamilySupportedReal,
    ],
  ]
}

/**
 * A scenario result as a workbook: totals by financial year, WTE by band and the headline
 * ('Data'), each authority by year ('Areas'), then 'Metadata' with the exact settings, every
 * assumption used with its value, range, mark, source and rationale.
 */
export function scenarioExportTables(
  result: ScenarioResult,
  meta: ExportMeta,
  info: ScenarioExportInfo,
): ExportBook {
  const { scope, settings } = result
  const rationale = info.rationale ?? {}
  const years: CellValue[][] = result.years.map((y) => [
    scope.code,
    scope.name,
    y.fy,
    y.babiesUnder2,
    y.births,
    y.need,
    y.capacity,
    y.coverage,
    y.geographicCoverage,
    y.coveredBabies,
    y.teams,
    y.teamsBreakdown.existing,
    y.teamsBreakdown.new,
    y.teamsBreakdown.satellites,
    y.teamsBreakdown.expanded,
    y.wte,
    y.clinicalWte,
    y.cost,
    y.recurrentCost,
    y.oneOffCost,
    y.cumulativeCost,
    y.costReal,
    y.costPresentValue,
    y.newFamiliesSupported,
    y.existingCost,
    y.renewedCost,
    y.totalCost,
    y.cumulativeTotalCost,
    y.workforce.needed,
    y.workforce.started,
    y.workforce.startedTrainees,
    y.workforce.inTraining,
    y.workforce.completingTraining,
    y.workforce.cap,
    y.workforce.fairShare,
  ])
  const data: ExportSheet = {
    name: 'Data',
    tables: [
      {
        name: 'years',
        title: `Scenario by financial year: ${scope.name} (${scope.code})`,
        source: MODEL_SOURCE,
        columns: TABLE_COLUMNS.years,
        rows: years,
      },
      {
        // Long, one row per year and band: a tidy shape that pivots in any tool.
        name: 'staff_by_band',
        title: 'New provision staff by Agenda for Change band',
        source: MODEL_SOURCE,
        columns: TABLE_COLUMNS.staff_by_band,
        rows: result.years.flatMap((y) => BANDS.map((b) => [y.fy, b, y.wteByBand[b] ?? 0])),
      },
      {
        name: 'headline',
        title: 'Headline',
        source: MODEL_SOURCE,
        columns: TABLE_COLUMNS.headline,
        rows: [
          [
            'First year of full coverage',
            result.fullCoverageFy ?? `none by ${fyLabel(settings.targetFy)}`,
            null,
          ],
          ['Cost per baby covered in the target year (GBP)', '', result.costPerBabyCovered],
          ...moneyRows(result),
          ['Gap left in the target year (families per year)', '', result.gap.families],
          ['Gap left in the target year (clinical WTE)', '', result.gap.clinicalWte],
          ['Gap left in the target year (GBP per year)', '', result.gap.cost],
          ...result.warnings.map((w): CellValue[] => ['Warning', w, null]),
        ],
      },
    ],
  }
  const areas: ExportSheet = {
    name: 'Areas',
    tables: [
      {
        name: 'authority_years',
        title: `Local authorities by financial year: ${scope.name}`,
        source: MODEL_SOURCE,
        columns: TABLE_COLUMNS.authority_years,
        rows: result.areas.flatMap((a) =>
          a.years.map((y) => [
            a.code,
            a.name,
            a.share,
            a.healthBody,
            OPTION_LABELS[a.option],
            a.reason,
            a.hubTeamId ?? '',
            a.startFy === null ? '' : fyLabel(a.startFy),
            a.existingTeams.join('; '),
            fyLabel(y.fyStart),
            y.babiesUnder2,
            y.births,
            y.need,
            y.capacity,
            y.coverage,
            y.cost,
            y.existingCost,
            a.deprivation?.quintile ?? null,
            a.needWeight,
            a.needOverride?.rate ?? null,
            a.needOverride?.reason ?? '',
          ]),
        ),
      },
      {
        // Long, one row per quintile and year, as the dashboard's deprivation chart shows it.
        name: 'deprivation_years',
        title: `Coverage by UK deprivation quintile: ${scope.name}`,
        source: `${MODEL_SOURCE}; deprivation from the UK-wide index in sources.csv`,
        columns: TABLE_COLUMNS.deprivation_years,
        rows: result.byDeprivation.flatMap((g) =>
          g.years.map((y) => [
            scope.code,
            g.quintile,
            g.label,
            g.authorities,
            fyLabel(y.fyStart),
            y.need,
            y.capacity,
            y.coverage,
            y.geographicCoverage,
            y.babiesWithoutTeam,
          ]),
        ),
      },
    ],
  }

  const resolved = settings as unknown as Record<string, unknown>
  const settingsTable: ExportTable = {
    name: 'settings',
    title: 'Settings',
    source: 'The scenario as given, with the model defaults for anything left out',
    columns: TABLE_COLUMNS.settings,
    rows: [
      ...SETTING_LABELS.map(([key, label]): CellValue[] => {
        const value = resolved[key]
        const shown =
          value === null || value === undefined
            ? 'none'
            : key === 'startFy' || key === 'targetFy'
              ? fyLabel(Number(value))
              : String(value)
        const given = key in info.settings ? '' : ' (default)'
        return [label, `${shown}${given}`, rationale[key] ?? '']
      }),
      ...Object.entries(settings.overrides).map(([code, o]): CellValue[] => [
        `Override for ${code}`,
        JSON.stringify(o),
        rationale[`o.${code}`] ?? '',
      ]),
      ['Settings as given (JSON)', JSON.stringify(info.settings), ''],
    ],
  }
  const title = `Coverage 2030 scenario: ${info.saved?.name ?? `unsaved, ${scope.name}`}`
  const about: [string, string][] = [
    ['Title', title],
    ['Scope', `${scope.name} (${scope.code})`],
    ...(info.saved
      ? ([
          ['Scenario id', info.saved.id],
          ['Scenario version', String(info.saved.version)],
          ['Status', info.saved.status],
        ] as [string, string][])
      : []),
    ['Model and data versions of the result', `${result.modelVersion}; ${result.dataVersion}`],
  ]
  const assumptionRationale = Object.fromEntries(
    Object.entries(rationale)
      .filter(([key]) => key.startsWith('a.'))
      .map(([key, text]) => [key.slice(2), text]),
  )
  return {
    fileStem: info.saved ? `scenario-${info.saved.id}` : `scenario-${scope.code}`,
    title,
    sheets: [
      data,
      areas,
      metadataSheet(meta, about, { values: settings.assumptions, rationale: assumptionRationale }, [
        settingsTable,
      ]),
    ],
  }
}
