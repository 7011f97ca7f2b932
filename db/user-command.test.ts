import type { Kysely } from 'kysely'
import { beforeEach, describe, expect, test } from 'vitest'
import { createTestDb } from '../tests/helpers/test-db'
import { ADMIN_EMAIL, ADMIN_ORGANISATION, ensureFirstAdmin } from './first-admin'
import { verifyPassword } from './password-hash'
import { insertSession, findSession } from './repositories/sessions'
import { findUserByEmail } from './repositories/users'
import type { Database } from './schema'
import { runUserCommand } from './user-command'

let db: Kysely<Database>
let printed: string[]

beforeEach(async () => {
  db = await createTestDb()
  printed = []
})

const run = (...argv: string[]) => runUserCommand(argv, db, (line) => printed.push(line))

describe('first start', () => {
  test('creates the administrators’ organisation and its admin with a one-time password, once', async () => {
    const first = await ensureFirstAdmin(db)
    expect(first).toEqual({ email: ADMIN_EMAIL, oneTimePassword: expect.any(String) })
    expect(first!.oneTimePassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/)
    const admin = await findUserByEmail(db, ADMIN_EMAIL)
    expect(admin?.user).toMatchObject({
      role: 'admin',
      mustChangePassword: true,
      organisation: { name: ADMIN_ORGANISATION, kind: 'national', areaCode: null },
    })
    expect(await verifyPassword(first!.oneTimePassword!, admin!.passwordHash)).toBe(true)
    expect(await ensureFirstAdmin(db)).toBeNull()
    const audit = await db.selectFrom('audit_log').selectAll().execute()
    expect(audit.map((a) => a.action)).toEqual(['user.first-admin'])
  })

  test('with ADMIN_INITIAL_PASSWORD uses it, prints nothing, and does not force a change', async () => {
    const first = await ensureFirstAdmin(db, {
      initialPassword: 'correct-horse-battery-staple-2030',
    })
    expect(first).toEqual({ email: ADMIN_EMAIL, oneTimePassword: null })
    const admin = await findUserByEmail(db, ADMIN_EMAIL)
    expect(admin?.user.mustChangePassword).toBe(false)
    expect(await verifyPassword('correct-horse-battery-staple-2030', admin!.passwordHash)).toBe(
      true,
    )
  })
})

