import type { AreaSummary } from '../domain/area-summary'
import { AREA_LEVEL_LABELS } from '../domain/geography'
import { type ExportBook, type ExportSheet } from './export-types'
import { TABLE_COLUMNS } from './table-columns'
import { metadataSheet, type ExportMeta } from './metadata'

const yesNo = (value: boolean) => (value ? 'yes' : 'no')

const POPULATION_SOURCE = 'ONS, NRS and NISRA mid-year population estimates'
const MODEL_SOURCE =
  'Coverage 2030 model: births and population estimates, the teams register and the default assumptions (assumptions.csv)'
const REGISTER_SOURCE = 'Coverage 2030 teams register, compiled from public sources'
const GEOGRAPHY_SOURCE = 'ONS local authority boundaries (May 2024), their centroids and lookups'

/**
 * An area summary as a workbook: population by mid-year and today's coverage ('Data'), its local
 * authorities ('Areas'), teams and, for an authority, neighbours; then 'Metadata'. Figures are
 * those on the area page, computed with the default assumptions. The first table, population by
 * mid-year, is the area's main table (the single-CSV download).
 */
export function areaExportTables(summary: AreaSummary, meta: ExportMeta): ExportBook {
  const { area } = summary
  const title = `Coverage 2030 area summary: ${area.name} (${area.code})`
  const data: ExportSheet = {
    name: 'Data',
    tables: [
      {
        name: 'population',
        title: `Babies by mid-year (30 June): ${area.name} (${area.code})`,
        source: POPULATION_SOURCE,
        columns: TABLE_COLUMNS.population,
        rows: summary.population.map((p) => [
          area.code,
          area.name,
          p.midYear,
          p.age0,
          p.age1,
          p.under2,
          yesNo(p.complete),
        ]),
      },
      {
        name: 'coverage_today',
        title: `Provision today from existing teams, ${summary.coverage.fy}`,
        source: MODEL_SOURCE,
        columns: TABLE_COLUMNS.coverage_today,
        rows: [
          [
            area.code,
            summary.coverage.fy,
            summary.coverage.need,
            summary.coverage.capacity,
            summary.coverage.coverage,
            summary.coverage.geographicCoverage,
            summary.staffToday.clinicalWte,
            summary.staffToday.familiesPerClinicalWte,
            summary.staffToday.supervisionShare,
          ],
        ],
      },
    ],
  }
  const areas: ExportSheet = {
    name: 'Areas',
    tables: [
      {
        name: 'local_authorities',
        title: `Local authorities in ${area.name}`,
        source: MODEL_SOURCE,
        columns: TABLE_COLUMNS.local_authorities,
        rows: summary.localAuthorities.map((la) => [
          la.code,
          la.name,
          la.share,
          la.healthBody.code,
          la.healthBody.name,
          la.midYear,
          la.under2,
          la.births,
          la.need,
          la.teams,
          la.coverage,
          yesNo(la.geographicCovered),
        ]),
      },
    ],
  }
  const teams: ExportSheet = {
    name: 'Teams',
    tables: [
      {
        name: 'teams',
        title: `Teams serving ${area.name}`,
        source: REGISTER_SOURCE,
        columns: TABLE_COLUMNS.teams,
        rows: summary.teams.map((t) => [
          t.id,
          t.name,
          t.hostOrg,
          t.status,
          t.areasText,
          t.laCodes.join(' '),
          t.establishedText,
          yesNo(t.providesCapacity),
          t.source,
        ]),
      },
      ...(summary.neighbours.length
        ? [
            {
              name: 'neighbours',
              title: `Neighbouring authorities of ${area.name}`,
              source: GEOGRAPHY_SOURCE,
              columns: TABLE_COLUMNS.neighbours,
              rows: summary.neighbours.map((n) => [
                n.code,
                n.name,
                n.distanceKm,
                n.sharedBorderKm,
                n.teams.map((t) => t.name).join('; '),
              ]),
            },
          ]
        : []),
    ],
  }
  const about: [string, string][] = [
    ['Title', title],
    ['Area', `${area.name} (${area.code}), ${AREA_LEVEL_LABELS[area.level]}`],
    [
      'Method',
      'Population as published; provision today from the teams register with the default assumptions.',
    ],
  ]
  return {
    fileStem: `area-${area.code}`,
    title,
    sheets: [data, areas, teams, metadataSheet(meta, about, { values: {}, rationale: {} })],
  }
}
