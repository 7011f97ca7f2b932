/**
 * Exports as plain tables (no IO): tidy CSVs and their datapackage.json here; the XLSX writer
 * and the ZIP are on the server (exceljs, fflate).
 */
export { areaExportTables } from './area-tables'
export {
  dataPackage,
  OGL_LICENCE,
  tableFileName,
  type DataPackage,
  type DataPackageField,
  type DataPackageResource,
} from './datapackage'
export { escapeText, needsEscape, xmlSafe } from './escape-cell'
export {
  bookTables,
  headerText,
  type CellValue,
  type ColumnFormat,
  type ExportBook,
  type ExportColumn,
  type ExportSheet,
  type ExportTable,
} from './export-types'
export { contentDisposition, exportFileName, type ExportExtension } from './file-name'
export { EXPORT_NOTES, type ExportMeta, type ExportSource } from './metadata'
export { mainTable, packageFiles, type PackageFile } from './package-files'
export { populationCsv, POPULATION_CSV_HEADER, type PopulationExportRow } from './population-csv'
export { scenarioExportTables, type ScenarioExportInfo } from './scenario-tables'
export { TABLE_COLUMNS, TABLE_GUIDE, type TableName } from './table-columns'
export { PROVENANCE_COLUMNS, tidyColumns, tidyCsv, tidyRows } from './tidy-csv'
export { csvCell, csvField, csvNumber } from './to-csv'
