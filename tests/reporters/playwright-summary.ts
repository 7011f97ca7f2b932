import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints the closing line CI reads: `e2e: N passed, N failed`. */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>()

  onTestEnd(test: TestCase, result: TestResult) {
    // Retries report the same test again; the last outcome counts.
    this.outcomes.set(test.id, result.status)
  }

  onEnd(result: FullResult) {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed++
      else if (status === 'skipped') skipped++
      else failed++
    }
    if (result.status !== 'passed' && failed === 0) failed = 1
    const skippedText = skipped ? `, ${skipped} skipped` : ''
    process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed${skippedText}\n`)
  }

  printsToStdio() {
    return true
  }
}
