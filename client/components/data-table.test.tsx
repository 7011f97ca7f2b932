import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, test } from 'vitest'
import type { SortState } from '../lib/sort'
import { DataTable, type Column } from './data-table'

afterEach(cleanup)

interface Row {
  code: string
  name: string
  babies: number | null
}

const rows: Row[] = [
  { code: 'W', name: 'Wales', babies: 55962 },
  { code: 'E', name: 'England', babies: 1167387 },
  { code: 'N', name: 'Northern Ireland', babies: null },
]

const columns: Column<Row>[] = [
  { key: 'name', header: 'Nation', rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
  {
    key: 'babies',
    header: 'Babies',
    numeric: true,
    firstDir: 'desc',
    cell: (r) => String(r.babies ?? 'No estimate'),
    sortValue: (r) => r.babies,
  },
]

function Sortable() {
  const [sort, setSort] = useState<SortState>({ key: 'name', dir: 'asc' })
  return (
    <DataTable
      caption="Nations"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      sort={sort}
      onSortChange={setSort}
    />
  )
}

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)

describe('DataTable', () => {
  test('is a real table with a caption, column headers and row headers', () => {
    render(<DataTable caption="Nations" columns={columns} rows={rows} rowKey={(r) => r.code} />)
    const table = screen.getByRole('table', { name: 'Nations' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.getAttribute('scope')),
    ).toEqual(['col', 'col'])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.getAttribute('scope')),
    ).toEqual(['row', 'row', 'row'])
    expect(within(table).queryByRole('button')).toBeNull()
  })

  test('sorts by column buttons, announcing the order with aria-sort', () => {
    render(<Sortable />)
    expect(rowNames()).toEqual(['England', 'Northern Ireland', 'Wales'])
    const [nameHeader, babiesHeader] = screen.getAllByRole('columnheader')
    expect(nameHeader?.getAttribute('aria-sort')).toBe('ascending')
    expect(babiesHeader?.getAttribute('aria-sort')).toBe('none')

    fireEvent.click(screen.getByRole('button', { name: /babies/i }))
    expect(babiesHeader?.getAttribute('aria-sort')).toBe('descending')
    expect(rowNames()).toEqual(['England', 'Wales', 'Northern Ireland'])

    fireEvent.click(screen.getByRole('button', { name: /babies/i }))
    expect(babiesHeader?.getAttribute('aria-sort')).toBe('ascending')
    expect(rowNames()).toEqual(['Wales', 'England', 'Northern Ireland'])
  })

  test('says so when there are no rows', () => {
    render(
      <DataTable
        caption="Teams"
        columns={columns}
        rows={[]}
        rowKey={(r) => r.code}
        emptyText="No team matches."
      />,
    )
    expect(screen.getByText('No team matches.')).toBeTruthy()
  })
})
