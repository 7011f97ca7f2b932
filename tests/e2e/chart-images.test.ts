/**
 * Charts out: "Download image" on a chart card (and on the coverage map) gives an SVG built from the chart on screen with
 * its title, text summary, source, licence, date and versions, and a PNG drawn from the same
 * SVG. The SVG is opened in the browser and its footer read; both files are saved for review.
 */
import { copyFile, readFile } from 'node:fs/promises'
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'

async function download(page: Page, card: Locator, format: 'PNG' | 'SVG', title: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: `Download ${format} image of ${title}` }).click(),
  ])
  return file
}

/** The text an SVG file shows in a group, line by line joined with spaces, read in the browser. */
async function shownText(browser: Browser, path: string, group: string): Promise<string> {
  const viewer = await (await browser.newContext()).newPage()
  await viewer.goto(`file://${process.cwd()}/${path}`)
  const lines = await viewer.locator(`${group} text`).allTextContents()
  await viewer.context().close()
  return lines.join(' ')
}

const today = () =>
  new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

test('a chart downloads as SVG with its title, summary, source, licence, date and versions', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  await page.goto('/')
  const title = 'Babies under two by nation'
  const card = page.getByRole('region', { name: title })
  // The nations' figures arrive after the page; the chart draws once all four have.
  await expect(card.locator('.recharts-surface').first()).toBeVisible({ timeout: 30_000 })
  const summary = (await card.locator('.app-chart-card__summary').innerText()).trim()
  const versions = (await page.locator('.app-footer__versions').textContent())!

  const file = await download(page, card, 'SVG', title)
  expect(file.suggestedFilename()).toMatch(
    /^coverage2030-babies-under-two-by-nation-\d{4}-\d\d-\d\d\.svg$/,
  )
  const path = 'tests/screenshots/chart-image-nations.svg'
  await copyFile(await file.path(), path)
  const svg = await readFile(path, 'utf8')
  expect(svg.startsWith('<?xml')).toBe(true)
  // The four small multiples, drawn from the chart on screen.
  expect(svg.match(/class="recharts-surface"|<svg /g)?.length ?? 0).toBeGreaterThanOrEqual(5)

  // Open the file itself in the browser and read what it shows.
  const viewer = await (await browser.newContext()).newPage()
  await viewer.goto(`file://${process.cwd()}/${path}`)
  await expect(viewer.locator('#chart-heading')).toContainText(title)
  const footerText = await shownText(browser, path, '#chart-footer')
  const words = (text: string) => text.replace(/\s+/g, ' ').trim()
  expect(footerText).toContain(words(summary).slice(0, 60))
  expect(footerText).toContain('Source: ONS (England, Wales), National Records of Scotland')
  expect(footerText).toContain('Open Government Licence v3.0')
  expect(footerText).toContain(`downloaded ${today()}`)
  const [, dataVersion, modelVersion] = /Data version (\S+) · model version (\S+)/.exec(versions)!
  expect(footerText).toContain(`model version ${modelVersion} · data version ${dataVersion}`)
  expect(await viewer.locator('#chart-image-desc').textContent()).toBe(words(summary))
  // Every nation's name and the bars' labels are in the picture, as on the page.
  for (const nation of ['England', 'Wales', 'Scotland', 'Northern Ireland']) {
    await expect(viewer.locator('#chart-drawing')).toContainText(nation)
  }
  const started = Date.now()
  await viewer.screenshot({ path: 'tests/screenshots/chart-image-nations-svg.png' })
  console.log(`screenshot of the SVG: ${Date.now() - started} ms`)
  await viewer.context().close()
})

test("a scenario chart downloads as a PNG drawn from the same SVG, stamped with its result's versions", async ({
  page,
  browser,
}) => {
  await page.goto('/scenarios/new?scope=E54000048')
  await expect(
    page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
  ).toBeVisible()
  const title = 'Coverage path'
  const card = page.getByRole('region', { name: title, exact: true })
  await expect(card.locator('.recharts-surface').first()).toBeVisible()
  // Keyboard: the buttons are reached with Tab and pressed with Enter.
  await card.getByRole('button', { name: `Download PNG image of ${title}` }).focus()
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(file.suggestedFilename()).toMatch(/^coverage2030-coverage-path-.*\.png$/)
  const path = 'tests/screenshots/chart-image-coverage-path.png'
  await copyFile(await file.path(), path)
  const png = await readFile(path)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const drawn = await card.locator('.app-chart-card__chart').boundingBox()
  // Twice the size of the SVG, which is the chart's width plus its margins.
  expect(width).toBe(2 * Math.max(320, Math.ceil(drawn!.width) + 32))
  expect(height).toBeGreaterThan(2 * drawn!.height)

  const svgFile = await download(page, card, 'SVG', title)
  const svgPath = 'tests/screenshots/chart-image-coverage-path.svg'
  await copyFile(await svgFile.path(), svgPath)
  const footer = await shownText(browser, svgPath, '#chart-footer')
  const result = await page.evaluate(async () => {
    const response = await fetch(
      `/trpc/scenario.run?input=${encodeURIComponent(JSON.stringify({ scope: 'E54000048' }))}`,
    )
    const body = (await response.json()) as {
      result: { data: { modelVersion: string; dataVersion: string } }
    }
    return body.result.data
  })
  expect(footer).toContain(
    `model version ${result.modelVersion} · data version ${result.dataVersion}`,
  )
  expect(footer).toContain('Capacity coverage goes from')
})

test('the coverage map downloads as SVG with its key, summary and the boundaries source', async ({
  page,
  browser,
}) => {
  await page.goto('/area/E54000048')
  const title =
    'Coverage by local authority: NHS Lancashire and South Cumbria Integrated Care Board'
  const section = page.getByRole('region', { name: 'Coverage by local authority', exact: true })
  await expect(section.locator('.app-map svg path').first()).toBeAttached({ timeout: 30_000 })
  const file = await download(page, section, 'SVG', title)
  const path = 'tests/screenshots/chart-image-map.svg'
  await copyFile(await file.path(), path)
  const footer = await shownText(browser, path, '#chart-footer')
  expect(footer).toMatch(/of the \d+ local authorities in NHS Lancashire and South Cumbria/)
  expect(footer).toContain('Source: boundaries from ONS Local Authority Districts (May 2024)')
  expect(footer).toContain('Open Government Licence v3.0')
  // Tall enough for the whole image (about 930 px), so the screenshot shows the footer.
  const viewer = await (
    await browser.newContext({ viewport: { width: 1280, height: 1100 } })
  ).newPage()
  await viewer.goto(`file://${process.cwd()}/${path}`)
  await expect(viewer.locator('#chart-drawing')).toContainText('Key: capacity coverage now')
  expect(await viewer.locator('#chart-drawing path').count()).toBeGreaterThanOrEqual(12)
  await viewer.screenshot({ path: 'tests/screenshots/chart-image-map-svg.png' })
  await viewer.context().close()
})
