/**
 * "Why this number?": in the Lancashire and South Cumbria builder, a headline figure and an
 * authority row open their working: the formula with its values, the need rate with its mark
 * and source, by keyboard alone, with no serious accessibility violations while open.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { fyLabel } from '../../shared/domain/fiscal-year'
import { currentFy } from './model-clock'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function resultsSettled(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Tabs forward until the button has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, limit = 400) {
  for (let k = 0; k < limit; k++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('never reached the button by Tab')
}

test('a headline figure and an authority row explain themselves, by keyboard too', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048')
  await resultsSettled(page)

  // The total cost to the target year, from its headline.
  const costWhy = page.getByRole('button', {
    name: 'Why this number: cost to 2030/31',
    exact: true,
  })
  await expect(costWhy).toHaveAttribute('aria-expanded', 'false')
  await costWhy.click()
  await expect(costWhy).toHaveAttribute('aria-expanded', 'true')
  const costPanel = page.getByRole('region', { name: /^Why this number\? Cost to 2030\/31$/ })
  await expect(costPanel).toBeFocused()
  // A sum of every modelled year's cost, from the year under way.
  const first = fyLabel(await currentFy(page.request)).replace('/', '\\/')
  await expect(costPanel.locator('.app-why__formula')).toContainText(
    new RegExp(`^Cost to 2030\\/31 = £[\\d,]+ \\(${first}\\) \\+ .* = £[\\d,]+$`),
  )
  // The panel's value is the headline's new provision, to the pound (existing teams are apart).
  const headline = page
    .getByRole('definition')
    .filter({ hasText: 'to keep existing teams running' })
  const pounds = /£[\d,]+/.exec((await headline.textContent()) ?? '')![0]
  await expect(costPanel.locator('.app-why__value')).toHaveText(`Value: ${pounds}`)
  await expect(costPanel.getByRole('table', { name: 'Assumptions used' })).toContainText(
    'Employer pension',
  )

  await page.screenshot({ path: 'tests/screenshots/why-this-number-headline.png' })

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape')
  await expect(costPanel).toHaveCount(0)
  await expect(costWhy).toBeFocused()
  await expect(costWhy).toHaveAttribute('aria-expanded', 'false')

  // Blackburn with Darwen's need, reached and opened by keyboard alone.
  const needWhy = page.getByRole('button', {
    name: 'Why this number: need in 2030/31 for Blackburn with Darwen',
  })
  await page
    .getByRole('heading', { name: 'Local authorities in this scenario' })
    .scrollIntoViewIfNeeded()
  await page.getByRole('link', { name: 'Blackburn with Darwen' }).focus()
  await tabTo(page, needWhy, 20)
  await page.keyboard.press('Enter')
  const needPanel = page.getByRole('region', {
    name: /Why this number\? Need in 2030\/31 for Blackburn with Darwen/,
  })
  await expect(needPanel).toBeFocused()
  await expect(needPanel.locator('.app-why__formula')).toHaveText(
    /^Need = births [\d,]+ × need rate 7% × deprivation weight [\d.]+ = \d+ families a year$/,
  )
  const needRate = needPanel
    .getByRole('table', { name: 'Assumptions used' })
    .getByRole('row', { name: /Families needing a specialised team/ })
  await expect(needRate).toContainText('7%')
  await expect(needRate).toContainText('Derived')
  await expect(needRate).toContainText('Parent-Infant Foundation')
  // The deprivation weighting it is multiplied by says it is an assumption.
  await expect(
    needPanel
      .getByRole('table', { name: 'Assumptions used' })
      .getByRole('row', { name: /Extra need where deprivation is highest/ }),
  ).toContainText('Assumption')
  await expect(needPanel).toContainText('Open Government Licence v3.0')

  expect(await seriousViolations(page)).toEqual([])
  await needPanel.screenshot({ path: 'tests/screenshots/why-this-number.png' })

  // Space on the button closes it again.
  await needWhy.focus()
  await page.keyboard.press('Space')
  await expect(needPanel).toHaveCount(0)
  await expect(needWhy).toHaveAttribute('aria-expanded', 'false')

  // Coverage of the same row opens its working with the capacity steps, also clean under axe.
  await page
    .getByRole('button', { name: 'Why this number: coverage in 2030/31 for Blackburn with Darwen' })
    .click()
  const coveragePanel = page.getByRole('region', {
    name: /Why this number\? Coverage in 2030\/31 for Blackburn with Darwen/,
  })
  await expect(coveragePanel.locator('.app-why__formula')).toContainText(
    'Coverage = min(1, capacity',
  )
  // The satellite's funding ended in March 2025, so the working says why it does not count.
  await expect(coveragePanel).toContainText(
    'Blackburn with Darwen satellite of Blackpool PAIRS was funded to March 2025',
  )
  const more = coveragePanel.getByText('Show the working').first()
  await more.focus()
  await page.keyboard.press('Enter')
  await expect(coveragePanel.locator('details[open]').first()).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page
    .locator('.app-authority-table')
    .screenshot({ path: 'tests/screenshots/why-this-number-table.png' })
  await context.close()
})
