import { expect, test } from 'vitest'
import { runKillRounds } from './kill-rounds'

/*
 * Reliability note T1 / F-CRASH: the production server is killed with SIGKILL while editors save
 * scenarios and an admin imports population data, then restarted, again and again. After every
 * kill: every write that was answered 2xx is there with the content sent, no import is half
 * applied, the audit log matches, and integrity_check and foreign_key_check pass.
 *
 * `npm test` runs 40 rounds (about half a minute); the 200 are the durability benchmark
 * (tests/bench/durability.ts), or KILL_ROUNDS=200 here. KILL_SEED replays a failing run's kill
 * times and write choices.
 */
const ROUNDS = Number(process.env.KILL_ROUNDS) || 40
const SEED = Number(process.env.KILL_SEED) || 2030

test(
  `no acknowledged write is lost across ${ROUNDS} SIGKILL-and-restart rounds (seed ${SEED})`,
  async () => {
    const result = await runKillRounds({ rounds: ROUNDS, seed: SEED })
    const replay = `round ${result.failedRound}; replay with KILL_SEED=${SEED} KILL_ROUNDS=${ROUNDS}`
    expect(result.problems, replay).toEqual([])
    expect(result.rounds).toBe(ROUNDS)
    // Not vacuous: writes were answered, and kills caught writes in flight.
    expect(result.acknowledged).toBeGreaterThan(ROUNDS)
    expect(result.counts.imports).toBeGreaterThan(0)
    expect(result.counts.inDoubt).toBeGreaterThan(0)
    console.log(
      `kill-restart: ${result.rounds} rounds in ${(result.totalMs / 1000).toFixed(1)} s, ` +
        `${result.acknowledged} acknowledged writes (imports: ${result.counts.imports}), 0 lost; ` +
        `${result.counts.inDoubt} in doubt at the kill, ${result.counts.inDoubtLanded} of them committed`,
    )
  },
  ROUNDS * 5_000 + 60_000,
)
