/**
 * An analyst downloads an area's and a scenario's ZIP and looks up what the columns mean on
 * /sources: every file in each ZIP has its own entry there, listing each of its columns.
 */
import { expect, test } from '@playwright/test'
import { readTidyCsv, unzipText } from '../helpers/read-tidy-csv'
import { seriousViolations } from './axe'

const DOWNLOADS = [
  '/api/export/area/E54000048.zip',
  `/api/export/scenario.zip?settings=${encodeURIComponent(JSON.stringify({ scope: 'E54000048' }))}`,
]

test('every column of the area and scenario ZIPs is described on /sources', async ({ page }) => {
  const files: Record<string, string[]> = {}
  for (const url of DOWNLOADS) {
    const response = await page.request.get(url)
    expect(response.status(), url).toBe(200)
    for (const [name, text] of Object.entries(unzipText(await response.body()))) {
      if (name.endsWith('.csv')) files[name] = readTidyCsv(text, name).header
    }
  }
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['population.csv', 'years.csv', 'deprivation_years.csv']),
  )

  await page.goto('/sources')
  const section = page.getByRole('region', { name: 'Columns in the downloads', exact: true })
  await expect(section).toBeVisible()
  const provenance = section.getByRole('group').filter({ hasText: /^Provenance/ })
  await provenance.locator('summary').click()
  const provenanceColumns = await provenance.getByRole('rowheader').allTextContents()
  expect(provenanceColumns).toContain('model_version')

  for (const [file, header] of Object.entries(files)) {
    const summary = new RegExp(`^${file.replace('.', '\\.')}: one row is`)
    const entry = section.getByRole('group').filter({ hasText: summary })
    await expect(entry, file).toHaveCount(1)
    await entry.locator('summary').click()
    const listed = await entry.getByRole('rowheader').allTextContents()
    const missing = header.filter((c) => !listed.includes(c) && !provenanceColumns.includes(c))
    expect(missing, `${file} columns not on /sources`).toEqual([])
  }

  const years = section.getByRole('group').filter({ hasText: /^years\.csv: one row is/ })
  await expect(years.getByRole('row', { name: /cost_real_gbp/ })).toContainText(
    'Cost at first-year prices',
  )
  await years.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'tests/screenshots/sources-download-columns.png' })
  expect(await seriousViolations(page)).toEqual([])
})
