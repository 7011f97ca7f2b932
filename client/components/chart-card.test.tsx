import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { ChartCard } from './chart-card'
import { MarkBadge } from './mark-badge'

afterEach(cleanup)

test('a chart card carries a summary and a data table, and hides the drawing from screen readers', () => {
  render(
    <ChartCard
      id="babies"
      title="Babies under two"
      units="Babies at 30 June"
      summary={<p>Fewer babies than in 2019.</p>}
      chart={<svg data-testid="chart" />}
      table={
        <table>
          <caption>Babies by year</caption>
          <tbody>
            <tr>
              <th scope="row">mid-2024</th>
              <td>3,919</td>
            </tr>
          </tbody>
        </table>
      }
      source="ONS"
    />,
  )
  expect(screen.getByRole('region', { name: 'Babies under two' })).toBeTruthy()
  expect(screen.getByText('Fewer babies than in 2019.')).toBeTruthy()
  expect(screen.getByTestId('chart').closest('[aria-hidden="true"]')).not.toBeNull()
  const summary = screen.getByText(/Show data table/)
  expect(summary.closest('summary')).not.toBeNull()
  expect(screen.getByRole('table', { hidden: true }).querySelector('caption')?.textContent).toBe(
    'Babies by year',
  )
  expect(screen.getByText('Source: ONS')).toBeTruthy()
})

test('a mark badge says in words how sure a figure is, with its source', () => {
  render(<MarkBadge mark="A" source="FACTS.md §6" />)
  const badge = screen.getByText('Assumption')
  expect(badge.className).toContain('nhsuk-tag')
  expect(badge.getAttribute('title')).toContain('Source: FACTS.md §6')
  expect(badge.textContent).toContain('Assumption (not from a source)')
})
