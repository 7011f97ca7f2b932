/**
 * The `npm run user` commands (db/scripts/user.ts runs them). Manages accounts on the command line, over the same DATABASE_URL as the server:
 *
 *   npm run user -- add --email x@icb.nhs.uk --name "X" --org "Lancashire and South Cumbria ICB" \
 *     --kind icb --area E54000048 --role editor [--password …]
 *   npm run user -- list
 *   npm run user -- role --email x@icb.nhs.uk --role viewer
 *   npm run user -- disable --email x@icb.nhs.uk      (and `enable`)
 *   npm run user -- reset-password --email x@icb.nhs.uk [--password …]
 *
 * Without --password a one-time password is printed once; the person must change it when they
 * first sign in. Every change is audited (as the command line, with no user).
 */
import { parseArgs } from 'node:util'
import type { Kysely } from 'kysely'
import { hashPassword, oneTimePassword } from './password-hash'
import { loadModelData } from './model-data'
import { writeAudit } from './repositories/audit'
import { findOrganisationByName, insertOrganisation } from './repositories/organisations'
import { findUserByEmail, insertUser, listUsers, updateUser } from './repositories/users'
import { writeTransaction } from './repositories/write-transaction'
import type { Database } from './schema'
import { resolveScope } from '../shared/engine'
import {
  ORGANISATION_KINDS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type OrganisationKind,
  type Role,
} from '../shared/domain/saved-scenario'

export class UsageError extends Error {}

type Print = (line: string) => void

export const USAGE = `Usage:
  npm run user -- add --email EMAIL --name NAME --org ORGANISATION [--kind icb|council|national]
                      [--area AREA_CODE] --role viewer|editor|admin [--password PASSWORD]
  npm run user -- list
  npm run user -- role --email EMAIL --role viewer|editor|admin
  npm run user -- disable --email EMAIL
  npm run user -- enable --email EMAIL
  npm run user -- reset-password --email EMAIL [--password PASSWORD]`

type Flags = Record<string, string | undefined>

function required(flags: Flags, name: string): string {
  const value = flags[name]?.trim()
  if (!value) throw new UsageError(`--${name} is required`)
  return value
}

function oneOfFlag<T extends string>(flags: Flags, name: string, allowed: readonly T[]): T {
  const value = required(flags, name)
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got '${value}'`)
  }
  return value as T
}

function checkEmail(email: string): string {
  const lower = email.trim().toLowerCase()
  if (!/^[^\s@]+@[^\s@]+$/.test(lower) || lower.length > 254) {
    throw new UsageError(`--email '${email}' is not an email address`)
  }
  return lower
}

function checkName(name: string, flag: string): string {
  if (name.length > 120) throw new UsageError(`--${flag} can have at most 120 characters`)
  return name
}

/** --password if given (checked), else a new one-time password that must be changed. */
async function passwordFrom(flags: Flags) {
  const given = flags.password
  if (given !== undefined) {
    if (given.length < PASSWORD_MIN_LENGTH || given.length > PASSWORD_MAX_LENGTH) {
      throw new UsageError(
        `--password needs ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
      )
    }
    return { hash: await hashPassword(given), oneTime: null }
  }
  const oneTime = oneTimePassword()
  return { hash: await hashPassword(oneTime), oneTime }
}

async function existingUser(db: Kysely<Database>, flags: Flags) {
  const email = checkEmail(required(flags, 'email'))
  const record = await findUserByEmail(db, email)
  if (!record) throw new UsageError(`--email: there is no user ${email}`)
  return record
}

