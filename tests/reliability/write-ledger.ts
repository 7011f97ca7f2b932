/**
 * What the clients were told about their writes, and the check of a database against it.
 *
 * A write is *acknowledged* when a 2xx answer arrived in full; it must then be in the database
 * with exactly the content sent. A write whose answer never came (the server died, the load
 * generator stopped) is *in doubt*: it may or may not have committed, but if it did, it is there
 * whole. `verify` settles each in-doubt write from the database and carries on from what is
 * there. The database is a DATABASE_URL: a SQLite file or a PostgreSQL schema.
 */
import { isDeepStrictEqual } from 'node:util'
import { sql, type Kysely } from 'kysely'
import { parseDatabaseUrl } from '../../db/database-url'
import { dialectOf, openDatabase } from '../../db/dialect'
import { sqliteHandle } from '../../db/open-db'
import type { Database } from '../../db/schema'

export interface ScenarioContent {
  name: string
  settings: { scope: string; budgetCap: number | null }
  rationale: Record<string, string>
}

export interface ImportCell {
  code: string
  midYear: number
  age0: number
  age1: number
  allAges: number
}

export interface PlannedImport {
  /** Unique per import; also its label, so an absent import can be looked for by name. */
  fileName: string
  cells: ImportCell[]
}

interface Tracked {
  id: string
  owner: number
  version: number
  content: ScenarioContent
}

type ImportState = 'acknowledged' | 'in doubt' | 'present' | 'absent'

export interface LedgerCounts {
  creates: number
  saves: number
  imports: number
  /** Writes whose answer never came. */
  inDoubt: number
  /** …of which were found committed. */
  inDoubtLanded: number
}

/** The acknowledged state at one moment, to check a backup taken after it. */
export interface LedgerMark {
  versions: Map<string, number>
  imports: string[]
}

interface ScenarioRow {
  id: string
  name: string
  version: number
  settings_json: string
  rationale_json: string
}

const contentOf = (r: ScenarioRow): ScenarioContent => ({
  name: r.name,
  settings: JSON.parse(r.settings_json) as ScenarioContent['settings'],
  rationale: JSON.parse(r.rationale_json) as Record<string, string>,
})

export class WriteLedger {
  private readonly scenarios = new Map<string, Tracked>()
  /** Every content acknowledged (or found committed) for each scenario version. */
  private readonly history = new Map<string, Map<number, ScenarioContent>>()
  private readonly pendingCreates = new Map<string, { owner: number; content: ScenarioContent }>()
  private readonly pendingSaves = new Map<string, { version: number; content: ScenarioContent }>()
  private readonly imports = new Map<string, PlannedImport & { state: ImportState }>()
  readonly counts: LedgerCounts = {
    creates: 0,
    saves: 0,
    imports: 0,
    inDoubt: 0,
    inDoubtLanded: 0,
  }

  owned(owner: number): readonly Tracked[] {
    return [...this.scenarios.values()].filter((s) => s.owner === owner)
  }

  get acknowledged(): number {
    return this.counts.creates + this.counts.saves + this.counts.imports
  }

  private record(tracked: Tracked) {
    this.scenarios.set(tracked.id, tracked)
    const versions = this.history.get(tracked.id) ?? new Map<number, ScenarioContent>()
    versions.set(tracked.version, tracked.content)
    this.history.set(tracked.id, versions)
  }

  /** Call before sending; the write stays in doubt until acknowledged. */
  sendingCreate(owner: number, content: ScenarioContent) {
    this.pendingCreates.set(content.name, { owner, content })
  }

  acknowledgeCreate(owner: number, id: string, version: number, content: ScenarioContent) {
    this.pendingCreates.delete(content.name)
    this.record({ id, owner, version, content })
    this.counts.creates += 1
  }

  sendingSave(id: string, content: ScenarioContent) {
    const current = this.scenarios.get(id)!
    this.pendingSaves.set(id, { version: current.version + 1, content })
  }

  acknowledgeSave(id: string, version: number, content: ScenarioContent) {
    this.pendingSaves.delete(id)
    this.record({ ...this.scenarios.get(id)!, version, content })
    this.counts.saves += 1
  }

  sendingImport(planned: PlannedImport) {
    this.imports.set(planned.fileName, { ...planned, state: 'in doubt' })
  }

  acknowledgeImport(fileName: string) {
    this.imports.get(fileName)!.state = 'acknowledged'
    this.counts.imports += 1
  }

  mark(): LedgerMark {
    return {
      versions: new Map([...this.scenarios.values()].map((s) => [s.id, s.version])),
      imports: [...this.imports.values()]
        .filter((i) => i.state === 'acknowledged' || i.state === 'present')
        .map((i) => i.fileName),
    }
  }

