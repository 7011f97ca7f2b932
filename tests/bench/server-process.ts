/**
 * Starts the production server as a child process on a free loopback port, waits for /healthz, and
 * stops it by its own process group. The server runs as `node --import tsx server/main.ts` (no
 * npx/tsx wrapper), so the PID we hold is the server itself: its /proc status is the server's
 * memory, and a signal reaches it directly.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { performance } from 'node:perf_hooks'
import { sleep } from './stats'

export interface RunningServer {
  url: string
  pid: number
  /** Milliseconds from spawn to the first GET /healthz 200. */
  readyMs: number
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()

// Whatever happens to the benchmark (an error, Ctrl-C), never leave a server behind.
function killAll() {
  for (const child of running) killGroup(child, 'SIGKILL')
}
process.on('exit', killAll)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll()
    process.exit(130)
  })
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal) // the group: detached made the child its leader
  } catch {
    // already gone
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export async function startServer(databaseUrl: string, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
    },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  running.add(child)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    killGroup(child, 'SIGTERM')
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
    running.delete(child)
  }

  // Poll often (20 ms) so the start-up figure is not rounded up to the polling interval.
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) break
    try {
      const res = await fetch(`${url}/healthz`)
      await res.arrayBuffer()
      if (res.status === 200) {
        const readyMs = performance.now() - started
        return { url, pid: child.pid!, readyMs, peakRssMb: () => peakRssMb(child.pid!), stop }
      }
    } catch {
      // not listening yet
    }
    await sleep(20)
  }
  await stop()
  throw new Error(`The server did not become ready at ${url}: ${stderr.trim() || 'no output'}`)
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
  return kb ? Number(kb) / 1024 : NaN
}
