/**
 * Clients that write as fast as the server answers, telling a WriteLedger what they sent and
 * what was acknowledged: editors creating and saving their own scenarios (never conflicting,
 * so any non-2xx answer is a problem), and the national admin importing a population file.
 */
import type { FixtureDb } from './fixture-db'
import { mutate } from './http-api'
import { between, derived, pick, type Random } from './random'
import type { ImportCell, PlannedImport, ScenarioContent, WriteLedger } from './write-ledger'

export interface WriteSession {
  url: string
  fixture: FixtureDb
  ledger: WriteLedger
  /** Session cookies, one per editor. */
  editors: string[]
  admin: string
  /** Names and random draws derive from these, so a run can be replayed. */
  seed: number
  round: number
  /** Unexpected answers. */
  problems: string[]
}

/** Mid-years each import replaces (all present in the seed, so no row is added). */
const IMPORT_YEARS = [2019, 2020, 2021, 2022]

export function scenarioContent(random: Random, name: string, icbCodes: string[]): ScenarioContent {
  return {
    name,
    settings: {
      scope: pick(random, icbCodes),
      budgetCap: random() < 0.2 ? null : between(random, 1, 400) * 25_000,
    },
    rationale: { budgetCap: `Set by the reliability tests (${name})` },
  }
}

/**
 * One editor's loop: create (the first time, then one time in five) or save one of its own
 * scenarios, until `running()` turns false or the server stops answering (the write in flight
 * then stays in doubt).
 */
async function editor(s: WriteSession, index: number, running: () => boolean) {
  const random = derived(s.seed, s.round, index)
  for (let n = 1; running(); n++) {
    const name = `rel-${s.seed}-${s.round}-${index}-${n}`
    const content = scenarioContent(random, name, s.fixture.icbCodes)
    const own = s.ledger.owned(index)
    try {
      if (own.length === 0 || random() < 0.2) {
        s.ledger.sendingCreate(index, content)
        const reply = await mutate<{ id: string; version: number }>(
          s.url,
          'scenario.create',
          content,
          s.editors[index]!,
        )
        if (reply.status !== 200 || !reply.data) {
          s.problems.push(`create answered ${reply.status}: ${reply.message}`)
          return
        }
        s.ledger.acknowledgeCreate(index, reply.data.id, reply.data.version, content)
      } else {
        const target = pick(random, own)
        s.ledger.sendingSave(target.id, content)
        const reply = await mutate<{ version: number }>(
          s.url,
          'scenario.save',
          { id: target.id, version: target.version, ...content },
          s.editors[index]!,
        )
        if (reply.status !== 200 || reply.data?.version !== target.version + 1) {
          s.problems.push(
            `save answered ${reply.status}: ${reply.message ?? JSON.stringify(reply.data)}`,
          )
          return
        }
        s.ledger.acknowledgeSave(target.id, reply.data.version, content)
      }
    } catch {
      return // no answer: the server is gone
    }
  }
}

/** Every editor writing at once; `stop` lets each finish the write in flight. */
export function startEditors(s: WriteSession) {
  let running = true
  const loops = s.editors.map((_, i) => editor(s, i, () => running))
  return {
    /** Resolves when every loop has ended (e.g. the server was killed). */
    ended: Promise.all(loops).then(() => undefined),
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

/** A wide population file for every authority and IMPORT_YEARS, with seeded figures. */
function populationFile(random: Random, fileName: string, fixture: FixtureDb) {
  const cells: ImportCell[] = []
  for (const midYear of IMPORT_YEARS) {
    for (const la of fixture.authorities) {
      const age0 = between(random, 300, 6_000)
      const age1 = between(random, 300, 6_000)
      const allAges = age0 + age1 + between(random, 50_000, 900_000)
      cells.push({ code: la.code, midYear, age0, age1, allAges })
    }
  }
  const names = new Map(fixture.authorities.map((la) => [la.code, la.name]))
  const csv = [
    'area_code,area_name,mid_year,age_0,age_1,all_ages',
    ...cells.map(
      (c) => `${c.code},"${names.get(c.code)}",${c.midYear},${c.age0},${c.age1},${c.allAges}`,
    ),
  ].join('\r\n')
  const planned: PlannedImport = { fileName, cells }
  const input = { csv, fileName, label: fileName, source: 'Reliability tests', date: '2026-06-26' }
  return { planned, input }
}

/** One import by the national admin; resolves true when its answer never came. */
export async function importOnce(s: WriteSession): Promise<boolean> {
  const fileName = `rel-${s.seed}-${s.round}-import.csv`
  const { planned, input } = populationFile(derived(s.seed, s.round, 1000), fileName, s.fixture)
  s.ledger.sendingImport(planned)
  try {
    const reply = await mutate<{ status: string }>(s.url, 'data.importPopulation', input, s.admin)
    if (reply.status !== 200 || reply.data?.status !== 'imported') {
      s.problems.push(
        `import answered ${reply.status}: ${reply.message ?? JSON.stringify(reply.data)}`,
      )
    } else {
      s.ledger.acknowledgeImport(fileName)
    }
    return false
  } catch {
    return true
  }
}