  /**
   * After a crash, with no server on the database: every acknowledged write exactly as
   * acknowledged, in-doubt writes either absent or whole (and then adopted), plus the structural
   * checks. Returns every problem found ('lost: …' for an acknowledged write that is not there).
   */
  verify(database: string | Kysely<Database>): Promise<string[]> {
    return this.inspect(database, async (db, rows, problems) => {
      this.verifyScenarios(rows, problems)
      await this.verifyImports(db, problems)
    })
  }

  /**
   * A backup taken at some instant after `before`, checked once every write since has been
   * answered: every scenario in it at a version whose content was sent for that version, none
   * older than acknowledged at `before`, imports acknowledged by then present, plus the
   * structural checks (which a copy torn across transactions would fail).
   */
  verifySnapshot(file: string, before: LedgerMark): Promise<string[]> {
    return this.inspect(file, async (db, rows, problems) => {
      const byId = new Map(rows.map((r) => [r.id, r]))
      for (const [id, version] of before.versions) {
        const row = byId.get(id)
        if (!row || row.version < version) {
          problems.push(
            `lost: scenario ${id} is at ${row?.version ?? 'none'}, acknowledged ${version} before the backup`,
          )
        }
      }
      for (const row of rows) {
        const sent = this.history.get(row.id)?.get(row.version)
        if (!sent || !isDeepStrictEqual(contentOf(row), sent)) {
          problems.push(
            `unexpected: scenario ${row.id} version ${row.version} is not what was sent`,
          )
        }
      }
      const present = await this.importRecords(db)
      for (const fileName of before.imports) {
        if (!present.has(fileName))
          problems.push(`lost: import ${fileName} acknowledged before the backup`)
      }
      for (const [fileName, id] of present) {
        const planned = this.imports.get(fileName)
        if (planned) await this.checkCells(db, planned, id, problems)
      }
    })
  }

