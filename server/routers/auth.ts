import { TRPCError } from '@trpc/server'
import { dummyHash, hashPassword, verifyPassword } from '../../db/password-hash'
import { writeAudit } from '../../db/repositories/audit'
import { ABSOLUTE_TIMEOUT_MS, deleteSession, insertSession } from '../../db/repositories/sessions'
import {
  findUserByEmail,
  findUserById,
  normaliseEmail,
  updateUser,
} from '../../db/repositories/users'
import { writeTransaction } from '../../db/repositories/write-transaction'
import {
  changePasswordSchema,
  loginSchema,
  type SessionUser,
} from '../../shared/domain/saved-scenario'
import { authedProcedure, publicProcedure, router } from '../trpc'

const BAD_LOGIN = 'That email and password do not match an account that can sign in.'

export const authRouter = router({
  /** The signed-in person, or null. Public, so the page can decide what to show. */
  me: publicProcedure.query(({ ctx }): SessionUser | null => ctx.user),

  /**
   * Signs in: sets the `c2030_session` cookie (a new session each time; the one the request
   * came with, if any, ends). More than 10 failures per email or per IP in 15 minutes answer
   * TOO_MANY_REQUESTS without checking the password.
   */
  login: publicProcedure
    .input(loginSchema)
    .mutation(async ({ ctx, input }): Promise<SessionUser> => {
      const email = normaliseEmail(input.email)
      const keys = [`email:${email}`, ...(ctx.http?.ip ? [`ip:${ctx.http.ip}`] : [])]
      const attempt = await ctx.limiter.attempt(keys)
      const wait = attempt.retryAfter
      if (wait > 0) {
        ctx.http?.setHeader('Retry-After', String(wait))
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}.`,
        })
      }
      const record = await findUserByEmail(ctx.db, email)
      // Unknown accounts cost a hash too, so timing does not reveal who has an account.
      const matches = await verifyPassword(
        input.password,
        record?.passwordHash ?? (await dummyHash()),
      )
      // A failure stays counted; a success forgives this account's earlier failures too.
      if (!record || !matches || record.disabled) {
        throw new TRPCError({ code: 'UNAUTHORIZED', message: BAD_LOGIN })
      }
      await attempt.succeeded(`email:${email}`)
      const now = ctx.now()
      const session = await writeTransaction(ctx.db, async (conn) => {
        if (ctx.http?.sessionId) await deleteSession(conn, ctx.http.sessionId)
        const created = await insertSession(conn, record.user.id, now)
        await writeAudit(conn, {
          at: now,
          userId: record.user.id,
          organisationId: record.user.organisation.id,
          action: 'auth.login',
          entity: 'session',
          entityId: record.user.id,
          summary: 'Signed in',
        })
        return created
      })
      ctx.http?.setSessionCookie(session.token, ABSOLUTE_TIMEOUT_MS / 1000)
      return record.user
    }),

  /** Ends this session on the server and clears the cookie. */
  logout: authedProcedure.mutation(async ({ ctx }) => {
    const now = ctx.now()
    await writeTransaction(ctx.db, async (conn) => {
      if (ctx.http?.sessionId) await deleteSession(conn, ctx.http.sessionId)
      await writeAudit(conn, {
        at: now,
        userId: ctx.user.id,
        organisationId: ctx.user.organisation.id,
        action: 'auth.logout',
        entity: 'session',
        entityId: ctx.user.id,
        summary: 'Signed out',
      })
    })
    ctx.http?.clearSessionCookie()
    return { ok: true as const }
  }),

  /**
   * Replaces the password (12–128 characters) after checking the current one, clears the
   * one-time-password flag and ends the person's other sessions. Wrong current passwords count
   * towards the sign-in limit.
   */
  changePassword: authedProcedure
    .input(changePasswordSchema)
    .mutation(async ({ ctx, input }): Promise<SessionUser> => {
      const keys = [`email:${ctx.user.email}`]
      const attempt = await ctx.limiter.attempt(keys)
      const wait = attempt.retryAfter
      if (wait > 0) {
        ctx.http?.setHeader('Retry-After', String(wait))
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: 'Too many wrong passwords. Try again later.',
        })
      }
      const record = await findUserById(ctx.db, ctx.user.id)
      if (!record || !(await verifyPassword(input.current, record.passwordHash))) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'current: that is not your current password',
        })
      }
      await attempt.succeeded()
      if (input.next === input.current) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'next: choose a password different from the current one',
        })
      }
      const passwordHash = await hashPassword(input.next)
      const now = ctx.now()
      await writeTransaction(ctx.db, (conn) =>
        updateUser(
          conn,
          { id: ctx.user.id, organisationId: ctx.user.organisation.id },
          { passwordHash, mustChangePassword: false },
          {
            at: now,
            userId: ctx.user.id,
            action: 'auth.change-password',
            summary: 'Changed their password',
          },
          ctx.http?.sessionId ?? undefined,
        ),
      )
      return { ...ctx.user, mustChangePassword: false }
    }),
})
