/**
 * Every main page on a phone: at 320 and 390 px wide nothing is wider than the screen (tables
 * scroll inside their own box), no headline number is clipped, and axe finds no serious or
 * critical violation. Long pages have a contents list whose links jump to their section.
 * Screenshots of the top of each page are saved for review.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './credentials'
import { offendersAt } from './page-fit'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const WIDTHS = [320, 390]

let scenarioIds: string[] = []

async function signedIn(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } })
  const page = await context.newPage()
  await page.goto('/sign-in?next=%2Fscenarios')
  await page.getByLabel('Email address').fill(E2E_ADMIN_EMAIL)
  await page.getByLabel('Password', { exact: true }).fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/scenarios$/)
  return page
}

/** The page has drawn: its heading, no loading messages, no chart still on its placeholder. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/^Loading /)).toHaveCount(0)
  await expect(page.locator('.app-chart-card__placeholder')).toHaveCount(0)
  await expect(page.getByText('Working out the plan for the new settings…')).toHaveCount(0)
}

const PAGES: { name: string; url: () => string }[] = [
  { name: 'UK summary', url: () => '/' },
  { name: 'a local authority', url: () => '/area/E06000008' },
  { name: 'an ICB', url: () => '/area/E54000048' },
  { name: 'a nation', url: () => '/area/W92000004' },
  { name: 'scenarios', url: () => '/scenarios' },
  { name: 'the scenario builder', url: () => '/scenarios/new?scope=E54000048' },
  { name: 'a saved scenario', url: () => `/scenarios/${scenarioIds[0]}` },
  { name: 'compare', url: () => `/compare?ids=${scenarioIds.join(',')}` },
  { name: 'teams', url: () => '/teams' },
  { name: 'sources', url: () => '/sources' },
  { name: 'the least-cost plan', url: () => '/plan?scope=E54000048' },
  { name: 'the board pack', url: () => `/scenarios/${scenarioIds[0]}/board-pack` },
]

test.beforeAll(async ({ browser }) => {
  const page = await signedIn(browser, 1280)
  scenarioIds = await page.evaluate(async () => {
    const ids: string[] = []
    for (const [name, strategy] of [
      ['Phone check: mixed', 'mixed'],
      ['Phone check: standalone', 'standalone'],
    ]) {
      const response = await fetch('/trpc/scenario.create', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, settings: { scope: 'E54000048', strategy } }),
      })
      const body = (await response.json()) as { result: { data: { id: string } } }
      ids.push(body.result.data.id)
    }
    return ids
  })
  await page.context().close()
})

for (const width of WIDTHS) {
  test(`every main page fits ${width} px with nothing wider than the screen`, async ({
    browser,
  }) => {
    test.setTimeout(240_000)
    const page = await signedIn(browser, width)
    const failures: string[] = []
    for (const { name, url } of PAGES) {
      await page.goto(url())
      await settled(page)
      const offenders = await page.evaluate(offendersAt)
      for (const line of offenders) failures.push(`${name} (${url()}) at ${width} px: ${line}`)
      await page.screenshot({
        path: `tests/screenshots/small-${width}-${name.replace(/\W+/g, '-')}.png`,
      })
      if (width === WIDTHS[0]) {
        const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze()
        for (const v of axe.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            failures.push(`${name} at ${width} px: axe ${v.id}: ${v.help} (${v.nodes.length})`)
          }
        }
      }
    }
    expect(failures).toEqual([])
    await page.context().close()
  })
}

test('a long page lists its sections, and a link in the list jumps to its section', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } })
  const page = await context.newPage()
  await page.goto('/')
  await settled(page)
  const contents = page.getByRole('navigation', { name: 'Contents' })
  await expect(contents.getByRole('link')).toHaveText([
    'Today',
    'The path to 2030',
    'How this compares with the £73m national ask',
    'Specialised parent-infant relationship teams in the UK',
    'Coverage by local authority',
    'Who is left without a team, by deprivation',
    'Babies under two by nation',
    'Nations',
    'Health bodies',
    'Teams in the register',
    'Sources and notes',
  ])
  await page.screenshot({ path: 'tests/screenshots/small-390-contents.png' })
  await contents.getByRole('link', { name: 'Health bodies' }).click()
  await expect(page).toHaveURL(/#health-bodies-title$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Health bodies' })).toBeInViewport()
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  console.log(`/ at 390 px is ${height} px tall`)
  await context.close()
})
