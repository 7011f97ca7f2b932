/**
 * Journey 2: a council officer in Blackburn with Darwen costs a two-therapist satellite for
 * November 2024 to March 2025 and compares it with a standalone team.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

function pounds(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/g, ''))
}

test('a council officer costs a satellite and compares it with a standalone team', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/area/E06000008')

  const calculator = page.getByRole('region', {
    name: 'Cost a satellite team in Blackburn with Darwen',
  })
  await expect(calculator).toBeVisible()
  await calculator.getByLabel('Number of therapists').fill('2')
  await calculator.getByLabel('Start month').fill('2024-11')
  await calculator.getByLabel('End month').fill('2025-03')
  await expect(calculator.getByLabel('Hub team')).toHaveValue(/pairs/i)

  const satelliteTable = calculator.getByRole('table', {
    name: /Satellite in Blackburn with Darwen: cost by financial year/,
  })
  const row = satelliteTable.getByRole('row', { name: /2024\/25/ })
  await expect(row.getByRole('cell').first()).toHaveText('5')
  const total = pounds(await row.getByRole('cell').last().textContent())
  expect(total).toBeGreaterThan(59_000)
  expect(total).toBeLessThan(62_000)

  const satellite = calculator.getByRole('region', {
    name: 'Satellite in Blackburn with Darwen',
    exact: true,
  })
  const standalone = calculator.getByRole('region', {
    name: 'Standalone standard team',
    exact: true,
  })
  await expect(satellite).toContainText('Families it could see')
  await expect(standalone).toContainText('7 WTE')
  const standaloneTotal = pounds(
    await calculator
      .getByRole('table', { name: /Standalone standard team/ })
      .getByRole('row', { name: /2024\/25/ })
      .getByRole('cell')
      .last()
      .textContent(),
  )
  expect(standaloneTotal).toBeGreaterThan(total)
  await expect(calculator).toContainText('The satellite costs')

  await expect(calculator.getByRole('button', { name: 'Print this costing' })).toBeVisible()
  await expect(
    calculator.getByRole('link', { name: 'Model Blackburn with Darwen in a scenario' }),
  ).toHaveAttribute('href', '/scenarios/new?scope=E06000008')

  // The whole calculator, inputs and results, in one picture.
  await page.getByRole('button', { name: 'Print this costing' }).focus()
  await calculator.screenshot({ path: 'tests/screenshots/council-officer.png' })

  const axe = await new AxeBuilder({ page }).analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  await context.close()
})

test('an end month before the start is explained beside the field', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/area/E06000008?satStart=2025-03&satEnd=2024-11')
  const calculator = page.getByRole('region', {
    name: 'Cost a satellite team in Blackburn with Darwen',
  })
  await expect(
    calculator.getByText('The end month must be the same as or after the start month'),
  ).toBeVisible()
  await context.close()
})
