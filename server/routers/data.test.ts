import { loadSeedBundle } from '../../db/seed-bundle'
import { TRPCError } from '@trpc/server'
import { describe, expect, it } from 'vitest'
import { sqliteHandle } from '../../db/open-db'
import { failInserts } from '../../tests/helpers/db-state'
import { createTestCaller } from '../../tests/helpers/test-caller'
import { testStore } from '../../tests/helpers/test-db'
import { checksum, createTestWorld } from '../../tests/helpers/test-users'
import { ImportRejectedError, importPopulation, switchDataVersion } from '../population-import'

const META = { fileName: 'mid-2025.csv', source: 'ONS mid-2025 estimates', date: '2026-06-26' }
/** As the command line does it: nobody signed in. */
const CLI = { userId: null, organisationId: null }
const GOOD = 'area_code,mid_year,age_0,age_1\r\nE06000001,2025,1000,1100\r\n'

describe('data.versions', () => {
  it('lists the seed version as current, with its source and date', async () => {
    const { caller, store } = await createTestCaller()
    const versions = await caller.data.versions()
    expect(versions).toEqual([
      expect.objectContaining({
        id: store.current().dataVersion,
        date: loadSeedBundle().manifest.date,
        current: true,
        import: null,
      }),
    ])
  })
})

describe('importPopulation (the body of data.importPopulation)', () => {
  it('imports, reloads the model and shows the version without who imported it in the public list', async () => {
    const { caller, db, store } = await createTestCaller()
    const seed = store.current().dataVersion
    const result = await importPopulation({ db, store }, { ...META, csv: GOOD }, CLI)
    expect(result.status).toBe('imported')
    expect(result.dataVersion).toBe(result.version!.id)
    expect(store.current().dataVersion).toBe(result.version!.id)
    expect(store.current().observedMidYears.at(-1)).toBe(2025)
    const versions = await caller.data.versions()
    expect(versions.map((v) => v.current)).toEqual([false, true])
    expect(versions[1]!.import).toMatchObject({ importedBy: null, previousVersionId: seed })

    await switchDataVersion({ db, store }, seed, CLI)
    expect(store.current().dataVersion).toBe(seed)
    await expect(switchDataVersion({ db, store }, 'nope', CLI)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('a bad file is BAD_REQUEST listing rows and columns, with the problems as the cause', async () => {
    const { db, store } = await createTestCaller()
    const csv = 'area_code,mid_year,age_0,age_1\r\nE06000001,2025,-1,1100\r\nE0600000X,2025,1,1\r\n'
    const error = await importPopulation({ db, store }, { ...META, csv }, CLI).catch((e) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect(error.code).toBe('BAD_REQUEST')
    expect(error.message).toBe(
      [
        'The file was not imported: 2 problems in 2 rows. Nothing was changed.',
        'row 2, column "age_0": cannot be negative, got "-1"',
        'row 3, column "area_code": "E0600000X" is not a GSS code (a capital letter and 8 digits, e.g. E06000008)',
      ].join('\n'),
    )
    expect(error.cause).toBeInstanceOf(ImportRejectedError)
    expect(error.cause.problems).toHaveLength(2)
    expect(store.current().observedMidYears.at(-1)).toBe(2024)
  })

  it.skipIf(testStore() !== 'sqlite')(
    'a full disk is a generic INTERNAL_SERVER_ERROR and nothing changes',
    async () => {
      const { db, store } = await createTestCaller()
      const sqlite = sqliteHandle(db)
      sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`)
      const error = await importPopulation({ db, store }, { ...META, csv: GOOD }, CLI).catch(
        (e) => e,
      )
      sqlite.pragma('max_page_count = 4294967294')
      expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' })
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(store.current().observedMidYears.at(-1)).toBe(2024)
    },
  )

  it('a failure part-way is a generic INTERNAL_SERVER_ERROR and nothing changes', async () => {
    const { db, store } = await createTestCaller()
    const before = await checksum(db)
    // The import record comes after the new version and its population rows.
    const removeFault = await failInserts(db, 'data_imports')
    const error = await importPopulation({ db, store }, { ...META, csv: GOOD }, CLI).catch((e) => e)
    await removeFault()
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' })
    expect(await checksum(db)).toBe(before)
    expect(store.current().observedMidYears.at(-1)).toBe(2024)
  })
})

describe('data.importPopulation over tRPC', () => {
  const input = { ...META, csv: GOOD }

  it('is refused to anonymous callers, and to everyone but national admins, writing nothing', async () => {
    const world = await createTestWorld()
    const before = await checksum(world.db)
    await expect(world.as(null).data.importPopulation(input)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    })
    for (const user of [world.a.viewer, world.a.editor, world.a.admin, world.national.editor]) {
      await expect(world.as(user).data.importPopulation(input)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      })
    }
    expect(await checksum(world.db)).toBe(before)
  })

  it('a national admin imports; the version and the audit log record who, and the model reloads', async () => {
    const world = await createTestWorld()
    const editor = world.as(world.national.admin)
    const checked = await editor.data.importPopulation({ ...input, dryRun: true })
    expect(checked).toMatchObject({ status: 'checked', cells: 1, version: null })
    const result = await editor.data.importPopulation(input)
    expect(result.version!.import!.importedBy).toBe(world.national.admin.id)
    const audit = await world.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'data-version')
      .execute()
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'data.import',
        entity_id: result.version!.id,
        user_id: world.national.admin.id,
        organisation_id: world.national.org.id,
      }),
    ])
    expect(world.store.current().dataVersion).toBe(result.version!.id)
    await expect(
      editor.data.importPopulation({ ...input, csv: 'area_code,mid_year,age_0,age_1\r\n' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message:
        'The file was not imported: 1 problem. Nothing was changed.\nThe file has a header row but no data rows.',
    })
  })
})
