/**
 * Journey 1: an ICB commissioner opens a scenario for Lancashire and South Cumbria, reads the
 * coverage path, then caps the annual budget at £500,000 and sees coverage fall behind.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from './axe'

const TARGET_FY = '2030/31'

/** Capacity coverage by year from the coverage chart's data table, as numbers (42% → 42). */
async function coveragePath(page: Page): Promise<Record<string, number>> {
  const table = page.getByRole('table', { name: 'Coverage by financial year' })
  const rows = await table.getByRole('row').all()
  const path: Record<string, number> = {}
  for (const row of rows.slice(1)) {
    const year = (await row.getByRole('rowheader').textContent())?.trim() ?? ''
    const coverage = (await row.getByRole('cell').nth(2).textContent()) ?? ''
    path[year] = Number(/[\d.]+/.exec(coverage)?.[0])
  }
  return path
}

async function resultsSettled(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
    // A whole-UK page on a cold server and a 2-core machine can take longer than the default 5 s.
  ).toBeVisible({ timeout: 15_000 })
}

test('a commissioner sees the coverage path change under a budget cap', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048')

  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Lancashire and South Cumbria',
  )
  await resultsSettled(page)

  const coverageCard = page.getByRole('region', { name: 'Coverage path' })
  await expect(coverageCard).toContainText(`Capacity coverage goes from`)
  await coverageCard.getByText('Show data table').click()
  const open = await coveragePath(page)
  expect(Object.keys(open)).toContain(TARGET_FY)
  expect(open[TARGET_FY]).toBeGreaterThan(0)

  await page.getByRole('radio', { name: 'As fast as the budget and workforce caps allow' }).check()
  await page.getByLabel('Annual budget cap for new provision, in pounds').fill('500000')
  await expect(page).toHaveURL(/phasing=capped/)
  await expect(page).toHaveURL(/budget=500000/)
  await resultsSettled(page)

  // The table follows the settings: coverage under the cap is never above the open path, and ends lower.
  await expect
    .poll(async () => (await coveragePath(page))[TARGET_FY])
    .toBeLessThan(open[TARGET_FY]!)
  const capped = await coveragePath(page)
  for (const [year, value] of Object.entries(capped)) expect(value).toBeLessThanOrEqual(open[year]!)
  await expect(page.getByRole('definition').filter({ hasText: 'Not by March 2031' })).toBeVisible()

  // The scenario survives a refresh because it lives in the link.
  await page.reload()
  await expect(page.getByLabel('Annual budget cap for new provision, in pounds')).toHaveValue(
    '500,000',
  )
  await expect(
    page.getByRole('radio', { name: 'As fast as the budget and workforce caps allow' }),
  ).toBeChecked()
  await resultsSettled(page)

  await page
    .getByRole('heading', { name: 'Results', exact: true })
    .evaluate((el) => el.scrollIntoView())
  await page.screenshot({ path: 'tests/screenshots/commissioner.png' })

  const axe = await new AxeBuilder({ page }).analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  await context.close()
})

test('a link with an impossible setting says what it ignored', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048&a.needRate=1.5&budget=abc')
  const notice = page.getByRole('region', { name: 'Some settings in this link were not used' })
  await expect(notice).toContainText('needRate must be between 0 and 1')
  await expect(notice).toContainText('Annual budget cap "abc"')
  await resultsSettled(page)
  await context.close()
})

test('a commissioner reads new clinical staff against the national supply', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  // The UK plan is held to the national supply of new staff (65 clinical WTE a year [A]).
  await page.goto('/scenarios/new?scope=K02000001')
  await resultsSettled(page)
  const card = page.getByRole('region', { name: 'New clinical staff against the supply' })
  await expect(card).toContainText('Starts are held to this area')
  await expect(card.getByText('Assumption')).toBeVisible()
  await card.getByText('Show data table').click()
  const table = card.getByRole('table', { name: /New clinical staff and the pipeline/ })
  const first = table.getByRole('row').nth(1)
  await expect(first.getByRole('cell').last()).toHaveText('65.0')
  await card.evaluate((el) => el.scrollIntoView())
  await page.screenshot({ path: 'tests/screenshots/workforce-uk.png' })

  // Lifting the supply to 1,000 a year lets more start in the first year.
  await page.goto('/scenarios/new?scope=K02000001&a.nationalRecruitsPerYear=1000')
  await resultsSettled(page)
  await expect(card).toContainText('1,000 WTE a year')

  // A health body is compared with its share, not held to it.
  await page.goto('/scenarios/new?scope=E54000048')
  await resultsSettled(page)
  await expect(card).toContainText('relies on recruiting faster than the rest of the country')
  expect(await seriousViolations(page, '#chart-workforce')).toEqual([])
  await context.close()
})
