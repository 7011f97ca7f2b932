import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { Explanation } from '../../shared/domain/explain'
import type { ScenarioResult } from '../../shared/domain/results'
import { queryClient, trpc } from '../trpc'
import { DataTable, type Column } from './data-table'
import { useExplainCells, type ExplainRun } from './why-this-number'

afterEach(() => {
  cleanup()
  queryClient.clear()
})

const run = {
  settings: { scope: 'E54000048' } as ScenarioResult['settings'],
  dataVersion: 'data-1',
  modelVersion: '1.0.0',
} satisfies ExplainRun

interface Row {
  fy: string
  cost: number
}

const rows: Row[] = [
  { fy: '2025/26', cost: 100 },
  { fy: '2026/27', cost: 200 },
]

const columns: Column<Row>[] = [
  { key: 'fy', header: 'Year', rowHeader: true, cell: (r) => r.fy },
  { key: 'cost', header: 'Cost', numeric: true, cell: (r) => `£${r.cost}` },
]

function explanation(over: Partial<Explanation> = {}): Explanation {
  return {
    measure: 'cost',
    fyStart: 2026,
    fy: '2026/27',
    scope: { code: 'E54000048', name: 'Lancashire', level: 'health-body' },
    area: null,
    title: 'Cost in 2026/27 for Lancashire',
    value: 200,
    unit: 'GBP',
    formula: 'Cost = recurrent £150 + one-off £50 = £200',
    steps: [
      {
        label: 'New team',
        value: 200,
        unit: 'GBP',
        formula: 'It starts in 2026/27; its cost £200 = £200',
        children: [
          {
            label: 'Band 6 in 2026/27',
            value: 70,
            unit: 'GBP a year',
            formula: 'One WTE at band 6 = …',
            children: [
              { label: 'Band 6 salary', value: 40, unit: 'GBP a year', formula: 'Salary = …' },
            ],
          },
        ],
      },
    ],
    assumptions: [
      {
        key: 'nonPayOverhead',
        label: 'Non-pay overhead',
        value: 0.25,
        default: 0.2,
        unit: 'share',
        mark: 'A',
        source: 'Research notes §3',
        date: '2026',
        overridden: true,
      },
    ],
    datasets: [],
    teams: [],
    notes: [
      'Costs are of new provision; existing teams’ running cost is shown apart, and in the total.',
    ],
    modelVersion: '1.0.0',
    dataVersion: 'data-1',
    dataVersionLabel: null,
    ...over,
  }
}

function seed(e: Explanation) {
  const options = trpc.scenario.explain.queryOptions({
    settings: run.settings,
    figure: { measure: 'cost', fy: 2026 },
  })
  queryClient.setQueryData(options.queryKey, e)
}

function CostTable() {
  const explain = useExplainCells<Row>(run, { fyOf: (r) => r.fy, measures: { cost: 'cost' } })
  return (
    <DataTable caption="Cost" columns={columns} rows={rows} rowKey={(r) => r.fy} {...explain} />
  )
}

function renderTable() {
  return render(
    <QueryClientProvider client={queryClient}>
      <CostTable />
    </QueryClientProvider>,
  )
}

describe('Why this number? in a data table', () => {
  beforeEach(() => seed(explanation()))

  test('each explained cell has a named disclosure button; other columns have none', () => {
    renderTable()
    const buttons = screen.getAllByRole('button', { name: /^Why this number: / })
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Why this number: cost in 2025/26',
      'Why this number: cost in 2026/27',
    ])
    for (const b of buttons) expect(b).toHaveProperty('textContent', 'Why?')
  })

  test('opening shows the panel in a full-width row under its row, focused, with the formula, marks and overrides', () => {
    renderTable()
    const button = screen.getByRole('button', { name: 'Why this number: cost in 2026/27' })
    fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    const panel = screen.getByRole('region', { name: 'Why this number? Cost in 2026/27' })
    expect(button.getAttribute('aria-controls')).toBe(panel.id)
    expect(document.activeElement).toBe(panel)
    // The detail row follows the 2026/27 row and spans both columns.
    const cell = panel.closest('td')!
    expect(cell.getAttribute('colspan')).toBe('2')
    expect(cell.parentElement!.previousElementSibling!.textContent).toContain('2026/27')
    expect(within(panel).getByText('Cost = recurrent £150 + one-off £50 = £200')).toBeTruthy()
    const assumptions = within(panel).getByRole('table', { name: 'Assumptions used' })
    const row = within(assumptions).getByRole('row', { name: /Non-pay overhead/ })
    expect(row.textContent).toContain('25%')
    expect(row.textContent).toContain('Changed from the default 20%')
    expect(row.textContent).toContain('Assumption')
    expect(row.textContent).toContain('Research notes §3 (2026)')
    // Deeper working waits behind a disclosure.
    const more = panel.querySelector('details summary')!
    expect(more.textContent).toBe('Show the working for Band 6 in 2026/27')
  })

  test('Escape closes the panel and returns focus to its button', () => {
    renderTable()
    const button = screen.getByRole('button', { name: 'Why this number: cost in 2026/27' })
    fireEvent.click(button)
    const panel = screen.getByRole('region', { name: 'Why this number? Cost in 2026/27' })
    fireEvent.keyDown(panel, { key: 'Escape' })
    expect(screen.queryByRole('region', { name: /Why this number/ })).toBeNull()
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button)
  })

  test('an explanation from other data than the results says so', () => {
    seed(explanation({ dataVersion: 'data-2' }))
    renderTable()
    fireEvent.click(screen.getByRole('button', { name: 'Why this number: cost in 2026/27' }))
    const panel = screen.getByRole('region', { name: 'Why this number? Cost in 2026/27' })
    expect(panel.textContent).toContain('so its figures may differ')
  })
})
