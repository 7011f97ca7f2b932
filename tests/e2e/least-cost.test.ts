/**
 * The least-cost plan (issue #8): from the builder to /plan for Lancashire and South Cumbria,
 * read the plan and why one authority got its option and start, value earlier support at £0
 * and see the starts move later and the cost fall, cap the budget and see authorities left
 * out, then open the capped plan in the builder and find the same total cost there.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './credentials'

const COVERAGE = 'Coverage by March 2031 (FY2030/31)'
const TOTAL = 'Total cost to March 2031'
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** A headline figure (label, value and detail) by its label. */
function headline(page: Page, label: string): Locator {
  return page
    .locator('.app-headline')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .first()
}

/** The exact amount in pounds given under "Total cost to March 2031". */
async function exactTotal(page: Page): Promise<string> {
  const detail = await headline(page, TOTAL).locator('.app-headline__detail').textContent()
  const amount = /£[\d,]+/.exec(detail ?? '')?.[0]
  expect(amount, `an amount in "${detail}"`).toBeTruthy()
  return amount!
}

async function planSettled(page: Page) {
  await expect(page.getByText('Working out the plan for the new settings…')).toHaveCount(0)
  await expect(page.getByText(/^Loading /)).toHaveCount(0)
}

test('a commissioner finds the least-cost plan, caps it and opens it in the builder', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048')
  await page.getByRole('link', { name: 'Find the least-cost plan for this area' }).click()
  await expect(page).toHaveURL(/\/plan\?scope=E54000048$/)

  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Lancashire and South Cumbria',
  )
  await planSettled(page)
  await expect(headline(page, COVERAGE)).toContainText('100%')
  await expect(headline(page, 'Lower bound on the score')).toContainText('Proved')
  await expect(headline(page, 'Family-years of support')).toContainText('left unsupported')
  const openTotal = await exactTotal(page)

  // Planning by upper-tier council, Lancashire's districts share one county team, started
  // early because the support it gives is worth more than the running it costs.
  const areas = page.getByRole('table', { name: /What the plan gives each local authority/ })
  await expect(areas.getByRole('row')).toHaveCount(18)
  const burnley = areas.getByRole('row').filter({ has: page.getByText('Why for Burnley') })
  await burnley.getByText('Why for Burnley').click()
  await expect(
    burnley.getByText(/Pooled into one new team for Lancashire \(planning by upper-tier council\)/),
  ).toBeVisible()
  await expect(
    burnley.getByText(/against a start in 2028\/29 it supports [\d,]+ more family-years of need/),
  ).toBeVisible()

  await page.getByRole('heading', { name: 'The plan in brief' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'tests/screenshots/least-cost-plan-valued.png' })

  // Valued at £0, the plan is the cheapest alone: it starts later and costs less.
  const value = page.getByLabel('Value of a year of support for one family, in pounds [A]')
  await expect(value).toHaveValue('40,000')
  await value.fill('0')
  await expect(page).toHaveURL(/value=0/)
  await planSettled(page)
  await expect(headline(page, 'Lower bound on cost')).toContainText('Proved')
  const cheapestTotal = await exactTotal(page)
  const pounds = (text: string) => Number(text.replace(/[£,]/g, ''))
  expect(pounds(cheapestTotal)).toBeLessThan(pounds(openTotal))
  await expect(page.getByText(/Each family-year of support is valued/)).toHaveCount(0)

  // A "reach it by" path: at least 30% by March 2028. The plan keeps to it, and a path no plan
  // can keep to is refused on the field, naming the year.
  const years = page.getByRole('table', { name: /Spend, new clinical staff and coverage by year/ })
  const by2028 = page.getByLabel('By March 2028 (FY2027/28)')
  await by2028.fill('30')
  await expect(page).toHaveURL(/r\.2027=30/)
  await planSettled(page)
  await expect(page.getByText(/It keeps to the path asked: at least 30% by 2027\/28/)).toBeVisible()
  await expect(years.getByRole('cell', { name: 'at least 30%' })).toBeVisible()
  const by2027 = page.getByLabel('By March 2027 (FY2026/27)')
  await by2027.fill('95')
  await expect(page.locator('#reachBy-error')).toContainText(
    'no plan within the caps reaches 95% coverage by 2026/27',
  )
  await expect(page.getByText('The plan could not be worked out')).toBeVisible()
  await page.getByRole('group', { name: 'Reach it by (optional)' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'tests/screenshots/least-cost-reach-by.png' })
  await by2027.fill('')
  await by2028.fill('')
  await expect(page).not.toHaveURL(/r\.20/)
  await planSettled(page)

  const comparison = page.getByRole('table', { name: /The least-cost plan and other scenarios/ })
  await expect(comparison.getByRole('row')).toHaveCount(6)

  // Cap the budget: some authorities are left out and coverage falls below 100%.
  await page.getByLabel('Annual budget cap for new provision, in pounds').fill('1000000')
  await expect(page).toHaveURL(/budget=1000000/)
  await expect(headline(page, COVERAGE)).not.toContainText('100%')
  await planSettled(page)
  await expect(areas.getByRole('cell', { name: 'Left out' }).first()).toBeVisible()
  await expect(page.getByText(/The budget cap of £1m a year binds/)).toBeVisible()
  const cappedTotal = await exactTotal(page)
  expect(cappedTotal).not.toBe(cheapestTotal)

  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.screenshot({ path: 'tests/screenshots/least-cost-plan.png', fullPage: true })
  await page.getByRole('heading', { name: 'The plan in brief' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'tests/screenshots/least-cost-plan-brief.png' })

  // Into the builder: the same settings, start years included, give the same total cost.
  await page.getByRole('button', { name: 'Open in the scenario builder' }).click()
  await expect(page).toHaveURL(/\/scenarios\/new\?.*os\.E0\d{7}=\d{4}/)
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()
  await expect(headline(page, TOTAL)).toContainText(cappedTotal)
  await context.close()
})

test('signed in, the plan is compared with the person’s own saved scenarios for the area', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/sign-in?next=${encodeURIComponent('/scenarios')}`)
  await page.getByLabel('Email address').fill(E2E_ADMIN_EMAIL)
  await page.getByLabel('Password', { exact: true }).fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Signed in as')
  // A saved scenario of the commissioner's own: every authority a standalone team.
  const name = `Our standalone plan ${Date.now()}`
  const status = await page.evaluate(async (scenarioName) => {
    const response = await fetch('/trpc/scenario.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: scenarioName,
        settings: { scope: 'E54000048', strategy: 'standalone' },
      }),
    })
    return response.status
  }, name)
  expect(status).toBe(200)

  await page.goto('/plan?scope=E54000048')
  await planSettled(page)
  const comparison = page.getByRole('table', { name: /The least-cost plan and other scenarios/ })
  const own = comparison.getByRole('row').filter({ hasText: name })
  await expect(own).toHaveCount(1)
  // The plan reaches full coverage at least cost, so the saved scenario costs more.
  await expect(own).toContainText('more than the plan')
  await context.close()
})