  /** `database`: a DATABASE_URL, opened for the check, or a database already open. */
  private async inspect(
    database: string | Kysely<Database>,
    check: (db: Kysely<Database>, rows: ScenarioRow[], problems: string[]) => Promise<void>,
  ): Promise<string[]> {
    const db =
      typeof database === 'string'
        ? await openDatabase(parseDatabaseUrl(database), { poolSize: 2 })
        : database
    try {
      const problems: string[] = []
      // PostgreSQL checks its pages and foreign keys as it goes; a SQLite file is checked here.
      if (dialectOf(db) === 'sqlite') {
        const sqlite = sqliteHandle(db)
        const integrity = sqlite.pragma('integrity_check', { simple: true })
        if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
        const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[]
        if (foreignKeys.length > 0) {
          problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`)
        }
      }
      const rows = await db
        .selectFrom('scenarios')
        .select(['id', 'name', 'version', 'settings_json', 'rationale_json'])
        .execute()
      await check(db, rows, problems)
      await checkScenarioAudit(db, rows, problems)
      await checkDataVersions(db, problems)
      return problems
    } finally {
      if (db !== database) await db.destroy()
    }
  }

  private verifyScenarios(rows: ScenarioRow[], problems: string[]) {
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const tracked of this.scenarios.values()) {
      const row = byId.get(tracked.id)
      const pending = this.pendingSaves.get(tracked.id)
      if (!row) {
        problems.push(`lost: scenario ${tracked.id} (acknowledged version ${tracked.version})`)
      } else if (row.version === tracked.version) {
        if (!isDeepStrictEqual(contentOf(row), tracked.content)) {
          problems.push(
            `altered: scenario ${tracked.id} version ${row.version} differs from what was acknowledged`,
          )
        }
      } else if (pending && row.version === pending.version) {
        if (!isDeepStrictEqual(contentOf(row), pending.content)) {
          problems.push(
            `altered: scenario ${tracked.id} version ${row.version} differs from what was sent`,
          )
        }
        this.counts.inDoubtLanded += 1
        this.record({ ...tracked, version: row.version, content: pending.content })
      } else {
        problems.push(
          `lost: scenario ${tracked.id} is at version ${row.version}, acknowledged ${tracked.version}`,
        )
      }
    }
    for (const row of rows) {
      if (this.scenarios.has(row.id)) continue
      const pending = this.pendingCreates.get(row.name)
      if (!pending || row.version !== 1 || !isDeepStrictEqual(contentOf(row), pending.content)) {
        problems.push(`unexpected: scenario ${row.id} '${row.name}' version ${row.version}`)
        continue
      }
      this.counts.inDoubtLanded += 1
      this.record({ id: row.id, owner: pending.owner, version: 1, content: pending.content })
    }
    this.counts.inDoubt += this.pendingCreates.size + this.pendingSaves.size
    this.pendingCreates.clear()
    this.pendingSaves.clear()
  }

  /** file name → data version id of every import recorded in the database. */
  private async importRecords(db: Kysely<Database>): Promise<Map<string, string>> {
    const rows = await db
      .selectFrom('data_imports')
      .select(['data_version_id', 'file_name'])
      .execute()
    return new Map(rows.map((r) => [r.file_name, r.data_version_id]))
  }

  private async checkCells(
    db: Kysely<Database>,
    planned: PlannedImport,
    id: string,
    problems: string[],
  ) {
    const rows = await db
      .selectFrom('population')
      .select(['la_code as code', 'mid_year as midYear', 'age0', 'age1', 'all_ages as allAges'])
      .where('data_version_id', '=', id)
      .execute()
    const stored = new Map(rows.map((r) => [`${r.code} ${r.midYear}`, r]))
    const wrong = planned.cells.filter(
      (c) => !isDeepStrictEqual(stored.get(`${c.code} ${c.midYear}`), { ...c }),
    )
    if (wrong.length > 0) {
      problems.push(
        `partial: import ${planned.fileName} (${id}): ${wrong.length} of ${planned.cells.length} cells differ from the file`,
      )
    }
  }

  private async verifyImports(db: Kysely<Database>, problems: string[]) {
    const present = await this.importRecords(db)
    for (const planned of this.imports.values()) {
      if (planned.state === 'present' || planned.state === 'absent') continue
      if (planned.state === 'in doubt') this.counts.inDoubt += 1
      const id = present.get(planned.fileName)
      if (id === undefined) {
        if (planned.state === 'acknowledged') problems.push(`lost: import ${planned.fileName}`)
        const version = await db
          .selectFrom('data_versions')
          .select('id')
          .where('label', '=', planned.fileName)
          .executeTakeFirst()
        const { audited } = await db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('audited'))
          .where('action', '=', 'data.import')
          .where('detail_json', 'like', `%${planned.fileName}%`)
          .executeTakeFirstOrThrow()
        if (version || audited > 0) {
          problems.push(
            `partial: import ${planned.fileName} left ${version ? `data version ${version.id}` : ''}` +
              `${version && audited ? ' and ' : ''}${audited ? `${audited} audit rows` : ''} without its import record`,
          )
        }
        planned.state = 'absent'
        continue
      }
      if (planned.state === 'in doubt') this.counts.inDoubtLanded += 1
      planned.state = 'present'
      await this.checkCells(db, planned, id, problems)
    }
  }
}

/** The audit log is written in the same transaction: versions 1…v of each scenario, once each. */
async function checkScenarioAudit(db: Kysely<Database>, rows: ScenarioRow[], problems: string[]) {
  const audit = await db
    .selectFrom('audit_log')
    .select(['entity_id', 'to_version'])
    .where('entity', '=', 'scenario')
    .execute()
  const versions = new Map<string, number[]>()
  for (const a of audit) {
    versions.set(a.entity_id, [...(versions.get(a.entity_id) ?? []), a.to_version ?? -1])
  }
  const byId = new Map(rows.map((r) => [r.id, r]))
  for (const [id, list] of versions) {
    const row = byId.get(id)
    const expected = Array.from({ length: row?.version ?? 0 }, (_, i) => i + 1)
    if (
      !isDeepStrictEqual(
        [...list].sort((a, b) => a - b),
        expected,
      )
    ) {
      problems.push(
        `audit: scenario ${id} has audit versions [${list.join(', ')}] but is at version ${row?.version ?? 'none'}`,
      )
    }
  }
  for (const row of rows) {
    if (!versions.has(row.id)) problems.push(`audit: scenario ${row.id} has no audit rows`)
  }
}

/**
 * Nothing half-applied from any import: every data version but the seed has its import record
 * and exactly one audit row, as many population rows as the version it replaced (these imports
 * only replace cells), and exactly one version is current: the newest.
 */
async function checkDataVersions(db: Kysely<Database>, problems: string[]) {
  const { rows: versions } = await sql<{
    id: string
    is_current: number
    previous: string | null
    cells: number
    audited: number
  }>`select v.id, v.is_current, i.previous_version_id as previous,
       (select count(*) from population p where p.data_version_id = v.id) as cells,
       (select count(*) from audit_log a where a.action = 'data.import' and a.entity_id = v.id) as audited
     from data_versions v left join data_imports i on i.data_version_id = v.id
     order by v.created_at, v.id`.execute(db)
  const cells = new Map(versions.map((v) => [v.id, v.cells]))
  for (const v of versions) {
    if (v.cells === 0) problems.push(`partial: data version ${v.id} has no population rows`)
    if (v.id.startsWith('seed-')) continue
    if (v.previous === null) {
      problems.push(`partial: data version ${v.id} has no import record`)
      continue
    }
    if (v.cells !== cells.get(v.previous)) {
      problems.push(
        `partial: data version ${v.id} has ${v.cells} population rows, the version it replaced ${cells.get(v.previous)}`,
      )
    }
    if (v.audited !== 1) problems.push(`partial: data version ${v.id} has ${v.audited} audit rows`)
  }
  const current = versions.filter((v) => v.is_current === 1)
  if (current.length !== 1 || current[0] !== versions.at(-1)) {
    problems.push(
      `data versions: current is [${current.map((v) => v.id).join(', ')}], newest is ${versions.at(-1)?.id}`,
    )
  }
}
