/**
 * "How this compares with the £73m national ask" (model 2.0) on the England and UK pages: the
 * steps from the ask to the model's cost for England, each in £m a year, add up to the model's
 * figure as shown; the UK page says the ask is England's; the figure on the ask's own terms is
 * there too.
 */
import { expect, test } from '@playwright/test'
import { seriousViolations } from './axe'

/** '+£14.6m' → 14.6; '−£12.7m' → −12.7. */
function millions(text: string): number {
  const match = /([−-])?£([\d,.]+)m/.exec(text)
  expect(match, `£m in "${text}"`).toBeTruthy()
  return (match![1] ? -1 : 1) * Number(match![2]!.replace(/,/g, ''))
}

for (const { code, name, uk } of [
  { code: 'E92000001', name: 'England', uk: false },
  { code: 'K02000001', name: 'the UK', uk: true },
]) {
  test(`${name}: the steps from the £73m ask add up to the model's figure`, async ({ browser }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`/area/${code}`)
    const panel = page.getByRole('region', { name: 'How this compares with the £73m national ask' })
    await panel.scrollIntoViewIfNeeded()
    await expect(panel).toContainText(
      /The Parent-Infant Foundation asks for £73\.0m a year .* The model's plan for England costs £[\d.,]+m a year of new provision in 2030\/31, in cash/,
    )
    if (uk) await expect(panel).toContainText('The £73m ask is for England only.')
    else await expect(panel).not.toContainText('The figures in this section are England’s')

    const table = panel.getByRole('table', {
      name: /From the £73m national ask to the model’s cost/,
    })
    const rows = await table.locator('tbody tr').all()
    const cells = await Promise.all(
      rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((t) => t.trim())),
    )
    const closing = cells.at(-1)!
    expect(closing[0]).toMatch(/^The model’s cost of new provision in England, 2030\/31$/)
    const steps = cells.slice(0, -1)
    expect(steps[0]![0]).toBe('The national ask')
    expect(millions(steps[0]![1]!)).toBe(73)
    expect(steps.map((s) => s[4])).toEqual(
      steps.map(() => expect.stringMatching(/^(Stated|Assumption|Derived|Uncertain)/)),
    )
    // Each running total is the last plus the step (to the rounding of one decimal) ...
    let total = 0
    for (const [label, amount, running] of steps) {
      total += millions(amount!)
      expect(Math.abs(total - millions(running!)), label).toBeLessThanOrEqual(0.05 * steps.length)
    }
    // ... and the steps end on the model's figure, as displayed.
    const model = millions(closing[2]!)
    expect(millions(steps.at(-1)![2]!)).toBe(model)
    expect(Math.abs(total - model)).toBeLessThanOrEqual(0.05 * steps.length)
    await expect(
      panel.getByRole('definition').filter({ hasText: /^£[\d.,]+m a year/ }),
    ).toBeVisible()
    await expect(panel).toContainText('On the Parent-Infant Foundation calibration')

    await panel.screenshot({ path: `tests/screenshots/national-ask-${code}.png` })
    expect(await seriousViolations(page, '.app-national-ask')).toEqual([])
    await context.close()
  })
}
