/** Population imports: pure checks of an uploaded CSV (no IO); the database side is in db/. */
export { readCsvRecords, CsvSyntaxError, type CsvRecord } from './csv-records'
export { fileText, fileTooLarge, firstInvalidUtf8, MAX_FILE_BYTES } from './file-text'
export { importMetaSchema, type ImportMeta } from './import-meta'
export { detectShape, SHAPES, shapeList, type ShapeId } from './population-shapes'
export {
  formatProblem,
  formatProblems,
  MAX_LISTED_PROBLEMS,
  problemSummary,
  type ImportProblem,
} from './problems'
export {
  MAX_AGE_COUNT,
  MAX_DATA_ROWS,
  MAX_MID_YEAR,
  MIN_MID_YEAR,
  parseCount,
  validatePopulationCsv,
  type KnownArea,
  type PopulationImportOptions,
  type PopulationImportRow,
  type PopulationValidation,
} from './validate-population'
