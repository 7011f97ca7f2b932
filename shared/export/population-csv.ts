import { OGL } from '../domain/provenance'
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

/**
 * The header of the population export: the 'wide' import shape, so the file can be re-imported
 * (the importer reads past the provenance columns), then provenance as in every tidy CSV.
 */
export const POPULATION_CSV_HEADER =
  'area_code,area_name,mid_year,age_0,age_1,all_ages,source,licence,data_version,exported_on'

export interface PopulationProvenance {
  /** The data version's own label, e.g. 'ONS mid-2025 estimates' or 'Default dataset'. */
  source: string
  dataVersion: string
  /** YYYY-MM-DD. */
  exportedOn: string
}

/**
 * A data version's population as one tidy CSV in the wide import shape, so it round-trips
 * through the importer. Cells without both ages are left out: the importer needs both, and a
 * cell left out of an import keeps its value. UTF-8 without a byte-order mark, CRLF line ends.
 */
export function populationCsv(
  rows: readonly PopulationExportRow[],
  provenance: PopulationProvenance,
): string {
  const tail = [
    csvField(escapeText(provenance.source)),
    csvField(OGL),
    csvField(escapeText(provenance.dataVersion)),
    provenance.exportedOn,
  ].join(',')
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
        tail,
      ].join(','),
    )
  return `${[POPULATION_CSV_HEADER, ...lines].join('\r\n')}\r\n`
}
