/**
 * Preloaded into the server by the load benchmark only (`node --import tsx --import <this file>
 * server/main.ts`): it samples the server's own event loop with perf_hooks.monitorEventLoopDelay.
 * On SIGUSR2 it writes the figures since the previous SIGUSR2 as one JSON line on stderr and
 * starts afresh, so the load generator can measure exactly its load window. Nothing in server/
 * refers to it: a production server has neither the histogram nor the signal handler.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'
import { PROBE_TAG } from './event-loop'

/** The sampling timer's interval; each sample is this plus the delay, so it is subtracted. */
const RESOLUTION_MS = 10

const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
histogram.enable()

const delayMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS)

// Garbage-collection pauses, to tell them apart from long synchronous work in the delay figures.
let gcMaxMs = 0
let gcTotalMs = 0
// The server's own CPU time, so a window's work can be divided by the requests it answered.
let cpuSince = process.cpuUsage()
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMaxMs = Math.max(gcMaxMs, entry.duration)
    gcTotalMs += entry.duration
  }
}).observe({ entryTypes: ['gc'] })

process.on('SIGUSR2', () => {
  const figures = {
    samples: histogram.count,
    p50: delayMs(histogram.percentile(50)),
    p99: delayMs(histogram.percentile(99)),
    max: delayMs(histogram.max),
    gcMaxMs,
    gcTotalMs,
    cpuMs: (() => {
      const used = process.cpuUsage(cpuSince)
      return (used.user + used.system) / 1000
    })(),
  }
  // Synchronous on a pipe, so the line is out even if the process stops right after.
  process.stderr.write(`${PROBE_TAG}${JSON.stringify(figures)}\n`)
  histogram.reset()
  gcMaxMs = 0
  gcTotalMs = 0
  cpuSince = process.cpuUsage()
})
