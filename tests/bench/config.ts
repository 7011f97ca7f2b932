/**
 * Durations and repeat counts of the benchmark. BENCH_QUICK=1 gives a ~1 minute smoke run; each
 * value can also be set on its own (e.g. BENCH_API_SECONDS=10) to trade time for steadier figures.
 */
const quick = process.env.BENCH_QUICK === '1'

function num(name: string, full: number, smoke: number): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === '' ? NaN : Number(raw)
  return Number.isFinite(value) && value > 0 ? value : quick ? smoke : full
}

export const config = {
  quick,
  /** Seconds of autocannon load per endpoint and connection count. */
  apiSeconds: num('BENCH_API_SECONDS', 5, 2),
  apiConnections: [1, 10, 50] as const,
  /** Sequential requests for the single-request timing of a whole-UK scenario. */
  singleRequests: num('BENCH_SINGLE_REQUESTS', 50, 20),
  coldStarts: num('BENCH_COLD_STARTS', 5, 2),
  firstStarts: num('BENCH_FIRST_STARTS', 3, 1),
  lcpLoads: num('BENCH_LCP_LOADS', 5, 3),
  edits: num('BENCH_EDITS', 25, 10),
}
