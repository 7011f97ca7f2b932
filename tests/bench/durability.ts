/**
 * Issue #7, deliverable 3: the SIGKILL-and-restart loop (tests/reliability/kill-rounds.ts) at the
 * issue's 200 rounds (BENCH_QUICK: 20; KILL_ROUNDS and KILL_SEED override). `npm test` runs 40
 * of the same rounds. Target: no acknowledged write lost, no other problem (half-applied import,
 * audit mismatch, integrity_check or foreign_key_check failure).
 */
import type { TestStore } from '../helpers/test-db'
import { runKillRounds } from '../reliability/kill-rounds'
import { config } from './config'
import { summarise } from './stats'
import type { Row } from './table'

export async function benchDurability(
  options: { rounds?: number; seed?: number; store?: TestStore; section?: string } = {},
): Promise<Row[]> {
  const rounds = options.rounds ?? (Number(process.env.KILL_ROUNDS) || (config.quick ? 20 : 200))
  const seed = options.seed ?? (Number(process.env.KILL_SEED) || 2030)
  const store = options.store ?? 'sqlite'
  const section = options.section ?? 'durability'
  const r = await runKillRounds({ rounds, seed, store })
  const { counts } = r
  const stopped =
    r.failedRound === null
      ? ''
      : `; STOPPED at round ${r.failedRound}: ${r.problems.slice(0, 2).join(' | ')}`
  const round = summarise(r.roundMs)
  const start = summarise(r.startMs)
  return [
    {
      section,
      name: `lost acknowledged writes, ${r.rounds} of ${rounds} SIGKILL rounds`,
      value: r.lost,
      unit: 'count',
      target: { max: 1, on: 'median' },
      detail:
        `${r.acknowledged} acknowledged (${counts.creates} creates, ${counts.saves} saves, ` +
        `${counts.imports} imports); ${counts.inDoubt} unanswered at a kill, ${counts.inDoubtLanded} ` +
        `of them committed whole; ${r.importsInterrupted} kills during an import; seed ${seed}${stopped}`,
      extra: {
        rounds: r.rounds,
        acknowledged: r.acknowledged,
        inDoubt: counts.inDoubt,
        inDoubtLanded: counts.inDoubtLanded,
        importsInterrupted: r.importsInterrupted,
      },
    },
    {
      section,
      name: 'half-applied imports, audit mismatches, integrity or FK failures',
      value: r.problems.length - r.lost,
      unit: 'count',
      target: { max: 1, on: 'median' },
      detail:
        (store === 'sqlite' ? 'integrity_check, foreign_key_check, ' : '') +
        'imports and audit log checked after every kill',
    },
    {
      section,
      name: 'kill-and-restart round (start, writes, SIGKILL, check)',
      value: round.median,
      p95: round.p95,
      unit: 'ms',
      detail: `${(r.totalMs / 1000).toFixed(0)} s for ${r.rounds} rounds`,
      extra: { totalMs: r.totalMs },
    },
    {
      section,
      name: 'restart to ready (bundled server, after a crash)',
      value: start.median,
      p95: start.p95,
      unit: 'ms',
      detail: `${start.n} starts; the server is esbuild-bundled for these rounds`,
    },
  ]
}
