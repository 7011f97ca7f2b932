/**
 * An authority's own need rate in the builder (model 2.0): set from its row in the table of
 * authorities with the reason for it, refused with a message naming the field when the reason is
 * missing, kept in the link, and shown with its reason wherever that authority's need is.
 */
import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from './axe'

const REASON = 'Blackpool perinatal needs assessment, 2025'

async function resultsSettled(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()
}

test('a commissioner gives Blackpool its own need rate, with the reason', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/scenarios/new?scope=E54000048')
  await resultsSettled(page)
  const authorities = page.getByRole('region', { name: 'Local authorities in this scenario' })
  const blackpool = authorities
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Blackpool', exact: true }) })
  const needBefore = (await blackpool.getByRole('cell').nth(1).textContent()) ?? ''

  await authorities.getByRole('button', { name: 'Set local rate of need for Blackpool' }).click()
  const form = authorities.getByRole('form', { name: 'Local need rate for Blackpool' })
  await expect(form).toContainText(/The model uses [\d.]+% of births here/)
  await form.getByLabel('Need rate, in per cent of births').fill('9')

  // Without a reason it is refused, the reason field says why and takes the focus.
  await form.getByRole('button', { name: 'Use this rate for Blackpool' }).click()
  const reason = form.getByLabel('Why the need differs here')
  await expect(form.locator('.nhsuk-error-message')).toHaveText(
    "Error: Enter why Blackpool's need differs, such as the needs assessment it comes from",
  )
  await expect(reason).toBeFocused()
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await expect(page).not.toHaveURL(/n\.E06000009=/)
  expect(await seriousViolations(page)).toEqual([])
  await form.screenshot({ path: 'tests/screenshots/local-need-error.png' })

  // With one, the rate is used, kept in the link, and shown with its reason.
  await reason.fill(REASON)
  await form.getByRole('button', { name: 'Use this rate for Blackpool' }).click()
  await expect(form).toHaveCount(0)
  await expect(page).toHaveURL(/n\.E06000009=0\.09/)
  await expect(page).toHaveURL(/nr\.E06000009=Blackpool/)
  await expect(
    authorities.getByRole('button', { name: 'Change local rate of need for Blackpool' }),
  ).toBeFocused()
  await resultsSettled(page)
  await expect(blackpool).toContainText(`Own rate 9.0% of births: ${REASON}`)
  await expect
    .poll(async () => blackpool.getByRole('cell').nth(1).textContent())
    .not.toBe(needBefore)
  await expect(page.getByRole('group', { name: 'Need', exact: true })).toContainText(
    'Blackpool (9.0% of births) has its own need rate.',
  )
  await blackpool.screenshot({ path: 'tests/screenshots/local-need-row.png' })

  // Its explanation says where the need comes from.
  await blackpool
    .getByRole('button', { name: /^Why this number: need in .* for Blackpool$/ })
    .click()
  await expect(authorities.locator('.app-why__formula').first()).toContainText(REASON)

  // It survives a refresh, and can be taken away again.
  await page.reload()
  await resultsSettled(page)
  await expect(blackpool).toContainText(`Own rate 9.0% of births: ${REASON}`)
  await authorities.getByRole('button', { name: 'Change local rate of need for Blackpool' }).click()
  await authorities
    .getByRole('button', { name: 'Use the model’s rate again for Blackpool' })
    .click()
  await expect(page).not.toHaveURL(/n\.E06000009=/)
  await resultsSettled(page)
  await expect(blackpool).toContainText('for deprivation')
  await context.close()
})
