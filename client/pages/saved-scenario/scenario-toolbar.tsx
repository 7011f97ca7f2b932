/**
 * What can be done with a saved scenario, as buttons that open one small panel at a time:
 * Rename, Clone, Share, Archive (at once), Delete and Approve for board (each confirmed first).
 * Only the actions the person may take are shown; the page says why the rest are missing. Every
 * action first saves pending edits, then sends the version it was made on.
 */
import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { SavedScenario } from '../../../shared/domain/saved-scenario'
import { ErrorMessage } from '../../components/error-message'
import { TextField } from '../../components/fields'
import type { ScenarioPermissions } from '../../lib/permissions'
import { queryClient, trpc, trpcClient } from '../../trpc'
import { nameProblem } from '../scenario-builder/save-new-scenario'
import { SharePanel } from './share-panel'

type Panel = 'rename' | 'clone' | 'share' | 'delete' | 'approve' | null

interface ScenarioToolbarProps {
  scenario: SavedScenario
  /** The name as edited (may be ahead of the server's). */
  name: string
  perms: ScenarioPermissions
  dirty: () => boolean
  flush: () => Promise<void>
  version: () => number
  onRename: (name: string) => void
  onUpdated: (saved: SavedScenario) => void
  onApproved: () => Promise<void>
  onDeleted: () => Promise<void>
}

