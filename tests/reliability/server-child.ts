/**
 * The production server (server/main.ts, NODE_ENV=production) as a child process on a given
 * SQLite file, for tests that crash it on purpose. It listens on a port of its own choosing
 * (PORT=0), read back from its "ready on" line, so there is no free-port race between the many
 * restarts. The child is `node` itself (no npx or tsx wrapper), so SIGKILL reaches the server.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * How to run the server: through tsx (exactly `npm run serve`), or a prebuilt bundle of the same
 * entry (server-bundle.ts), which starts about three times faster for kill-and-restart loops.
 */
export type ServerEntry = { kind: 'tsx' } | { kind: 'bundle'; file: string }

export interface ServerChild {
  url: string
  pid: number
  /** Milliseconds from spawn to the "ready on" line. */
  readyMs: number
  /** The last 64 KB the server wrote to stderr. */
  stderr(): string
  /** The first line matching `pattern` that the server writes to stderr from now on. */
  nextStderrLine(pattern: RegExp, timeoutMs?: number): Promise<string>
  /** A crash: SIGKILL, then wait until the process is gone. */
  kill(): Promise<void>
  /** A normal stop: SIGTERM (graceful shutdown), SIGKILL after 10 s; resolves once it exited. */
  stop(): Promise<void>
  signal(signal: NodeJS.Signals): void
}

export interface LaunchOptions {
  databaseUrl: string
  entry?: ServerEntry
  /** Extra modules loaded into the server before main (tsx entry only), e.g. a measuring probe. */
  preload?: string[]
  env?: Record<string, string>
  /** Node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/profiles'] to profile the server. */
  nodeArgs?: string[]
  timeoutMs?: number
}

const children = new Set<ChildProcess>()
// Whatever happens to the test (a failed assertion, a timeout), never leave a server behind.
process.on('exit', () => {
  for (const child of children) signalGroup(child, 'SIGKILL')
})

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal) // detached: the child leads its own process group
  } catch {
    // already gone
  }
}

function commandFor(
  entry: ServerEntry,
  preload: string[],
): { args: string[]; env: NodeJS.ProcessEnv } {
  if (entry.kind === 'bundle') {
    if (preload.length > 0) throw new Error('preload modules need the tsx entry')
    // The bundle keeps better-sqlite3 (a native addon) outside; NODE_PATH lets it find it.
    return { args: [entry.file], env: { NODE_PATH: join(REPO_ROOT, 'node_modules') } }
  }
  const imports = ['tsx', ...preload].flatMap((module) => ['--import', module])
  return { args: [...imports, 'server/main.ts'], env: {} }
}

export async function launchServer(options: LaunchOptions): Promise<ServerChild> {
  const { args, env } = commandFor(options.entry ?? { kind: 'tsx' }, options.preload ?? [])
  const started = performance.now()
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...env,
      ...options.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-65_536)
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  void exited.then(() => children.delete(child))

  const waitExit = async (signal: NodeJS.Signals, graceMs: number) => {
    signalGroup(child, signal)
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }

  const port = await new Promise<number>((done, fail) => {
    let stdout = ''
    const timer = setTimeout(
      () => fail(new Error(`no "ready" line within ${options.timeoutMs ?? 60_000} ms`)),
      options.timeoutMs ?? 60_000,
    )
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout = (stdout + chunk.toString()).slice(-4096)
      const match = /ready on http:\/\/[^:]+:(\d+)/.exec(stdout)
      if (match) {
        clearTimeout(timer)
        done(Number(match[1]))
      }
    })
    void exited.then(() => {
      clearTimeout(timer)
      fail(new Error(`the server exited during start-up: ${stderr.trim() || 'no output'}`))
    })
  }).catch(async (error: unknown) => {
    await waitExit('SIGKILL', 0)
    throw error
  })
  child.stdout!.resume() // keep draining, so a chatty server never blocks on a full pipe

  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    readyMs: performance.now() - started,
    stderr: () => stderr,
    nextStderrLine: (pattern, timeoutMs = 5_000) =>
      new Promise<string>((done, fail) => {
        let pending = ''
        const onData = (chunk: Buffer) => {
          pending += chunk.toString()
          const lines = pending.split('\n')
          pending = lines.pop()!
          const line = lines.find((l) => pattern.test(l))
          if (line !== undefined) finish(() => done(line))
        }
        const timer = setTimeout(
          () => finish(() => fail(new Error(`no stderr line matching ${pattern}`))),
          timeoutMs,
        )
        const finish = (settle: () => void) => {
          clearTimeout(timer)
          child.stderr!.off('data', onData)
          settle()
        }
        child.stderr!.on('data', onData)
      }),
    kill: () => waitExit('SIGKILL', 0),
    stop: () => waitExit('SIGTERM', 10_000),
    signal: (signal) => signalGroup(child, signal),
  }
}
