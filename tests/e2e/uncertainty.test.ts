/**
 * "How sure is this?" in the scenario builder: the chance of full coverage in words, the P10/P50/P90
 * table of the coverage fan chart and the tornado table, following a changed need rate; no serious
 * accessibility violations with the section on screen.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function rangesSettled(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Ranges are up to date.' })).toBeVisible()
}

/** The coverage fan chart's table as text rows: year, P10, P50, P90, central. */
async function fanTable(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', {
    name: 'Coverage: the range of outcomes, by financial year',
  })
  const rows = await table.getByRole('row').all()
  return Promise.all(
    rows
      .slice(1)
      .map(async (row) => (await row.locator('th, td').allTextContents()).map((t) => t.trim())),
  )
}

test('the builder says how sure its answer is, and the ranges follow the need rate', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048')
  const section = page.getByRole('region', { name: 'How sure is this?' })
  await expect(section).toBeVisible()
  await rangesSettled(page)

  const chance = section.getByTestId('full-coverage-chance')
  await expect(chance).toContainText(
    /(About \d in 10|Fewer than 1 in 20|More than 19 in 20|None of the|All) .*full coverage by 2030\/31/,
  )
  await expect(section).toContainText(
    'The plan — teams, sizes and start years — stays as set; the ranges show how it performs if the assumptions turn out differently.',
  )
  await expect(
    section.getByRole('table', { name: 'Cautious, central and hopeful cases' }),
  ).toContainText('Cautious case')

  const fanCard = section.getByRole('region', { name: 'Coverage: the range of outcomes' })
  await fanCard.getByText('Show data table').click()
  const headers = await fanCard.getByRole('columnheader').allTextContents()
  expect(headers.map((h) => h.trim())).toEqual([
    'Year',
    'P10',
    'P50 (middle)',
    'P90',
    'Central case',
  ])
  const before = await fanTable(page)
  expect(before.map((r) => r[0])).toContain('2030/31')
  const chanceBefore = await chance.textContent()

  const tornado = section.getByRole('region', { name: 'What moves coverage in 2030/31 most' })
  await tornado.getByText('Show data table').click()
  await expect(
    tornado.getByRole('rowheader', { name: 'Families needing a specialised team' }),
  ).toBeVisible()

  await page.screenshot({ path: 'tests/screenshots/uncertainty.png', fullPage: true })
  await section.screenshot({ path: 'tests/screenshots/uncertainty-section.png' })

  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])

  // A higher need rate: the plan is made for it, so the bands and the chance move.
  await page.getByText(/^Assumptions \(/).click()
  await page.locator('#assumption-needRate').fill('9')
  await expect(page).toHaveURL(/a\.needRate=0\.09/)
  await rangesSettled(page)
  await expect.poll(() => fanTable(page)).not.toEqual(before)
  const after = await fanTable(page)
  expect(after.map((r) => r[0])).toEqual(before.map((r) => r[0]))
  await expect(chance).not.toHaveText(chanceBefore ?? '')
  await context.close()
})
