import { fyLabel } from '../domain/fiscal-year'
import { BANDS } from '../domain/pay'
import { OPTION_LABELS, type ScenarioSettings } from '../domain/scenario'
import type { ScenarioResult } from '../domain/results'
import { col, type CellValue, type ExportBook, type ExportSheet } from './export-types'
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

const SETTING_LABELS: [key: string, label: string][] = [
  ['startFy', 'Start year'],
  ['targetFy', 'Target year'],
  ['strategy', 'Strategy'],
  ['phasing', 'Phasing'],
  ['priority', 'Priority order'],
  ['budgetCap', 'Annual budget cap (GBP)'],
  ['workforceCap', 'New clinical WTE per year cap'],
  ['trend', 'Population trend'],
]

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
  ])
  const data: ExportSheet = {
    name: 'Data',
    tables: [
      {
        title: `Scenario by financial year: ${scope.name} (${scope.code})`,
        columns: [
          col('Scope code', 'text'),
          col('Scope name', 'text'),
          col('Financial year', 'text'),
          col('Babies under 2', 'number', 'people'),
          col('Births', 'number', 'people per year'),
          col('Need', 'number', 'families per year'),
          col('Capacity', 'number', 'families per year'),
          col('Coverage', 'share', 'share of need'),
          col('Geographic coverage', 'share', 'share of babies'),
          col('Covered babies', 'number', 'people'),
          col('Teams', 'number', 'teams'),
          col('Existing teams', 'number', 'teams'),
          col('New teams', 'number', 'teams'),
          col('Satellites', 'number', 'teams'),
          col('Expanded teams', 'number', 'teams'),
          col('New provision staff', 'number', 'WTE'),
          col('New clinical staff', 'number', 'WTE'),
          col('Cost', 'gbp', 'GBP'),
          col('Recurrent cost', 'gbp', 'GBP'),
          col('One-off cost', 'gbp', 'GBP'),
          col('Cumulative cost', 'gbp', 'GBP'),
        ],
        rows: years,
      },
      {
        title: 'New provision staff by Agenda for Change band',
        columns: [
          col('Financial year', 'text'),
          ...BANDS.map((b) => col(`Band ${b}`, 'number', 'WTE')),
        ],
        rows: result.years.map((y) => [y.fy, ...BANDS.map((b) => y.wteByBand[b] ?? 0)]),
      },
      {
        title: 'Headline',
        columns: [col('Measure', 'text'), col('Value', 'text'), col('Amount', 'number')],
        rows: [
          [
            'First year of full coverage',
            result.fullCoverageFy ?? `none by ${fyLabel(settings.targetFy)}`,
            null,
          ],
          ['Cost per baby covered in the target year (GBP)', '', result.costPerBabyCovered],
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
        title: `Local authorities by financial year: ${scope.name}`,
        columns: [
          col('Authority code', 'text'),
          col('Authority name', 'text'),
          col('Share of the authority in scope', 'share', 'share'),
          col('Health body code', 'text'),
          col('Option', 'text'),
          col('Why', 'text'),
          col('Hub team', 'text'),
          col('Start year', 'text'),
          col('Existing teams', 'text'),
          col('Financial year', 'text'),
          col('Babies under 2', 'number', 'people'),
          col('Births', 'number', 'people per year'),
          col('Need', 'number', 'families per year'),
          col('Capacity', 'number', 'families per year'),
          col('Coverage', 'share', 'share of need'),
          col('Cost', 'gbp', 'GBP'),
        ],
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
          ]),
        ),
      },
    ],
  }

  const resolved = settings as unknown as Record<string, unknown>
  const settingsTable = {
    title: 'Settings',
    columns: [
      col('Setting', 'text' as const),
      col('Value', 'text' as const),
      col('Rationale', 'text' as const),
    ],
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
  const about: [string, string][] = [
    ['Title', `Coverage 2030 scenario: ${info.saved?.name ?? `unsaved, ${scope.name}`}`],
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
    sheets: [
      data,
      areas,
      metadataSheet(meta, about, { values: settings.assumptions, rationale: assumptionRationale }, [
        settingsTable,
      ]),
    ],
  }
}
