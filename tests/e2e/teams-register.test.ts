/**
 * The teams register end to end: a national admin adds a team serving Pendle (which has none), sees
 * it in the register and the register's count, sees Pendle's coverage rise from 0%, then closes
 * it and sees it closed and coverage back to 0%. Signed out, the register is read-only. Axe check
 * of /teams signed in, with the add form open.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './credentials'

const TEAM = 'Pendle Parent Infant Team'

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
}

function capacityCoverage(page: Page) {
  return page
    .locator('.nhsuk-summary-list__row')
    .filter({ hasText: 'Capacity coverage' })
    .locator('.app-summary-value__number')
}

function registerCount(page: Page, year: number) {
  return page
    .getByRole('table', { name: 'UK team count over time' })
    .getByRole('row', { name: new RegExp(`^${year}\\b`) })
    .getByRole('cell')
    .last()
}

test('add a team for Pendle, see coverage rise, close it', async ({ browser }) => {
  test.setTimeout(120_000)

  // Signed out: read-only.
  const anonymous = await (await browser.newContext()).newPage()
  await anonymous.goto('/teams')
  await expect(anonymous.getByRole('table', { name: /Teams register/ })).toBeVisible()
  await expect(anonymous.getByRole('button', { name: 'Add a team' })).toHaveCount(0)
  await expect(anonymous.getByRole('button', { name: /^Edit / })).toHaveCount(0)

  await anonymous.goto('/area/E07000122')
  await expect(capacityCoverage(anonymous)).toHaveText('0%')

  const page = await (await browser.newContext()).newPage()
  await page.goto(`/sign-in?next=${encodeURIComponent('/teams')}`)
  await page.getByLabel('Email address').fill(E2E_ADMIN_EMAIL)
  await page.getByLabel('Password', { exact: true }).fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Signed in as')
  await expect(page).toHaveURL(/\/teams$/)

  const year = new Date().getUTCFullYear()
  const countBefore = Number(await registerCount(page, year).textContent())

  await page.getByRole('button', { name: 'Add a team' }).click()
  await expectAccessible(page)
  // An empty form names each missing field.
  await page.getByRole('button', { name: 'Add team' }).click()
  await expect(page.getByRole('alert')).toContainText('Enter the team’s name')
  await page.getByLabel('Team name').fill(TEAM)
  await page.getByLabel('Host organisation').fill('Lancashire and South Cumbria NHS FT')
  await page.getByLabel('Local authorities it serves').fill('Narnia')
  await page.getByLabel('Source').fill('Commissioning letter, November 2026')
  await page.getByRole('button', { name: 'Add team' }).click()
  await expect(page.getByRole('alert')).toContainText('Unknown local authority: Narnia')
  await page.getByLabel('Local authorities it serves').fill('Pendle')
  await expect(page.getByText('Serves: Pendle')).toBeVisible()
  await page.getByLabel('Year it started (optional)').fill(String(year))
  await page.getByRole('button', { name: 'Add team' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible()

  const row = page.getByRole('row').filter({ hasText: TEAM })
  await expect(row).toContainText('Pendle')
  await expect(row).toContainText('Operating')
  await expect(registerCount(page, year)).toHaveText(String(countBefore + 1))

  await page.goto('/area/E07000122')
  await expect(capacityCoverage(page)).not.toHaveText('0%')
  await expect(page.getByRole('table').filter({ hasText: TEAM })).toBeVisible()

  await page.goto('/teams')
  await page.getByRole('button', { name: `Close ${TEAM}` }).click()
  await page.getByLabel('Date it closed').fill('31/03/2027')
  await page.getByLabel('Why it closed').fill('Funding ended')
  await page.getByRole('button', { name: 'Close team' }).click()
  await expect(page.getByRole('alert')).toContainText('YYYY-MM-DD')
  await page.getByLabel('Date it closed').fill(`${year + 1}-03-31`)
  await page.getByRole('button', { name: 'Close team' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'was closed' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: TEAM })).toContainText('Closed')
  await expect(page.getByRole('button', { name: `Close ${TEAM}` })).toHaveCount(0)
  await expectAccessible(page)

  await page.goto('/area/E07000122')
  await expect(capacityCoverage(page)).toHaveText('0%')
})