describe('npm run user', () => {
  test('add creates the organisation when missing and prints a one-time password', async () => {
    await run(
      'add',
      '--email',
      'Jo.Bloggs@NHS.net',
      '--name',
      'Jo Bloggs',
      '--org',
      'Lancashire and South Cumbria ICB',
      '--kind',
      'icb',
      '--area',
      'E54000048',
      '--role',
      'editor',
    )
    expect(printed[0]).toBe(
      "Created the icb 'Lancashire and South Cumbria ICB'. Added jo.bloggs@nhs.net as editor of 'Lancashire and South Cumbria ICB'.",
    )
    const oneTime = /One-time password: (\S+)/.exec(printed[1] ?? '')?.[1]
    const jo = await findUserByEmail(db, 'jo.bloggs@nhs.net')
    expect(jo?.user).toMatchObject({
      name: 'Jo Bloggs',
      role: 'editor',
      mustChangePassword: true,
      organisation: { kind: 'icb', areaCode: 'E54000048' },
    })
    expect(await verifyPassword(oneTime!, jo!.passwordHash)).toBe(true)

    // A second person joins the same organisation (found ignoring case); --password is used as is.
    printed = []
    await run(
      'add',
      '--email',
      'sam@nhs.net',
      '--name',
      'Sam',
      '--org',
      'lancashire and south cumbria icb',
      '--role',
      'viewer',
      '--password',
      'a-chosen-long-password',
    )
    expect(printed).toEqual(["Added sam@nhs.net as viewer of 'Lancashire and South Cumbria ICB'."])
    const sam = await findUserByEmail(db, 'sam@nhs.net')
    expect(sam?.user.organisation.id).toBe(jo?.user.organisation.id)
    expect(sam?.user.mustChangePassword).toBe(false)
  })

  test.each([
    [
      ['add', '--name', 'X', '--org', 'O', '--kind', 'icb', '--role', 'editor'],
      '--email is required',
    ],
    [
      ['add', '--email', 'x@y.z', '--name', 'X', '--org', 'New org', '--role', 'editor'],
      '--kind is required',
    ],
    [
      ['add', '--email', 'x@y.z', '--name', 'X', '--org', 'O', '--kind', 'icb', '--role', 'owner'],
      '--role must be one of viewer, editor, admin',
    ],
    [
      [
        'add',
        '--email',
        'x@y.z',
        '--name',
        'X',
        '--org',
        'O',
        '--kind',
        'trust',
        '--role',
        'editor',
      ],
      '--kind must be one of icb, council, national',
    ],
    [
      [
        'add',
        '--email',
        'x@y.z',
        '--name',
        'X',
        '--org',
        'O',
        '--kind',
        'icb',
        '--area',
        'E54999999',
        '--role',
        'editor',
      ],
      '--area: there is no area with the code E54999999',
    ],
    [
      [
        'add',
        '--email',
        'not-an-email',
        '--name',
        'X',
        '--org',
        'O',
        '--kind',
        'icb',
        '--role',
        'editor',
      ],
      "--email 'not-an-email' is not an email address",
    ],
    [
      [
        'add',
        '--email',
        'x@y.z',
        '--name',
        'X',
        '--org',
        'O',
        '--kind',
        'icb',
        '--role',
        'editor',
        '--password',
        'short',
      ],
      '--password needs 12 to 128 characters',
    ],
    [['role', '--email', 'nobody@y.z', '--role', 'viewer'], '--email: there is no user nobody@y.z'],
    [['disable', '--emial', 'x@y.z'], "Unknown option '--emial'"],
    [['promote'], "Unknown command 'promote'"],
  ])('%j fails naming the flag: %s', async (argv, message) => {
    await expect(run(...argv)).rejects.toThrow(message)
    expect(await db.selectFrom('users').selectAll().execute()).toEqual([])
  })

  test('role, disable, enable and reset-password change the account, end sessions, and are audited', async () => {
    await run(
      'add',
      '--email',
      'a@b.c',
      '--name',
      'A',
      '--org',
      'Council',
      '--kind',
      'council',
      '--role',
      'editor',
      '--password',
      'first-long-password',
    )
    const id = (await findUserByEmail(db, 'a@b.c'))!.user.id
    const session = await insertSession(db, id, new Date())

    await run('role', '--email', 'a@b.c', '--role', 'viewer')
    expect((await findUserByEmail(db, 'a@b.c'))!.user.role).toBe('viewer')
    expect(await findSession(db, session.token, new Date())).toMatchObject({
      user: { role: 'viewer' },
    })

    await run('disable', '--email', 'a@b.c')
    expect((await findUserByEmail(db, 'a@b.c'))!.disabled).toBe(true)
    expect(await findSession(db, session.token, new Date())).toBeNull()
    await run('enable', '--email', 'a@b.c')
    expect((await findUserByEmail(db, 'a@b.c'))!.disabled).toBe(false)

    printed = []
    await run('reset-password', '--email', 'a@b.c')
    const oneTime = /One-time password: (\S+)/.exec(printed.join('\n'))?.[1]
    const after = (await findUserByEmail(db, 'a@b.c'))!
    expect(after.user.mustChangePassword).toBe(true)
    expect(await verifyPassword(oneTime!, after.passwordHash)).toBe(true)

    printed = []
    await run('list')
    expect(printed).toEqual(['a@b.c\tviewer\tCouncil\tA\tone-time password'])

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .orderBy('id')
      .execute()
    expect(audit).toEqual(
      [
        'organisation.add',
        'user.add',
        'user.role',
        'user.disable',
        'user.enable',
        'user.reset-password',
      ].map((action) => ({ action, user_id: null })),
    )
  })
})
