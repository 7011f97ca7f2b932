/**
 * Journey 3: a board member reads the UK summary (headlines, the coverage path to 2030, the map
 * and its ranked table), drills down UK → England → Lancashire and South Cumbria → Blackburn with
 * Darwen, finds an area with the search box, and prints the page as a board pack.
 */
import { expect, test, type Page } from '@playwright/test'
import { currentFy, modelledYears } from './model-clock'

const PATH_TITLE = 'Coverage path to March 2031 (FY2030/31)'

function headline(page: Page, label: string | RegExp) {
  return page
    .locator('.app-headline')
    .filter({ has: page.getByRole('term').filter({ hasText: label }) })
    .getByRole('definition')
    .first()
}

test('a board member reads the UK summary, drills down and prints it', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  // The path starts at the financial year under way, whatever today's date.
  const years = modelledYears(await currentFy(page.request), 2030)
  await page.goto('/')

  await expect(page.getByRole('heading', { level: 1 })).toContainText('United Kingdom')
  await expect(headline(page, 'Babies under two')).toHaveText('1,384,780')
  await expect(headline(page, 'Teams in the UK')).toHaveText('51')
  await expect(headline(page, 'Clinical staff today')).toHaveText(/^\d[\d,]* WTE$/)
  await expect(headline(page, /^Cost to/)).toHaveText(/^£[\d.]+(m|bn)$/)
  await expect(headline(page, /^Running cost in 2030\/31/)).toHaveText(/^£[\d.]+(m|bn)$/)
  await expect(headline(page, 'First year of full coverage')).toHaveText(/^(20\d\d\/\d\d|Not by)/)
  await expect(headline(page, 'New staff by March 2031, WTE')).toHaveText(/^\d[\d,]*$/)

  // The coverage path: a chart with its table twin, one row per modelled year to 2030/31, the
  // first the year under way.
  const path = page.getByRole('region', { name: PATH_TITLE })
  await expect(path).toContainText('Teams working today can see')
  await path.getByText('Show data table').click()
  const pathTable = path.getByRole('table', { name: /Coverage path by financial year/ })
  await expect(pathTable.getByRole('rowheader')).toHaveText(years)
  await expect(path.locator('.recharts-line')).toHaveCount(2)
  await expect(
    path.getByRole('link', { name: /Explore this in the scenario builder/ }),
  ).toHaveAttribute('href', '/scenarios/new?scope=K02000001')

  // The map: every authority drawn, and the ranked table lists them all.
  const mapSection = page.getByRole('region', { name: 'Coverage by local authority' })
  await mapSection.scrollIntoViewIfNeeded()
  await expect(mapSection.locator('svg.app-map__svg path')).toHaveCount(361)
  await expect(mapSection).toContainText(
    /\d+ of the 361 local authorities in United Kingdom have no team/,
  )
  const ranked = mapSection.getByRole('table', { name: /ranked by capacity coverage/ })
  await expect(ranked.getByRole('rowheader')).toHaveCount(361)
  await expect(ranked.getByRole('rowheader').first().getByRole('link')).toBeVisible()
  await expect(ranked.getByRole('link', { name: 'Blackpool', exact: true })).toBeVisible()

  // The first screen a board member sees, and the map with its key (the whole page is in the PDF).
  await mapSection
    .locator('.app-map-layout')
    .screenshot({ path: 'tests/screenshots/board-map.png' })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'tests/screenshots/board.png' })

  // Print: the navigation goes, the map stays, and the page ends with sources and the date.
  // At about the width of an A4 page, so the screenshot looks like paper.
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden()
  await expect(mapSection.locator('svg.app-map__svg')).toBeVisible()
  const stamp = page.locator('.app-sources-note__stamp')
  await expect(stamp).toBeVisible()
  await expect(stamp).toContainText(
    /Figures as shown on \d{1,2} \w+ 20\d\d, from data version \S+ and model version \S+/,
  )
  await expect(page.getByRole('heading', { name: 'Sources and notes' })).toBeVisible()
  // The first two pages' worth: headlines, the path to 2030 and its table.
  await page.screenshot({
    path: 'tests/screenshots/board-print.png',
    clip: { x: 0, y: 0, width: 794, height: 2246 },
    fullPage: true,
  })
  await page.pdf({ path: 'tests/screenshots/board.pdf', format: 'A4', printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1280, height: 900 })

  // Drill down by links: UK → England → Lancashire and South Cumbria → Blackburn with Darwen.
  await page
    .getByRole('table', { name: /Nations of the UK/ })
    .getByRole('link', { name: 'England', exact: true })
    .click()
  await expect(page).toHaveURL(/\/area\/E92000001$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('England')
  await expect(page.getByRole('region', { name: PATH_TITLE })).toBeVisible()
  await expect(
    page
      .getByRole('region', { name: 'Coverage by local authority' })
      .locator('svg path.app-map__area'),
  ).toHaveCount(296)

  await page
    .getByRole('table', { name: /Health bodies in England/ })
    .getByRole('link', { name: /Lancashire and South Cumbria/ })
    .click()
  await expect(page).toHaveURL(/\/area\/E54000048$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Lancashire and South Cumbria',
  )
  await expect(headline(page, 'Clinical staff today')).toHaveText(/WTE$/)
  const icbMap = page.getByRole('region', { name: 'Coverage by local authority' })
  await expect(icbMap.locator('svg path.app-map__area')).toHaveCount(15)
  await expect(icbMap.locator('svg path.app-map__context').first()).toBeAttached()
  await icbMap
    .getByRole('table', { name: /ranked by capacity coverage/ })
    .getByRole('link', { name: 'Blackburn with Darwen', exact: true })
    .click()
  await expect(page).toHaveURL(/\/area\/E06000008$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blackburn with Darwen')

  // The search box finds an area by part of its name.
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Find an area by name or code' })
  await search.fill('Blackburn')
  const option = page.getByRole('option', { name: /Blackburn with Darwen/ })
  await expect(option).toBeVisible()
  await option.click()
  await expect(page).toHaveURL(/\/area\/E06000008$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blackburn with Darwen')

  await context.close()
})
