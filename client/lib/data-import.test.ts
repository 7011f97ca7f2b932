import { describe, expect, it } from 'vitest'
import {
  areaExportHref,
  canImportData,
  fileSizeProblem,
  importProblemLines,
  problemLine,
  savedScenarioExportHref,
  scenarioExportHref,
} from './data-import'

describe('canImportData', () => {
  it('is only for admins of a national body', () => {
    expect(canImportData({ role: 'admin', organisation: { kind: 'national' } })).toBe(true)
    expect(canImportData({ role: 'admin', organisation: { kind: 'icb' } })).toBe(false)
    expect(canImportData({ role: 'editor', organisation: { kind: 'national' } })).toBe(false)
    expect(canImportData(null)).toBe(false)
  })
})

describe('fileSizeProblem', () => {
  it('refuses empty files and files over 5 MB', () => {
    expect(fileSizeProblem(0)).toBe('The selected file is empty')
    expect(fileSizeProblem(5 * 1024 * 1024)).toBeNull()
    expect(fileSizeProblem(6 * 1024 * 1024)).toBe(
      'The selected file must be smaller than 5 MB (it is 6.0 MB)',
    )
  })
})

describe('problemLine', () => {
  it('names the row and column', () => {
    expect(problemLine({ row: 5, field: 'age_0', message: 'cannot be negative, got "-5"' })).toBe(
      'Row 5, column age_0: cannot be negative, got "-5"',
    )
  })
  it('copes with a whole-file or whole-row problem', () => {
    expect(problemLine({ row: null, field: null, message: 'The file is empty' })).toBe(
      'The file is empty',
    )
    expect(problemLine({ row: null, field: 'age_1', message: 'is missing' })).toBe(
      'Column age_1: is missing',
    )
  })
})

describe('importProblemLines', () => {
  it('lists every problem the server sent', () => {
    const error = {
      message: 'The file was not imported',
      data: {
        importProblems: [
          { row: 2, field: 'age_0', message: 'cannot be negative, got "-5"' },
          { row: 3, field: 'area_code', message: 'is not a local authority code' },
        ],
      },
    }
    expect(importProblemLines(error)).toEqual([
      'Row 2, column age_0: cannot be negative, got "-5"',
      'Row 3, column area_code: is not a local authority code',
    ])
  })
  it('falls back to the lines of the message', () => {
    expect(importProblemLines({ message: 'Not imported.\nrow 2, column "x": bad\n' })).toEqual([
      'Not imported.',
      'row 2, column "x": bad',
    ])
    expect(importProblemLines({ message: 'x', data: { importProblems: null } })).toEqual(['x'])
    expect(importProblemLines(undefined)).toEqual(['The file could not be imported.'])
  })
})

describe('export addresses', () => {
  it('builds the server routes', () => {
    expect(areaExportHref('E06000008', 'csv')).toBe('/api/export/area/E06000008.csv')
    expect(savedScenarioExportHref('abc12345', 'xlsx')).toBe('/api/export/scenario/abc12345.xlsx')
    expect(scenarioExportHref({ scope: 'E54000048' }, 'csv')).toBe(
      '/api/export/scenario.csv?settings=%7B%22scope%22%3A%22E54000048%22%7D',
    )
  })
})
