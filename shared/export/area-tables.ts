import type { AreaSummary } from '../domain/area-summary'
import { AREA_LEVEL_LABELS } from '../domain/geography'
import { col, type ExportBook, type ExportSheet } from './export-types'
import { metadataSheet, type ExportMeta } from './metadata'

const yesNo = (value: boolean) => (value ? 'yes' : 'no')

/**
 * An area summary as a workbook: population by mid-year and today's coverage ('Data'), its local
 * authorities ('Areas'), teams and, for an authority, neighbours; then 'Metadata'. Figures are
 * those on the area page, computed with the default assumptions.
 */
export function areaExportTables(summary: AreaSummary, meta: ExportMeta): ExportBook {
  const { area } = summary
  const data: ExportSheet = {
    name: 'Data',
    tables: [
      {
        title: `Babies by mid-year (30 June): ${area.name} (${area.code})`,
        columns: [
          col('Area code', 'text'),
          col('Area name', 'text'),
          col('Mid-year', 'year'),
          col('Aged 0', 'integer', 'people'),
          col('Aged 1', 'integer', 'people'),
          col('Under 2', 'integer', 'people'),
          col('Every authority has an estimate', 'text'),
        ],
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
        title: `Provision today from existing teams, ${summary.coverage.fy}`,
        columns: [
          col('Area code', 'text'),
          col('Financial year', 'text'),
          col('Need', 'number', 'families per year'),
          col('Capacity', 'number', 'families per year'),
          col('Coverage', 'share', 'share of need'),
          col('Geographic coverage', 'share', 'share of babies'),
          col('Clinical staff (estimated)', 'number', 'WTE'),
          col('Families per clinical WTE', 'number', 'families per WTE per year'),
          col('Supervision share', 'share', 'share of time'),
        ],
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
        title: `Local authorities in ${area.name}`,
        columns: [
          col('Authority code', 'text'),
          col('Authority name', 'text'),
          col('Share of the authority in this area', 'share', 'share'),
          col('Health body code', 'text'),
          col('Health body name', 'text'),
          col('Mid-year', 'year'),
          col('Under 2', 'number', 'people'),
          col('Births (age 0)', 'number', 'people per year'),
          col('Need', 'number', 'families per year'),
          col('Teams', 'integer', 'teams'),
          col('Coverage', 'share', 'share of need'),
          col('Any team works here', 'text'),
        ],
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
        title: `Teams serving ${area.name}`,
        columns: [
          col('Team id', 'text'),
          col('Name', 'text'),
          col('Host organisation', 'text'),
          col('Status', 'text'),
          col('Areas served (as the source says)', 'text'),
          col('Local authority codes', 'text'),
          col('Established', 'text'),
          col('Counts as capacity today', 'text'),
          col('Source', 'text'),
        ],
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
              title: `Neighbouring authorities of ${area.name}`,
              columns: [
                col('Authority code', 'text'),
                col('Authority name', 'text'),
                col('Distance between centres', 'number', 'km'),
                col('Shared border', 'number', 'km'),
                col('Teams', 'text'),
              ],
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
    ['Title', `Coverage 2030 area summary: ${area.name} (${area.code})`],
    ['Area', `${area.name} (${area.code}), ${AREA_LEVEL_LABELS[area.level]}`],
    [
      'Method',
      'Population as published; provision today from the teams register with the default assumptions.',
    ],
  ]
  return {
    fileStem: `area-${area.code}`,
    sheets: [data, areas, teams, metadataSheet(meta, about, { values: {}, rationale: {} })],
  }
}
