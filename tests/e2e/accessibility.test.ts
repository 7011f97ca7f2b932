/**
 * An axe sweep of every page (WCAG 2.0, 2.1 and 2.2 A and AA rules): no serious or critical
 * violations. Each page is checked once its content has loaded, in a fresh browser context.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const PAGES: { name: string; url: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'UK summary',
    url: '/',
    ready: async (page) => {
      await expect(page.locator('svg.app-map__svg path')).toHaveCount(361)
      await expect(
        page.getByRole('region', { name: 'Coverage path to March 2031 (FY2030/31)' }),
      ).toBeVisible()
    },
  },
  { name: 'England', url: '/area/E92000001', ready: boardReady },
  { name: 'an ICB', url: '/area/E54000048', ready: boardReady },
  {
    name: 'a local authority',
    url: '/area/E06000008',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Blackburn with Darwen')
    },
  },
  { name: 'an upper-tier authority', url: '/area/E10000017', ready: boardReady },
  { name: 'teams', url: '/teams', ready: headingReady },
  { name: 'sources', url: '/sources', ready: headingReady },
  { name: 'scenarios', url: '/scenarios', ready: headingReady },
  {
    name: 'the scenario builder',
    url: '/scenarios/new?scope=E54000048',
    ready: async (page) => {
      await expect(
        page.getByRole('status').filter({ hasText: 'Results are up to date.' }),
      ).toBeVisible()
    },
  },
  {
    name: 'a page that does not exist',
    url: '/no-such-page',
    ready: headingReady,
  },
]

async function headingReady(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/^Loading /)).toHaveCount(0)
}

async function boardReady(page: Page) {
  await expect(page.getByRole('region', { name: /^Coverage path to/ })).toBeVisible()
  await expect(page.locator('svg.app-map__svg path.app-map__area').first()).toBeAttached()
}

for (const { name, url, ready } of PAGES) {
  test(`${name} (${url}) has no serious or critical accessibility violations`, async ({
    browser,
  }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(url)
    await ready(page)
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    )
    expect(
      serious.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.length}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
    ).toEqual([])
    await context.close()
  })
}
