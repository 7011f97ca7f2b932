import type { Reporter, TestCase, TestModule } from 'vitest/node'

/**
 * Prints the closing line CI reads: `unit: N passed, N failed`. A test file that fails to load
 * has no test cases, so it is counted as a failure of its own; otherwise the line would say
 * 0 failed while vitest exits non-zero.
 */
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

  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly unknown[]) {
    const brokenFiles = modules.filter((m) => m.state() === 'failed' && m.errors().length > 0)
    const failed = this.failed + brokenFiles.length + unhandledErrors.length
    const skipped = this.skipped ? `, ${this.skipped} skipped` : ''
    process.stdout.write(`\nunit: ${this.passed} passed, ${failed} failed${skipped}\n`)
  }
}
