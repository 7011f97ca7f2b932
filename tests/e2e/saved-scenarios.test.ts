/**
 * Saved scenarios end to end: sign in, save a scenario from the builder, autosave an assumption
 * with its reason and keep it over a reload, clone it and change the copy, compare the two,
 * approve one (locked, inputs disabled), and a conflicting save from a second browser that offers
 * to reload or save a copy. Screenshots for review, and an axe check of each new page.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './credentials'

const BUDGET = 'Annual budget cap for new provision, in pounds'
const NEED_RATE = /^Families needing a specialised team/

async function signIn(browser: Browser, next: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email address').fill(E2E_ADMIN_EMAIL)
  await page.getByLabel('Password', { exact: true }).fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(
    'Signed in as Administrator (Coverage 2030 administrators, admin)',
  )
  return page
}

async function resultsSettled(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: /^Results (are up to date|as approved)/ }),
  ).toBeVisible()
}

function saveStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Saved at|Saving…|Not saved)/ })
}

async function saved(page: Page) {
  await expect(saveStatus(page)).toHaveText(/^Saved at \d\d:\d\d$/)
}

function idOf(page: Page): string {
  const match = /\/scenarios\/([a-z0-9]+)$/.exec(new URL(page.url()).pathname)
  if (!match) throw new Error(`not a saved scenario address: ${page.url()}`)
  return match[1]!
}

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
}

test('save, autosave, clone, compare, approve and a conflicting save', async ({ browser }) => {
  test.setTimeout(180_000)

  // Signed out, the sign-in page itself passes axe.
  const anonymous = await browser.newContext()
  const signInPage = await anonymous.newPage()
  await signInPage.goto('/sign-in')
  await expect(signInPage.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expectAccessible(signInPage)
  await anonymous.close()

  const page = await signIn(browser, '/scenarios/new?scope=E54000048')
  await expect(page).toHaveURL(/\/scenarios\/new\?scope=E54000048$/)
  await resultsSettled(page)

  // Save from the builder, with a reason for the changed budget cap.
  await page.getByLabel(BUDGET).fill('500000')
  await page
    .getByRole('textbox', { name: 'Why did you change this? (annual budget cap)' })
    .fill('The board set this limit for new services.')
  await page.getByLabel('Scenario name').fill('Lancashire plan A')
  await page.getByRole('button', { name: 'Save scenario' }).click()
  await expect(page).toHaveURL(/\/scenarios\/[a-z0-9]+$/)
  const idA = idOf(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lancashire plan A')
  await saved(page)
  await expect(page.getByLabel(BUDGET)).toHaveValue('500,000')

  // An assumption with its reason autosaves, and survives a reload.
  await page.getByText(/^Assumptions \(\d+/).click()
  await page.getByRole('textbox', { name: NEED_RATE }).fill('8')
  await expect(saveStatus(page)).toHaveText(/^(Not saved yet|Saving…)$/)
  await page
    .getByRole('textbox', {
      name: 'Why did you change this? (Families needing a specialised team)',
    })
    .fill('Our perinatal audit found 8% of families need a team.')
  await saved(page)
  await page.reload()
  await saved(page)
  await expect(page.getByRole('textbox', { name: NEED_RATE })).toHaveValue('8')
  await expect(
    page.getByRole('textbox', {
      name: 'Why did you change this? (Families needing a specialised team)',
    }),
  ).toHaveValue('Our perinatal audit found 8% of families need a team.')
  await expect(page.getByText('You have changes that were not saved')).toHaveCount(0)
  await resultsSettled(page)
  await expectAccessible(page)

  // Clone it as plan B and change B's strategy.
  await page.getByRole('button', { name: 'Clone', exact: true }).click()
  await page.getByLabel('Name of the copy').fill('Lancashire plan B')
  await page.getByRole('button', { name: 'Clone scenario' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lancashire plan B')
  const idB = idOf(page)
  expect(idB).not.toBe(idA)
  await page.getByRole('radio', { name: 'A standalone team in every authority with a gap' }).check()
  await saved(page)

  // Compare them from the list.
  await page.getByRole('link', { name: 'Scenarios', exact: true }).click()
  await expect(page.getByRole('table', { name: /saved scenarios?/ })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('checkbox', { name: 'Select Lancashire plan A to compare' }).check()
  await page.getByRole('checkbox', { name: 'Select Lancashire plan B to compare' }).check()
  await page.getByRole('button', { name: 'Compare selected' }).click()
  await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${idA},${idB}$`))
  await expect(page.getByRole('rowheader', { name: /^Strategy\s*Differs$/ })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /^Annual budget cap$/ })).toBeVisible()
  const coverage = page.getByRole('region', { name: 'Coverage path' })
  await coverage.getByText('Show data table').click()
  const table = coverage.getByRole('table', { name: /Coverage path by financial year/ })
  await expect(table.getByRole('columnheader', { name: /Lancashire plan A/ })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: /Lancashire plan B/ })).toBeVisible()
  await expectAccessible(page)
  await page.screenshot({ path: 'tests/screenshots/compare.png', fullPage: true })

  // Open B here, then save B from a second browser: this page's next edit is refused.
  await page.goto(`/scenarios/${idB}`)
  await saved(page)
  const other = await signIn(browser, `/scenarios/${idB}`)
  await saved(other)
  await other.getByLabel(BUDGET).fill('400000')
  await saved(other)
  await page
    .getByLabel('Workforce cap: new clinical staff a year, in whole-time equivalents (WTE)')
    .fill('6')
  const conflict = page.getByRole('alert').filter({ hasText: 'Your latest changes were not saved' })
  await expect(conflict).toBeVisible()
  await expect(conflict).toContainText('Administrator saved version')
  await expect(conflict.getByRole('button', { name: 'Reload their version' })).toBeVisible()
  await expect(conflict.getByRole('button', { name: 'Save mine as a copy' })).toBeVisible()
  await expect(saveStatus(page)).toHaveText('Not saved')
  await conflict.getByRole('button', { name: 'Save mine as a copy' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lancashire plan B (copy)')
  await saved(page)
  await other.context().close()

  // Approve A: locked banner, every input disabled, the reason shown read-only.
  await page.goto(`/scenarios/${idA}`)
  await saved(page)
  await page.getByRole('button', { name: 'Approve for board' }).click()
  await page
    .getByRole('group', { name: 'Approve “Lancashire plan A” for the board?' })
    .getByRole('button', { name: 'Approve for board' })
    .click()
  const banner = page.getByRole('region', { name: 'Locked: approved for board' })
  await expect(banner).toContainText(
    /Approved for board on .+ by Administrator; data version .+, model version .+\./,
  )
  await expect(page.getByLabel(BUDGET)).toBeDisabled()
  await expect(page.getByRole('radio', { name: /^Mixed/ })).toBeDisabled()
  await expect(page.getByText('The board set this limit for new services.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve for board' })).toHaveCount(0)
  await resultsSettled(page)
  // The top of the page at 1280 px: banner, facts, settings with their reasons, headline results.
  await page.setViewportSize({ width: 1280, height: 1500 })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'tests/screenshots/saved-scenario.png' })
  await expectAccessible(page)
  await page.context().close()
})
