/**
 * Data in and out: a national admin imports population figures through /data (a bad file is
 * refused with its rows and columns named and nothing changed; a good one becomes the current
 * version), downloads an area's CSV and XLSX, and prints a saved scenario's board pack to PDF.
 * The data version is switched back at the end, so later tests see the seed's figures.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './credentials'

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
}

interface Version {
  id: string
  label: string
  current: boolean
}

async function versions(page: Page): Promise<Version[]> {
  const response = await page.request.get('/trpc/data.versions')
  expect(response.ok()).toBe(true)
  const body = (await response.json()) as { result: { data: Version[] } }
  return body.result.data
}

async function upload(page: Page, name: string, csv: string, button: 'Check the file' | 'Import') {
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  await page.getByLabel('Source', { exact: true }).fill('ONS mid-2025 population estimates')
  await page.getByLabel('Publication date').fill('2026-06-26')
  await page.getByRole('button', { name: button, exact: true }).click()
}

test('import population figures, download an area and print a board pack', async ({ page }) => {
  test.setTimeout(180_000)

  await page.goto('/sign-in?next=%2Fdata')
  await page.getByLabel('Email address').fill(E2E_ADMIN_EMAIL)
  await page.getByLabel('Password', { exact: true }).fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/data$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Data versions and imports')
  await expect(page.getByRole('link', { name: 'Data imports' })).toBeVisible()
  const before = await versions(page)
  const original = before.find((v) => v.current)!
  await expect(page.getByRole('table', { name: /Data versions/ })).toContainText(original.label)
  await expectAccessible(page)

  // A negative count refuses the whole file, naming the row and column; nothing is written.
  await upload(
    page,
    'bad.csv',
    'area_code,mid_year,age_0,age_1\nE06000008,2025,-5,1900\n',
    'Import',
  )
  const refused = page.getByRole('alert').filter({ hasText: 'The file was not imported' })
  await expect(refused).toContainText(/Row 2, column age_0: cannot be negative/)
  await expect(refused).toContainText('Nothing was changed.')
  expect(await versions(page)).toEqual(before)
  await page.screenshot({ path: 'tests/screenshots/data-import-refused.png', fullPage: true })

  // A good file: checked first (nothing written), then imported as the new current version.
  const good = 'area_code,mid_year,age_0,age_1\nE06000008,2025,1850,1910\n'
  await upload(page, 'mid-2025.csv', good, 'Check the file')
  await expect(page.getByText('The file passed every check')).toBeVisible()
  expect(await versions(page)).toEqual(before)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible()
  const after = await versions(page)
  expect(after).toHaveLength(before.length + 1)
  const imported = after.find((v) => v.current)!
  expect(imported.id).not.toBe(original.id)
  await expect(page.getByRole('table', { name: /Data versions/ }).getByRole('row')).toHaveCount(
    after.length + 1,
  )
  await expect(page.getByRole('row', { name: imported.label }).getByText('Current')).toBeVisible()
  await page.screenshot({ path: 'tests/screenshots/data-import.png', fullPage: true })

  // The area's figures as CSV (with the licence) and as an Excel workbook.
  await page.goto('/area/E06000008')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blackburn with Darwen')
  await page.screenshot({ path: 'tests/screenshots/area-downloads.png' })
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^Download CSV/ }).click(),
  ])
  expect(csvDownload.suggestedFilename()).toMatch(/^coverage2030-area-E06000008-.*\.csv$/)
  const csv = await readFile(await csvDownload.path(), 'utf8')
  expect(csv).toContain('E06000008')
  expect(csv).toContain('Open Government Licence v3.0')
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^Download Excel \(XLSX\)/ }).click(),
  ])
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/)
  const xlsx = await readFile(await xlsxDownload.path())
  expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK')

  // Save a scenario and open its board pack: every table laid out, then printed to PDF.
  await page.goto('/scenarios/new?scope=E54000048')
  await expect(
    page.getByRole('status').filter({ hasText: /^Results are up to date/ }),
  ).toBeVisible()
  await page.getByText(/^Assumptions \(\d+/).click()
  await page.getByRole('textbox', { name: /^Families needing a specialised team/ }).fill('8')
  await page
    .getByRole('textbox', {
      name: 'Why did you change this? (Families needing a specialised team)',
    })
    .fill('Our perinatal audit found 8% of families need a team.')
  await expect(
    page.getByRole('status').filter({ hasText: /^Results are up to date/ }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: /^Download CSV/ })).toHaveAttribute(
    'href',
    /^\/api\/export\/scenario\.csv\?settings=/,
  )
  await page.getByLabel('Scenario name').fill('Board pack test')
  await page.getByRole('button', { name: 'Save scenario' }).click()
  await expect(page).toHaveURL(/\/scenarios\/[a-z0-9]+$/)
  await expect(page.getByRole('link', { name: /^Download Excel/ })).toHaveAttribute(
    'href',
    /^\/api\/export\/scenario\/[a-z0-9]+\.xlsx$/,
  )
  await page.screenshot({ path: 'tests/screenshots/saved-scenario-outputs.png' })
  await page.getByRole('link', { name: /^Board pack/ }).click()
  await expect(page).toHaveURL(/\/scenarios\/[a-z0-9]+\/board-pack$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Board pack test')
  await expect(page.getByText('Draft: not approved for board')).toBeVisible()
  const changed = page.getByRole('table', { name: 'Assumptions changed from the default' })
  await expect(changed).toContainText('8%')
  await expect(changed).toContainText('Our perinatal audit found 8% of families need a team.')
  await expect(page.getByRole('heading', { name: 'All assumptions' })).toBeVisible()
  await expect(page.getByRole('cell', { name: /Open Government Licence/ }).first()).toBeVisible()
  await expect(page.locator('.app-chart-card details')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible()
  await expect(page.locator('.app-board-pack__stamps')).toContainText(imported.id)
  await expect(page.locator('.app-chart-card__placeholder')).toHaveCount(0)
  await page.screenshot({ path: 'tests/screenshots/board-pack.png', fullPage: true })
  await expectAccessible(page)
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: 'tests/screenshots/board-pack-print.png', fullPage: true })
  await page.pdf({
    path: 'tests/screenshots/board-pack.pdf',
    format: 'A4',
    printBackground: true,
  })
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1280, height: 900 })

  // A comparison's board pack: this scenario against a standalone-team one made through tRPC.
  const packId = /\/scenarios\/([a-z0-9]+)\/board-pack$/.exec(page.url())![1]!
  const otherId = await page.evaluate(async () => {
    const response = await fetch('/trpc/scenario.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Standalone teams',
        settings: { scope: 'E54000048', strategy: 'standalone' },
      }),
    })
    const body = (await response.json()) as { result: { data: { id: string } } }
    return body.result.data.id
  })
  await page.goto(`/compare?ids=${packId},${otherId}`)
  await page.getByRole('link', { name: 'Board pack for this comparison' }).click()
  await expect(page).toHaveURL(/\/compare\/board-pack\?ids=/)
  await expect(page.getByRole('table', { name: 'The scenarios in this pack' })).toContainText(
    'Standalone teams',
  )
  await expect(page.getByRole('heading', { name: 'How sure are these?' })).toBeVisible()
  // Four comparison charts and a coverage fan chart for each of the two scenarios.
  await expect(page.locator('.app-chart-card')).toHaveCount(6)
  await expect(page.locator('.app-chart-card details')).toHaveCount(0)
  await expect(page.locator('.app-chart-card__placeholder')).toHaveCount(0)
  await page.screenshot({ path: 'tests/screenshots/compare-board-pack.png', fullPage: true })
  await expectAccessible(page)

  // Switch back to the seed's figures, so later tests see what they expect.
  await page.goto('/data')
  await page
    .getByRole('row', { name: original.label })
    .getByRole('button', { name: /^Make current/ })
    .click()
  await expect.poll(async () => (await versions(page)).find((v) => v.current)?.id).toBe(original.id)
})
