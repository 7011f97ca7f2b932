/**
 * Browser figures with Debian's Chromium (never a downloaded one): the scripts of the first load of
 * `/`, its largest contentful paint, and edit-to-chart time in the scenario builder. Every load
 * gets a new context, so the cache is empty as on a first visit.
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { config } from './config'
import { summarise } from './stats'
import type { Row } from './table'

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
const VIEWPORT = { width: 1280, height: 900 }

export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
  try {
    return await fn(browser)
  } finally {
    await browser.close()
  }
}

async function freshPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    return await fn(await context.newPage())
  } finally {
    await context.close()
  }
}

/** Script and stylesheet URLs requested while `/` loads, until the network is idle. */
export function firstLoadAssets(browser: Browser, baseUrl: string) {
  return freshPage(browser, async (page) => {
    const scripts: string[] = []
    const styles: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl)) return
      if (request.resourceType() === 'script') scripts.push(request.url())
      if (request.resourceType() === 'stylesheet') styles.push(request.url())
    })
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' })
    return { scripts, styles }
  })
}

/** Largest contentful paint of `/`, over fresh loads. */
export async function lcpRows(browser: Browser, baseUrl: string): Promise<Row[]> {
  const times: number[] = []
  for (let i = 0; i < config.lcpLoads; i++) {
    times.push(
      await freshPage(browser, async (page) => {
        await page.addInitScript(() => {
          const w = window as unknown as { __lcp: number }
          w.__lcp = NaN
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) w.__lcp = entry.startTime
          }).observe({ type: 'largest-contentful-paint', buffered: true })
        })
        await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' })
        // Let the last candidate be reported after the final render.
        await page.waitForTimeout(200)
        return page.evaluate(() => (window as unknown as { __lcp: number }).__lcp)
      }),
    )
  }
  const { median, p95, n } = summarise(times)
  return [
    {
      section: 'browser',
      name: 'largest contentful paint of /',
      value: median,
      p95: n >= 5 ? p95 : undefined,
      unit: 'ms',
      target: { max: 1000, on: 'median' },
      detail: `${n} fresh loads; max ${Math.max(...times).toFixed(0)} ms`,
    },
  ]
}

interface EditTiming {
  /** Input event → last DOM change of the results: what the person waits for. */
  edit: number
  /** scenario.run request start → last DOM change: server + transfer + render. */
  request: number
  /** scenario.run response end → last DOM change (rendering only). */
  render: number
  /** Input event → scenario.run request start (main-thread work before the request). */
  wait: number
}

declare global {
  interface Window {
    __bench: { edit: number; last: number }
  }
}

/**
 * Edit-to-chart in the builder for one ICB: change the need rate and time from the input event to
 * the last DOM mutation outside the form (results, charts, summaries, authority table) in the burst
 * that follows, once the results say they are up to date and nothing has changed for 300 ms.
 * The request's own timing (Resource Timing, same clock) splits the main-thread wait and the server from the render.
 */
export async function editRows(browser: Browser, baseUrl: string): Promise<Row[]> {
  const timings = await freshPage(browser, async (page) => {
    await page.goto(`${baseUrl}/scenarios/new?scope=E54000048`, { waitUntil: 'networkidle' })
    await page.getByText('Results are up to date.').waitFor({ timeout: 30_000 })
    await page.locator('.app-results svg').first().waitFor({ timeout: 30_000 }) // charts loaded
    await page.locator('summary', { hasText: 'Assumptions' }).click()
    const field = page.locator('#assumption-needRate')
    await field.waitFor()
    await page.evaluate(() => {
      window.__bench = { edit: 0, last: 0 }
      performance.setResourceTimingBufferSize(10_000)
      const form = document.querySelector('form[aria-labelledby="settings-title"]')
      document.addEventListener(
        'input',
        () => {
          window.__bench = { edit: performance.now(), last: 0 }
        },
        true,
      )
      // "How sure is this?" and the calibration side by side (.app-deferred) wait on purpose until
      // the settings have been still (their own status says so), so their later redraw is not
      // part of the edit. (No named functions in here: tsx would wrap them in a helper that does
      // not exist in the page.)
      new MutationObserver((records) => {
        for (const r of records) {
          const element = r.target instanceof Element ? r.target : r.target.parentElement
          if (form?.contains(r.target) || element?.closest('.app-uncertainty, .app-deferred'))
            continue
          window.__bench.last = performance.now()
        }
      }).observe(document.querySelector('main') ?? document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
    })
    const out: EditTiming[] = []
    for (let i = 0; i < config.edits; i++) {
      // A new need rate each time (5.05 %, 5.15 %, …), so no run is answered from the cache.
      await field.fill((5.05 + 0.1 * i).toFixed(2))
      await page.waitForFunction(
        () => {
          const b = window.__bench
          const busy = document.querySelector('.app-results')?.getAttribute('aria-busy')
          return b.last > b.edit && busy !== 'true' && performance.now() - b.last > 300
        },
        undefined,
        { polling: 50, timeout: 10_000 },
      )
      out.push(
        await page.evaluate(() => {
          const { edit, last } = window.__bench
          const run = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('scenario.run') && e.startTime >= edit)
            .pop() as PerformanceResourceTiming | undefined
          return {
            edit: last - edit,
            request: run ? last - run.startTime : NaN,
            render: run ? last - run.responseEnd : NaN,
            wait: run ? run.startTime - edit : NaN,
          }
        }),
      )
    }
    return out
  })
  const stats = (key: keyof EditTiming) =>
    summarise(timings.map((t) => t[key]).filter(Number.isFinite))
  const row = (
    key: keyof EditTiming,
    name: string,
    detail: string,
    target?: Row['target'],
  ): Row => {
    const { median, p95, n } = stats(key)
    return {
      section: 'browser',
      name,
      value: median,
      p95,
      unit: 'ms',
      target,
      detail: `${n} edits; ${detail}`,
    }
  }
  const wait = stats('wait').median
  return [
    row(
      'edit',
      'edit-to-chart ICB, from input event',
      `the issue's measure; request starts ${wait.toFixed(0)} ms after input`,
      { max: 100, on: 'p95' },
    ),
    row('request', 'edit-to-chart ICB, from request start', 'server + transfer + render'),
    row('render', 'edit-to-chart ICB, from response end', 'client render only'),
  ]
}
