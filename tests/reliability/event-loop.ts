/**
 * Reading the server's event-loop delay, measured inside it by event-loop-probe.ts (preloaded
 * only when a test or benchmark asks for it: `launchServer({ preload: [EVENT_LOOP_PROBE] })`).
 */
import type { ServerChild } from './server-child'

export const EVENT_LOOP_PROBE = './tests/reliability/event-loop-probe.ts'
export const PROBE_TAG = 'event-loop-delay '

export interface EventLoopDelay {
  samples: number
  /** Milliseconds the loop was late, beyond the sampling interval. */
  p50: number
  p99: number
  max: number
  /** Garbage collection in the same window: the longest pause and the sum (ms). */
  gcMaxMs: number
  gcTotalMs: number
  /** CPU time the server used in the window (user + system, ms). */
  cpuMs: number
}

/** Asks the probe for the figures since the last call (and starts a new window). */
export async function readEventLoopDelay(server: ServerChild): Promise<EventLoopDelay> {
  const line = server.nextStderrLine(new RegExp(`^${PROBE_TAG}`))
  server.signal('SIGUSR2')
  return JSON.parse((await line).slice(PROBE_TAG.length)) as EventLoopDelay
}
