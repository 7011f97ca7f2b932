/**
 * Autosave for a saved scenario: each change waits `delay` ms for the next, then one save is sent
 * with the version it was made on. One save at a time, so two saves never race each other to the
 * server with the same version (the second would be refused as a conflict with ourselves);
 * changes made while a save is in flight go in the next one. A conflict stops autosaving until
 * the page resolves it (reload, or save as a copy); any other failure can be retried.
 *
 * Framework-free so it can be tested with fake timers; the page wraps it in a hook.
 */

export type AutosaveStatus =
  /** Everything is saved; `at` is the ISO time of the last save. */
  | { kind: 'saved'; at: string }
  /** Changes are waiting for the pause before saving. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict'; error: unknown }

export interface SaveOutcome {
  version: number
  updatedAt: string
}

export interface AutosaverOptions<P> {
  delay: number
  /** The version the first change is made on. */
  version: number
  savedAt: string
  save: (payload: P, version: number) => Promise<SaveOutcome>
  isConflict: (error: unknown) => boolean
  onStatus: (status: AutosaveStatus) => void
  /**
   * After each successful save, with what was saved and what is still waiting to be saved (null
   * when nothing is), e.g. to clear or move a stored draft.
   */
  onSaved?: (payload: P, outcome: SaveOutcome, pending: P | null) => void
}

export class Autosaver<P> {
  private timer: ReturnType<typeof setTimeout> | null = null
  private latest: P | null = null
  private inFlight: Promise<void> | null = null
  private status: AutosaveStatus
  private currentVersion: number
  private disposed = false

  constructor(private readonly options: AutosaverOptions<P>) {
    this.currentVersion = options.version
    this.status = { kind: 'saved', at: options.savedAt }
  }

  get version(): number {
    return this.currentVersion
  }

  get state(): AutosaveStatus {
    return this.status
  }

  /** Whether there are changes not yet saved (waiting, in flight or failed). */
  get dirty(): boolean {
    return this.latest !== null || this.inFlight !== null
  }

  /** A new whole payload to save (the latest replaces any not yet sent). */
  change(payload: P): void {
    if (this.disposed) return
    this.latest = payload
    if (this.status.kind === 'conflict') return
    this.setStatus({ kind: 'pending' })
    this.schedule()
  }

  /** Another action (share, archive) moved the version on. */
  setVersion(version: number, at?: string): void {
    this.currentVersion = version
    if (at && !this.dirty) this.setStatus({ kind: 'saved', at })
  }

  /** Saves now what is waiting, and resolves once nothing is left to save (or saving failed). */
  async flush(): Promise<void> {
    this.clearTimer()
    while (!this.disposed) {
      if (this.inFlight) {
        await this.inFlight
        continue
      }
      if (this.latest === null || this.status.kind === 'conflict') return
      if (this.status.kind === 'error') {
        // A failed save is tried once more; a second failure stops here.
        await this.send()
        return
      }
      await this.send()
    }
  }

  /** After an error: try again now. */
  retry(): void {
    if (this.status.kind === 'conflict') return
    void this.flush()
  }

  dispose(): void {
    this.disposed = true
    this.clearTimer()
  }

  private schedule() {
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      if (!this.inFlight) void this.send()
      // Else the save in flight sends the rest when it finishes.
    }, this.options.delay)
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private send(): Promise<void> {
    const payload = this.latest
    if (payload === null || this.disposed) return Promise.resolve()
    this.latest = null
    this.setStatus({ kind: 'saving' })
    const run = (async () => {
      try {
        const outcome = await this.options.save(payload, this.currentVersion)
        this.currentVersion = outcome.version
        const more = this.latest !== null
        this.options.onSaved?.(payload, outcome, this.latest)
        if (this.disposed) return
        if (more) {
          this.setStatus({ kind: 'pending' })
          if (!this.timer) this.schedule()
        } else {
          this.setStatus({ kind: 'saved', at: outcome.updatedAt })
        }
      } catch (error) {
        // Keep the unsaved payload (newer changes win) so nothing is lost.
        if (this.latest === null) this.latest = payload
        this.clearTimer()
        if (!this.disposed) {
          this.setStatus(
            this.options.isConflict(error) ? { kind: 'conflict', error } : { kind: 'error', error },
          )
        }
      }
    })()
    this.inFlight = run.finally(() => {
      this.inFlight = null
    })
    return this.inFlight
  }

  private setStatus(status: AutosaveStatus) {
    this.status = status
    this.options.onStatus(status)
  }
}