async function add(db: Kysely<Database>, flags: Flags, print: Print) {
  const email = checkEmail(required(flags, 'email'))
  const name = checkName(required(flags, 'name'), 'name')
  const orgName = checkName(required(flags, 'org'), 'org')
  const role = oneOfFlag<Role>(flags, 'role', ROLES)
  if (await findUserByEmail(db, email))
    throw new UsageError(`--email: ${email} already has an account`)

  let org = await findOrganisationByName(db, orgName)
  const kind =
    flags.kind === undefined
      ? undefined
      : oneOfFlag<OrganisationKind>(flags, 'kind', ORGANISATION_KINDS)
  const area = flags.area?.trim().toUpperCase()
  if (org) {
    if (kind && kind !== org.kind) {
      throw new UsageError(`--kind: '${org.name}' already exists as a ${org.kind}, not a ${kind}`)
    }
  } else {
    if (!kind) throw new UsageError(`--kind is required to create the organisation '${orgName}'`)
    if (area) {
      const data = await loadModelData(db)
      if (!resolveScope(data, area))
        throw new UsageError(`--area: there is no area with the code ${area}`)
    }
  }

  const password = await passwordFrom(flags)
  const now = new Date()
  const created = await writeTransaction(db, async (conn) => {
    let newOrg = false
    if (!org) {
      org = await insertOrganisation(
        conn,
        { name: orgName, kind: kind!, areaCode: area ?? null },
        now,
      )
      newOrg = true
      await writeAudit(conn, {
        at: now,
        userId: null,
        organisationId: org.id,
        action: 'organisation.add',
        entity: 'organisation',
        entityId: org.id,
        summary: `Command line: created the ${org.kind} '${org.name}'`,
      })
    }
    const userId = await insertUser(
      conn,
      {
        email,
        name,
        organisationId: org.id,
        role,
        passwordHash: password.hash,
        mustChangePassword: password.oneTime !== null,
      },
      now,
    )
    await writeAudit(conn, {
      at: now,
      userId: null,
      organisationId: org.id,
      action: 'user.add',
      entity: 'user',
      entityId: userId,
      summary: `Command line: added ${email} as ${role}`,
    })
    return { org, newOrg }
  })
  print(
    `${created.newOrg ? `Created the ${created.org.kind} '${created.org.name}'. ` : ''}Added ${email} as ${role} of '${created.org.name}'.`,
  )
  if (password.oneTime) {
    print(
      `One-time password: ${password.oneTime} (shown once; they will be asked to change it when they sign in)`,
    )
  }
}

async function list(db: Kysely<Database>, print: Print) {
  const users = await listUsers(db)
  if (users.length === 0) {
    print('No users yet. The server creates the first admin when it starts.')
    return
  }
  for (const { user, disabled } of users) {
    const flags = [disabled && 'disabled', user.mustChangePassword && 'one-time password']
      .filter(Boolean)
      .join(', ')
    print(
      [user.email, user.role, user.organisation.name, user.name, flags].filter(Boolean).join('\t'),
    )
  }
}

async function change(
  db: Kysely<Database>,
  flags: Flags,
  what: { role?: Role; disabled?: boolean; reset?: boolean },
  print: Print,
) {
  const record = await existingUser(db, flags)
  const password = what.reset ? await passwordFrom(flags) : null
  const summary = what.role
    ? `Command line: role ${record.user.role} → ${what.role}`
    : what.disabled !== undefined
      ? `Command line: ${what.disabled ? 'disabled' : 'enabled'} the account`
      : 'Command line: reset the password'
  await writeTransaction(db, (conn) =>
    updateUser(
      conn,
      { id: record.user.id, organisationId: record.user.organisation.id },
      {
        role: what.role,
        disabled: what.disabled,
        ...(password && {
          passwordHash: password.hash,
          mustChangePassword: password.oneTime !== null,
        }),
      },
      {
        at: new Date(),
        userId: null,
        action: what.role
          ? 'user.role'
          : what.disabled !== undefined
            ? what.disabled
              ? 'user.disable'
              : 'user.enable'
            : 'user.reset-password',
        summary,
      },
    ),
  )
  print(`${record.user.email}: ${summary.replace('Command line: ', '')}.`)
  if (password?.oneTime) {
    print(`One-time password: ${password.oneTime} (shown once; they must change it at sign-in)`)
  }
}

/** Runs one command; `print` receives what a person should read (including one-time passwords). */
export async function runUserCommand(
  argv: string[],
  db: Kysely<Database>,
  print: Print = console.log,
) {
  const [command, ...rest] = argv
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
      kind: { type: 'string' },
      area: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const flags = values as Flags
  switch (command) {
    case 'add':
      return add(db, flags, print)
    case 'list':
      return list(db, print)
    case 'role':
      return change(db, flags, { role: oneOfFlag<Role>(flags, 'role', ROLES) }, print)
    case 'disable':
      return change(db, flags, { disabled: true }, print)
    case 'enable':
      return change(db, flags, { disabled: false }, print)
    case 'reset-password':
      return change(db, flags, { reset: true }, print)
    default:
      throw new UsageError(command ? `Unknown command '${command}'` : 'Give a command')
  }
}
