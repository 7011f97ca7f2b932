/** Exports as plain tables (no IO): CSV here; the XLSX writer is on the server (exceljs). */
export { areaExportTables } from './area-tables'
export { escapeText, needsEscape, xmlSafe } from './escape-cell'
export {
  headerText,
  type CellValue,
  type ColumnFormat,
  type ExportBook,
  type ExportColumn,
  type ExportSheet,
  type ExportTable,
} from './export-types'
export { contentDisposition, exportFileName } from './file-name'
export { EXPORT_NOTES, type ExportMeta, type ExportSource } from './metadata'
export { populationCsv, POPULATION_CSV_HEADER, type PopulationExportRow } from './population-csv'
export { scenarioExportTables, type ScenarioExportInfo } from './scenario-tables'
export { csvField, csvNumber, toCsv } from './to-csv'
