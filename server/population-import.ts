import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { importPopulationCsv } from '../db/import-population'
import {
  ImportWriteError,
  setCurrentDataVersion,
  UnknownDataVersionError,
  type DataVersionActor,
} from '../db/repositories/imports'
import { importMetaSchema, MAX_FILE_BYTES, type ImportProblem } from '../shared/import'
import type { Context } from './context'

/** What the dashboard sends: the file's text (read in the browser) and where it comes from. */
export const importPopulationInput = importMetaSchema.extend({
  csv: z.string().max(MAX_FILE_BYTES, 'the file is larger than 5 MB'),
})

export type ImportPopulationInput = z.infer<typeof importPopulationInput>

/** Carried as the cause of the BAD_REQUEST, so an error formatter can pass the list to the client. */
export class ImportRejectedError extends Error {
  constructor(
    message: string,
    readonly problems: ImportProblem[],
  ) {
    super(message)
    this.name = 'ImportRejectedError'
  }
}

/**
 * The body of `data.importPopulation`, apart from who may call it: checks the whole file, writes a
 * new current data version in one transaction and reloads the model, or throws BAD_REQUEST whose
 * message lists the problems by row and column (nothing written).
 */
export async function importPopulation(
  ctx: Pick<Context, 'db' | 'store'>,
  input: ImportPopulationInput,
  actor: DataVersionActor,
) {
  const { csv, ...meta } = input
  let outcome
  try {
    outcome = await importPopulationCsv(ctx.db, {
      ...meta,
      content: csv,
      importedBy: actor.userId,
      organisationId: actor.organisationId,
    })
  } catch (error) {
    if (error instanceof ImportWriteError) {
      // Logged by onError with its cause; the user sees the generic message.
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: error.message, cause: error })
    }
    throw error
  }
  if (outcome.status === 'rejected') {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: outcome.message,
      cause: new ImportRejectedError(outcome.summary, outcome.problems),
    })
  }
  if (outcome.status === 'imported') await ctx.store.reload()
  return { ...outcome, dataVersion: ctx.store.current().dataVersion }
}

/** The body of a `data.setCurrent` mutation: switch back (or forward) and reload the model. */
export async function switchDataVersion(
  ctx: Pick<Context, 'db' | 'store'>,
  id: string,
  actor: DataVersionActor,
) {
  try {
    const version = await setCurrentDataVersion(ctx.db, id, actor)
    await ctx.store.reload()
    return version
  } catch (error) {
    if (error instanceof UnknownDataVersionError) {
      throw new TRPCError({ code: 'NOT_FOUND', message: error.message })
    }
    throw error
  }
}