export function ScenarioToolbar(props: ScenarioToolbarProps) {
  const { scenario, perms } = props
  const [panel, setPanel] = useState<Panel>(null)
  const [message, setMessage] = useState('')
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null)

  const archive = useMutation(trpc.scenario.archive.mutationOptions())
  const toggleArchive = async () => {
    setFailure(null)
    try {
      await props.flush()
      const saved = await archive.mutateAsync({
        id: scenario.id,
        version: props.version(),
        archived: !scenario.archived,
      })
      props.onUpdated(saved)
      void queryClient.invalidateQueries({ queryKey: trpc.scenario.list.pathKey() })
      setMessage(
        saved.archived ? 'Archived. It is listed under archived scenarios.' : 'Unarchived.',
      )
    } catch (error) {
      setFailure({ title: 'The scenario could not be archived', error })
    }
  }

  const open = (next: Panel) => {
    setFailure(null)
    setMessage('')
    setPanel((current) => (current === next ? null : next))
  }

  const buttons: { key: Panel | 'archive'; label: string; show: boolean; primary?: boolean }[] = [
    { key: 'rename', label: 'Rename', show: perms.edit },
    { key: 'clone', label: 'Clone', show: perms.clone },
    { key: 'share', label: 'Share', show: perms.share },
    { key: 'archive', label: scenario.archived ? 'Unarchive' : 'Archive', show: perms.archive },
    { key: 'delete', label: 'Delete', show: perms.delete },
    { key: 'approve', label: 'Approve for board', show: perms.approve, primary: true },
  ]
  const shown = buttons.filter((b) => b.show)
  if (shown.length === 0) return null

  return (
    <div className="app-scenario-toolbar app-no-print">
      <ul className="app-scenario-toolbar__list" aria-label="Scenario actions">
        {shown.map((b) => (
          <li key={b.key}>
            <button
              type="button"
              className={`nhsuk-button nhsuk-button--small ${b.primary ? '' : 'nhsuk-button--secondary'} nhsuk-u-margin-bottom-0`}
              aria-expanded={b.key === 'archive' ? undefined : panel === b.key}
              aria-controls={b.key === 'archive' ? undefined : 'scenario-action-panel'}
              disabled={b.key === 'archive' && archive.isPending}
              onClick={() => (b.key === 'archive' ? void toggleArchive() : open(b.key))}
            >
              {b.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="nhsuk-body-s app-scenario-toolbar__message" role="status">
        {message}
      </p>
      {failure ? <ErrorMessage title={failure.title} error={failure.error} /> : null}
      {panel ? (
        <div id="scenario-action-panel" className="app-action-panel">
          {panel === 'rename' ? (
            <RenamePanel
              name={props.name}
              onDone={(name) => {
                props.onRename(name)
                setPanel(null)
                setMessage(`Renamed to “${name.trim()}”.`)
              }}
              onCancel={() => setPanel(null)}
            />
          ) : panel === 'clone' ? (
            <ClonePanel {...props} onCancel={() => setPanel(null)} />
          ) : panel === 'share' ? (
            <SharePanel
              scenario={scenario}
              flush={props.flush}
              version={props.version}
              onShared={(saved) => {
                props.onUpdated(saved)
                setPanel(null)
                setMessage('Sharing saved.')
              }}
              onCancel={() => setPanel(null)}
            />
          ) : panel === 'delete' ? (
            <ConfirmPanel
              title={`Delete “${props.name}”?`}
              confirmLabel="Yes, delete it"
              warning
              onCancel={() => setPanel(null)}
              action={async () => {
                await props.flush()
                await trpcClient.scenario.delete.mutate({
                  id: scenario.id,
                  version: props.version(),
                })
                void queryClient.invalidateQueries({ queryKey: trpc.scenario.list.pathKey() })
                await props.onDeleted()
              }}
            >
              <p>
                It is removed for good, for everyone it is shared with. Its history stays in the
                audit log. This cannot be undone.
              </p>
            </ConfirmPanel>
          ) : (
            <ConfirmPanel
              title={`Approve “${props.name}” for the board?`}
              confirmLabel="Approve for board"
              onCancel={() => setPanel(null)}
              action={async () => {
                await props.flush()
                if (props.dirty())
                  throw new Error(
                    'Your latest changes are not saved yet, so it cannot be approved. Resolve the save problem first.',
                  )
                await trpcClient.scenario.approve.mutate({
                  id: scenario.id,
                  version: props.version(),
                })
                void queryClient.invalidateQueries({ queryKey: trpc.scenario.list.pathKey() })
                await props.onApproved()
              }}
            >
              <p>
                Its settings and results are frozen as they are now, with the data and model
                versions they use. Nobody can change it afterwards; it can still be cloned, shared
                and archived.
              </p>
            </ConfirmPanel>
          )}
        </div>
      ) : null}
    </div>
  )
}

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => ref.current?.focus(), [])
  return ref
}

function RenamePanel({
  name,
  onDone,
  onCancel,
}: {
  name: string
  onDone: (name: string) => void
  onCancel: () => void
}) {
  const [value, setValue] = useState(name)
  const [error, setError] = useState<string | null>(null)
  const ref = useFocusOnMount<HTMLInputElement>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = nameProblem(value)
    setError(problem)
    if (!problem) onDone(value.trim())
  }
  return (
    <form onSubmit={submit} noValidate className="app-inline-form">
      <TextField
        id="rename"
        label="New name"
        value={value}
        onChange={setValue}
        error={error}
        width={30}
        inputRef={ref}
        maxLength={200}
      />
      <div className="nhsuk-button-group">
        <button type="submit" className="nhsuk-button nhsuk-u-margin-bottom-0">
          Save name
        </button>
        <button type="button" className="app-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function ClonePanel({
  scenario,
  name,
  flush,
  onCancel,
}: ScenarioToolbarProps & { onCancel: () => void }) {
  const navigate = useNavigate()
  const [value, setValue] = useState(`Copy of ${name}`.slice(0, 120))
  const [error, setError] = useState<string | null>(null)
  const clone = useMutation(trpc.scenario.clone.mutationOptions())
  const ref = useFocusOnMount<HTMLInputElement>()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = nameProblem(value)
    setError(problem)
    if (problem) return
    // The copy is made from what the server holds, so save pending edits first.
    await flush()
    const copy = await clone.mutateAsync({ id: scenario.id, name: value.trim() })
    void queryClient.invalidateQueries({ queryKey: trpc.scenario.list.pathKey() })
    await navigate(`/scenarios/${copy.id}`)
  }
  return (
    <form
      onSubmit={(e) => void submit(e).catch(() => undefined)}
      noValidate
      className="app-inline-form"
    >
      <h2 className="nhsuk-heading-s">Clone this scenario</h2>
      <p className="nhsuk-body-s">
        The copy is a new draft in your organisation, with the same settings and notes.
      </p>
      {clone.isError ? (
        <ErrorMessage title="The scenario could not be cloned" error={clone.error} />
      ) : null}
      <TextField
        id="clone-name"
        label="Name of the copy"
        value={value}
        onChange={setValue}
        error={error}
        width={30}
        inputRef={ref}
        maxLength={200}
      />
      <div className="nhsuk-button-group">
        <button
          type="submit"
          className="nhsuk-button nhsuk-u-margin-bottom-0"
          disabled={clone.isPending}
        >
          {clone.isPending ? 'Cloning…' : 'Clone scenario'}
        </button>
        <button type="button" className="app-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function ConfirmPanel({
  title,
  confirmLabel,
  warning = false,
  children,
  action,
  onCancel,
}: {
  title: string
  confirmLabel: string
  warning?: boolean
  children: ReactNode
  action: () => Promise<void>
  onCancel: () => void
}) {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const ref = useFocusOnMount<HTMLHeadingElement>()
  const confirm = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await action()
    } catch (error) {
      setFailure(error)
      setBusy(false)
    }
  }
  return (
    <div className="app-confirm" role="group" aria-labelledby="confirm-title">
      <h2 className="nhsuk-heading-s" id="confirm-title" tabIndex={-1} ref={ref}>
        {title}
      </h2>
      {children}
      {failure ? <ErrorMessage title="That did not work" error={failure} /> : null}
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        <button
          type="button"
          className={`nhsuk-button ${warning ? 'nhsuk-button--warning' : ''} nhsuk-u-margin-bottom-0`}
          onClick={() => void confirm()}
          disabled={busy}
        >
          {busy ? 'Please wait…' : confirmLabel}
        </button>
        <button type="button" className="app-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
