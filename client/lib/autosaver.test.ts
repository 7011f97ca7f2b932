import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Autosaver, type AutosaveStatus, type SaveOutcome } from './autosaver'

class Conflict extends Error {}

function setup(save: (payload: string, version: number) => Promise<SaveOutcome>) {
  const statuses: AutosaveStatus['kind'][] = []
  const saved: { payload: string; version: number; more: boolean }[] = []
  const saver = new Autosaver<string>({
    delay: 800,
    version: 1,
    savedAt: '2026-11-23T14:00:00.000Z',
    save,
    isConflict: (e) => e instanceof Conflict,
    onStatus: (s) => statuses.push(s.kind),
    onSaved: (payload, outcome, pending) =>
      saved.push({ payload, version: outcome.version, more: pending !== null }),
  })
  return { saver, statuses, saved }
}

/** A server that bumps the version on each save and records what it got. */
function server() {
  let version = 1
  const calls: { payload: string; version: number }[] = []
  const save = vi.fn(async (payload: string, from: number) => {
    calls.push({ payload, version: from })
    if (from !== version) throw new Conflict('stale')
    version += 1
    return { version, updatedAt: `t${version}` }
  })
  return { save, calls }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('Autosaver', () => {
  it('saves once, 800 ms after the last of several quick changes', async () => {
    const { save, calls } = server()
    const { saver, statuses } = setup(save)
    saver.change('a')
    await vi.advanceTimersByTimeAsync(500)
    saver.change('ab')
    await vi.advanceTimersByTimeAsync(799)
    expect(save).not.toHaveBeenCalled()
    expect(saver.state.kind).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toEqual([{ payload: 'ab', version: 1 }])
    expect(saver.state).toEqual({ kind: 'saved', at: 't2' })
    expect(saver.version).toBe(2)
    expect(saver.dirty).toBe(false)
    expect(statuses).toEqual(['pending', 'pending', 'saving', 'saved'])
  })

  it('sends changes made during a save afterwards, on the new version', async () => {
    let release: (() => void) | null = null
    const calls: { payload: string; version: number }[] = []
    const save = vi.fn((payload: string, version: number) => {
      calls.push({ payload, version })
      return new Promise<SaveOutcome>((resolve) => {
        release = () => resolve({ version: version + 1, updatedAt: `t${version + 1}` })
      })
    })
    const { saver, saved } = setup(save)
    saver.change('a')
    await vi.advanceTimersByTimeAsync(800)
    expect(saver.state.kind).toBe('saving')
    saver.change('ab')
    await vi.advanceTimersByTimeAsync(800)
    // Still one request: the second waits for the first.
    expect(calls).toHaveLength(1)
    release!()
    await vi.advanceTimersByTimeAsync(0)
    expect(saved).toEqual([{ payload: 'a', version: 2, more: true }])
    await vi.advanceTimersByTimeAsync(800)
    expect(calls).toEqual([
      { payload: 'a', version: 1 },
      { payload: 'ab', version: 2 },
    ])
    release!()
    await vi.advanceTimersByTimeAsync(0)
    expect(saver.state).toEqual({ kind: 'saved', at: 't3' })
  })

  it('stops on a conflict and keeps the unsaved change', async () => {
    const { save } = server()
    const { saver } = setup(save)
    saver.setVersion(0)
    saver.change('mine')
    await vi.advanceTimersByTimeAsync(800)
    expect(saver.state.kind).toBe('conflict')
    expect(saver.dirty).toBe(true)
    saver.change('more')
    await vi.advanceTimersByTimeAsync(5000)
    expect(save).toHaveBeenCalledTimes(1)
    expect(saver.state.kind).toBe('conflict')
  })

  it('reports other failures and saves on retry', async () => {
    let fail = true
    const save = vi.fn(async (_payload: string, version: number) => {
      if (fail) throw new Error('offline')
      return { version: version + 1, updatedAt: 'later' }
    })
    const { saver } = setup(save)
    saver.change('a')
    await vi.advanceTimersByTimeAsync(800)
    expect(saver.state.kind).toBe('error')
    fail = false
    saver.retry()
    await vi.advanceTimersByTimeAsync(0)
    expect(saver.state).toEqual({ kind: 'saved', at: 'later' })
    expect(save).toHaveBeenLastCalledWith('a', 1)
  })

  it('flush saves at once and waits for it', async () => {
    const { save, calls } = server()
    const { saver } = setup(save)
    saver.change('now')
    await saver.flush()
    expect(calls).toEqual([{ payload: 'now', version: 1 }])
    expect(saver.dirty).toBe(false)
  })

  it('takes a version moved on by another action', async () => {
    const { save, calls } = server()
    const { saver } = setup(save)
    saver.change('x')
    await saver.flush()
    saver.setVersion(3, 't3')
    expect(saver.state).toEqual({ kind: 'saved', at: 't3' })
    saver.change('y')
    await vi.advanceTimersByTimeAsync(800)
    expect(calls.at(-1)).toEqual({ payload: 'y', version: 3 })
  })

  it('sends nothing after dispose', async () => {
    const { save } = server()
    const { saver } = setup(save)
    saver.change('a')
    saver.dispose()
    await vi.advanceTimersByTimeAsync(2000)
    expect(save).not.toHaveBeenCalled()
  })
})
