/**
 * Assumption presets (model 2.0): the builder starts on the evidence-based defaults and shows the
 * same plan on the Parent-Infant Foundation calibration side by side; applying the calibration
 * sets its four assumptions in the link, and its figures become this scenario's.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { seriousViolations } from './axe'

const PANEL = 'This scenario and the Parent-Infant Foundation calibration'

async function settled(page: Page, panel: Locator) {
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()
  // The panel's own status line is empty once the calibration is worked out (while it loads,
  // a loading message is a second status).
  await expect(panel.getByRole('table').first()).toBeVisible()
  await expect(panel.locator('.app-results__status')).toHaveText('')
}

/** The side-by-side table as { figure: [this scenario, calibration] }. */
async function sideBySide(panel: Locator): Promise<Record<string, [string, string]>> {
  const table = panel.getByRole('table', {
    name: /This scenario and the Parent-Infant Foundation calibration, by March 2031/,
  })
  const out: Record<string, [string, string]> = {}
  for (const row of await table.locator('tbody tr').all()) {
    const [figure, ours, theirs] = (await row.locator('th, td').allTextContents()).map((t) =>
      t.trim(),
    )
    out[figure!] = [ours!, theirs!]
  }
  return out
}

test('apply the Parent-Infant Foundation calibration and see the two plans side by side', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048')
  const presets = page.getByRole('group', { name: 'Assumptions to start from' })
  await expect(presets).toContainText('In use: Evidence-based defaults.')
  const panel = page.getByRole('region', { name: PANEL, exact: true })
  await settled(page, panel)

  const before = await sideBySide(panel)
  expect(Object.keys(before)).toEqual([
    'Capacity coverage',
    'Annual cost of new provision (cash)',
    'Staff in new provision',
    'Cost per family supported',
    'Teams serving the area',
  ])
  // The calibration sees more families a team, so the same plan needs fewer staff and less money.
  const [oursCost, pifCost] = before['Annual cost of new provision (cash)']!
  expect(Number(pifCost.replace(/\D/g, ''))).toBeLessThan(Number(oursCost.replace(/\D/g, '')))
  const differ = panel.getByRole('table', { name: 'The assumptions that differ' })
  await expect(differ.getByRole('row', { name: /Families seen per clinical WTE/ })).toContainText(
    '46 families per WTE a year',
  )
  await expect(differ).toContainText('Assumption')
  await panel.scrollIntoViewIfNeeded()
  await panel.screenshot({ path: 'tests/screenshots/pif-side-by-side.png' })

  await presets.getByRole('button', { name: 'Apply Parent-Infant Foundation calibration' }).click()
  await expect(page).toHaveURL(/a\.familiesPerClinicalWte=46/)
  await expect(page).toHaveURL(/a\.recruitmentSuccess=1(&|$)/)
  await expect(page).toHaveURL(/a\.payUplift=0\.025/)
  await expect(page).toHaveURL(/a\.deprivationNeedRatio=1(&|$)/)
  await expect(presets).toContainText('In use: Parent-Infant Foundation calibration.')
  await settled(page, panel)
  await expect(panel).toContainText('This scenario already uses the calibration')
  // The calibration's figures are now this scenario's, headline included.
  const after = await sideBySide(panel)
  for (const [ours, theirs] of Object.values(after)) expect(ours).toBe(theirs)
  expect(after['Cost per family supported']![0]).toBe(before['Cost per family supported']![1])
  await expect(
    page
      .locator('.app-headline')
      .filter({ hasText: 'Cost per family supported' })
      .getByRole('definition')
      .first(),
  ).toHaveText(before['Cost per family supported']![1])

  expect(await seriousViolations(page)).toEqual([])

  // Back to the evidence: the four assumptions leave the link.
  await presets.getByRole('button', { name: 'Apply Evidence-based defaults' }).click()
  await expect(page).not.toHaveURL(/a\.familiesPerClinicalWte/)
  await expect(presets).toContainText('In use: Evidence-based defaults.')
  await context.close()
})
