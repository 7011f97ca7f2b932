import type { Reporter, TestCase } from 'vitest/node'

/** Prints the closing line CI reads: `unit: N passed, N failed`. */
export default class SummaryReporter implements Reporter {
  private passed = 0
  private failed = 0
  private skipped = 0

  onTestCaseResult(testCase: TestCase) {
    const state = testCase.result().state
    if (state === 'passed') this.passed++
    else if (state === 'failed') this.failed++
    else this.skipped++
  }

  onTestRunEnd(_modules: unknown, unhandledErrors: readonly unknown[]) {
    const failed = this.failed + unhandledErrors.length
    const skipped = this.skipped ? `, ${this.skipped} skipped` : ''
    process.stdout.write(`\nunit: ${this.passed} passed, ${failed} failed${skipped}\n`)
  }
}
