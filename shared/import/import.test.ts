import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CsvSyntaxError,
  detectShape,
  firstInvalidUtf8,
  formatProblems,
  parseCount,
  readCsvRecords,
  shapeList,
  validatePopulationCsv,
  type ImportProblem,
} from '.'

const AREAS = [
  { code: 'E06000001', name: 'Hartlepool' },
  { code: 'E06000023', name: 'Bristol, City of' },
]

describe('readCsvRecords', () => {
  it('gives each record the line it starts on, across quoted line breaks', () => {
    expect(readCsvRecords('a,b\r\n"x\r\ny",z\n\n1,"2"\r3')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\r\ny', 'z'] },
      { line: 4, fields: [''] },
      { line: 5, fields: ['1', '2'] },
      { line: 6, fields: ['3'] },
    ])
  })

  it('names the line of an unclosed quote', () => {
    expect(() => readCsvRecords('a\n"b\nc\n')).toThrow(
      new CsvSyntaxError(2, 'a quoted field opened on this line is never closed'),
    )
  })
})

describe('firstInvalidUtf8', () => {
  it('agrees with a fatal TextDecoder on arbitrary bytes (2,000 runs)', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true
        try {
          decoder.decode(bytes)
        } catch {
          valid = false
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid)
      }),
      { numRuns: 2_000 },
    )
  })
})

describe('parseCount', () => {
  it.each([
    ['915', { value: 915, grouped: false }],
    [' 0042 ', { value: 42, grouped: false }],
    ['1,234', { value: 1234, grouped: true }],
    ['1,234,567', { value: 1_234_567, grouped: true }],
    ['1,23', { error: 'expected a whole number, got "1,23"' }],
    ['-0', { error: 'cannot be negative, got "-0"' }],
    ['.5', { error: 'must be a whole number, got ".5"' }],
    ['1E3', { error: 'must be written out in digits, got "1E3"' }],
  ])('%j', (raw, expected) => {
    expect(parseCount(raw, 1e7)).toEqual(expected)
  })
})

describe('detectShape', () => {
  it('recognises the three shapes, header names loosely matched', () => {
    const shape = (header: string) => {
      const r = detectShape(header.split(','))
      return r.ok ? r.detected.shape : r.problems
    }
    expect(shape('area_code,area_name,mid_year,age,count')).toBe('long')
    expect(shape('Area Code,Mid-Year,Age 0,AGE_1')).toBe('wide')
    expect(shape('Code,Name,Geography,All ages,0,1,2,3,90+')).toBe('mye2')
  })

  it('names the accepted shapes when none matches', () => {
    const r = detectShape(['x', 'y'])
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problems[0]!.message).toBe(
      `the header matches none of the accepted shapes: ${shapeList()}. Found: x,y`,
    )
    expect(shapeList()).toBe(
      'long (area_code,area_name,mid_year,age,count; one row per area, mid-year and age); ' +
        'wide (area_code,area_name,mid_year,age_0,age_1[,all_ages][,under_2]; one row per area and mid-year); ' +
        'ONS MYE2 (Code,Name,Geography,All ages,0,1,2,…,90+; one row per area, the mid-year given with the file)',
    )
  })
})

describe('validatePopulationCsv', () => {
  it('reads a wide file with optional blank all_ages, names matched loosely', () => {
    const result = validatePopulationCsv(
      'area_code,area_name,mid_year,age_0,age_1,all_ages\nE06000023,Bristol,2024,1,2,\nE06000001,HARTLEPOOL,2024,3,4,100\n',
      { areas: AREAS },
    )
    expect(result.ok && result.rows).toEqual([
      { laCode: 'E06000023', midYear: 2024, age0: 1, age1: 2, allAges: null },
      { laCode: 'E06000001', midYear: 2024, age0: 3, age1: 4, allAges: 100 },
    ])
    expect(result.ok && result.warnings).toEqual([])
  })

  it('reads a long file, pairing ages 0 and 1 of each area and year', () => {
    const result = validatePopulationCsv(
      'area_code,mid_year,age,count\nE06000001,2024,1,4\nE06000001,2024,0,3\nE06000001,2024,2,9\n',
      { areas: AREAS },
    )
    expect(result.ok && result.rows).toEqual([
      { laCode: 'E06000001', midYear: 2024, age0: 3, age1: 4, allAges: null },
    ])
    expect(result.ok && result.notes).toEqual(['1 rows for ages other than 0 and 1 were skipped.'])
  })
})

describe('formatProblems', () => {
  it('lists the first 50 and counts the rest', () => {
    const problems: ImportProblem[] = Array.from({ length: 53 }, (_, i) => ({
      row: i + 2,
      field: 'count',
      message: 'cannot be negative, got "-1"',
    }))
    const lines = formatProblems(problems).split('\n')
    expect(lines[0]).toBe('The file was not imported: 53 problems in 53 rows. Nothing was changed.')
    expect(lines[1]).toBe('row 2, column "count": cannot be negative, got "-1"')
    expect(lines).toHaveLength(52)
    expect(lines.at(-1)).toBe('… and 3 more problems')
  })
})
