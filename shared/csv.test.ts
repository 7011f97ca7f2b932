import { describe, expect, it } from 'vitest'
import { parseCsv, parseCsvRecords } from './csv'

describe('parseCsv', () => {
  it('splits plain fields and rows', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
  })

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'name,note\n"Person Shaped Support (PSS), charity","said ""hello""\nthen left"\n'
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Person Shaped Support (PSS), charity', 'said "hello"\nthen left'],
    ])
  })

  it('accepts CRLF line endings and a final row without a line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ])
  })

  it('strips a leading byte-order mark', () => {
    expect(parseCsv('\uFEFFcode,name\nE1,X\n')[0]).toEqual(['code', 'name'])
  })

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(parseCsv('a,,c,\n"",x,"",\n')).toEqual([
      ['a', '', 'c', ''],
      ['', 'x', '', ''],
    ])
  })

  it('returns no rows for empty text', () => {
    expect(parseCsv('')).toEqual([])
  })

  it('rejects a quoted field that is never closed, naming the line', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/line 3.*never closed/)
  })

  it('rejects text straight after a closing quote', () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(/line 1/)
  })
})

describe('parseCsvRecords', () => {
  it('keys each row by the header', () => {
    expect(parseCsvRecords('code,name\nE1,"Bristol, City of"\n')).toEqual([
      { code: 'E1', name: 'Bristol, City of' },
    ])
  })

  it('rejects a row with the wrong number of fields, naming the row', () => {
    expect(() => parseCsvRecords('a,b\n1,2\n3\n')).toThrow(/row 3: expected 2 fields, found 1/)
  })
})
