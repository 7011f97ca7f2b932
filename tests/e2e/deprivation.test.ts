/**
 * Who is left without a team, by deprivation (model 2.0): the fifths of UK authorities on an area
 * page today and in the builder's results from the first to the target year, each with its
 * sentence and table; and the deprivation weighting set to none from the builder's Need group.
 */
import { expect, test, type Locator } from '@playwright/test'
import { seriousViolations } from './axe'

const FIFTHS = [
  'Most deprived fifth',
  'Second most deprived fifth',
  'Middle fifth',
  'Second least deprived fifth',
  'Least deprived fifth',
]

/** A table's body as text rows, header cell first. */
async function tableRows(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody tr').all()
  return Promise.all(
    rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((t) => t.trim())),
  )
}

const count = (text: string) => Number(text.replace(/[^\d.]/g, ''))

test('England says who is left without a team in each fifth by deprivation', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/area/E92000001')
  const card = page.getByRole('region', { name: 'Who is left without a team, by deprivation' })
  await card.scrollIntoViewIfNeeded()
  await expect(card).toContainText(
    /In the most deprived fifth, \d+% of babies live where no team works today, against \d+% in the least deprived fifth\./,
  )
  await card.getByText('Show data table').click()
  const table = card.getByRole('table', {
    name: /babies under two and coverage by deprivation fifth/,
  })
  await expect(table.getByRole('rowheader')).toHaveText(FIFTHS)
  // Each share is the babies where no team works over the fifth's babies, as the bars show.
  for (const [, , babies, without, share] of await tableRows(table)) {
    expect(Math.abs((100 * count(without!)) / count(babies!) - count(share!))).toBeLessThanOrEqual(
      1,
    )
  }
  const bars = card.locator('.app-qbars__group')
  await expect(bars).toHaveCount(5)
  await expect(bars.first()).toContainText('Most deprived fifth')
  await card.screenshot({ path: 'tests/screenshots/deprivation-england.png' })
  expect(await seriousViolations(page)).toEqual([])

  // An authority says which fifth it is in and what that does to its need.
  await page.goto('/area/E06000009')
  const own = page.getByRole('region', { name: 'Deprivation and need' })
  await expect(own).toContainText('Blackpool is in the most deprived fifth of UK authorities')
  await expect(own).toContainText(/Need here is [\d.]+ times the UK average share of births/)
  await context.close()
})

test('the builder shows coverage by deprivation and can weight need the same everywhere', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048')
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()

  const card = page.getByRole('region', { name: 'Coverage by deprivation', exact: true })
  await expect(card).toContainText(
    /In the most deprived fifth, capacity coverage goes from \d+% in \d{4}\/\d\d \(now\) to \d+% by March 2031 \(FY2030\/31\)/,
  )
  await card.getByText('Show data table').click()
  const table = card.getByRole('table', { name: /Coverage by deprivation fifth/ })
  await expect(
    table.getByRole('columnheader', { name: /^Coverage, \d{4}\/\d\d \(now\)$/ }),
  ).toBeVisible()
  await expect(table.getByRole('rowheader').first()).toHaveText('Most deprived fifth')
  await card.screenshot({ path: 'tests/screenshots/deprivation-builder.png' })

  // Need weighted by deprivation is the default; "None" makes it the same share everywhere.
  const authorities = page.getByRole('region', { name: 'Local authorities in this scenario' })
  const blackpool = authorities
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Blackpool', exact: true }) })
  await expect(blackpool).toContainText(/× [\d.]+ for deprivation/)
  const need = page.getByRole('group', { name: 'Need', exact: true })
  await expect(need.getByRole('radio', { name: /the default/ })).toBeChecked()
  await expect(need).toContainText('Assumption')
  await need.getByRole('radio', { name: 'None (same need everywhere)' }).check()
  await expect(page).toHaveURL(/a\.deprivationNeedRatio=1(&|$)/)
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()
  await expect(blackpool).not.toContainText('for deprivation')
  await page.reload()
  await expect(
    page
      .getByRole('group', { name: 'Need', exact: true })
      .getByRole('radio', { name: 'None (same need everywhere)' }),
  ).toBeChecked()
  expect(await seriousViolations(page)).toEqual([])
  await context.close()
})
