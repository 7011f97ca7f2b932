import { escapeText } from './escape-cell'
import { csvField } from './to-csv'

export interface PopulationExportRow {
  code: string
  name: string
  midYear: number
  age0: number | null
  age1: number | null
  allAges: number | null
}

/** The header of the population export: the 'wide' import shape, so the file can be re-imported. */
export const POPULATION_CSV_HEADER = 'area_code,area_name,mid_year,age_0,age_1,all_ages'

/**
 * A data version's population as a plain CSV in the wide import shape (no metadata block, so it
 * round-trips through the importer). Cells without both ages are left out: the importer needs
 * both, and a cell left out of an import keeps its value. UTF-8 with a BOM, CRLF line ends.
 */
export function populationCsv(rows: readonly PopulationExportRow[]): string {
  const lines = rows
    .filter((r) => r.age0 !== null && r.age1 !== null)
    .map((r) =>
      [
        csvField(escapeText(r.code)),
        csvField(escapeText(r.name)),
        r.midYear,
        r.age0,
        r.age1,
        r.allAges ?? '',
      ].join(','),
    )
  return `\uFEFF${[POPULATION_CSV_HEADER, ...lines].join('\r\n')}\r\n`
}
