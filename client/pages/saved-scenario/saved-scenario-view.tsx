/**
 * A saved scenario open in the builder. The edits (name, settings, "why" notes) live here and go
 * to the server by autosave; the form, results and authority table are the builder's shared
 * ScenarioEditor. Around it: the facts (status, who can see it, version), the save status, the
 * actions the person may take, the locked banner of an approved scenario, an offer to restore
 * unsaved edits found after a reload, and the conflict message when someone else saved first.
 */
import { useMemo, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { ScenarioResult } from '../../../shared/domain/results'
import type { SavedScenario, SessionUser } from '../../../shared/domain/saved-scenario'
import { DownloadLinks } from '../../components/download-links'
import { PageHeading } from '../../components/page-heading'
import { savedScenarioExportHref } from '../../lib/data-import'
import { mergeFieldErrors, serverFieldErrors } from '../../lib/field-errors'
import { canCreate, scenarioPermissions } from '../../lib/permissions'
import {
  clearDraft,
  draftDiffers,
  loadDraft,
  sessionDraftStorage,
  type ScenarioDraft,
} from '../../lib/scenario-draft'
import {
  changedKeys,
  rationaleToSave,
  settingsToState,
  stateToSettings,
} from '../../lib/scenario-settings'
import { trpcClient } from '../../trpc'
import { ScenarioActions } from '../scenario-builder/scenario-actions'
import { ScenarioEditor } from '../scenario-builder/scenario-editor'
import { useAssumptions } from '../scenario-builder/use-assumptions'
import { prefetchScenarioRun, useScenarioRun } from '../scenario-builder/use-scenario-run'
import { ConflictSummary } from './conflict-summary'
import { DraftRestore } from './draft-restore'
import { LockedBanner } from './locked-banner'
import { SaveStatusLine } from './save-status-line'
import { ScenarioFacts } from './scenario-facts'
import { ScenarioToolbar } from './scenario-toolbar'
import { useAutosave, type ScenarioEdit } from './use-autosave'
import './saved-scenario.css'

interface SavedScenarioViewProps {
  initial: SavedScenario
  initialResult: ScenarioResult
  user: SessionUser
  onReload: () => Promise<void>
}

export function copyName(name: string): string {
  const suffix = ' (copy)'
  return `${name.trim().slice(0, 120 - suffix.length)}${suffix}`
}

function editOf(scenario: SavedScenario): ScenarioEdit {
  return {
    name: scenario.name,
    state: settingsToState(scenario.settings),
    rationale: scenario.rationale,
  }
}

export function SavedScenarioView({
  initial,
  initialResult,
  user,
  onReload,
}: SavedScenarioViewProps) {
  const navigate = useNavigate()
  const { assumptions, defaults, query: assumptionsQuery } = useAssumptions()
  const [meta, setMeta] = useState(initial)
  const perms = scenarioPermissions(user, meta)
  const frozen = meta.status === 'approved'
  const [edit, setEdit] = useState<ScenarioEdit>(() => editOf(initial))
  const [formKey, setFormKey] = useState(0)
  const { status, saver, change } = useAutosave(initial, setMeta)

  // Unsaved edits from before a reload, if they differ from what the server has.
  const [draft, setDraft] = useState<ScenarioDraft | null>(() => {
    const storage = sessionDraftStorage()
    const found = loadDraft(storage, initial.id)
    if (!found) return null
    if (!scenarioPermissions(user, initial).edit || !draftDiffers(found, editOf(initial))) {
      clearDraft(storage, initial.id)
      return null
    }
    return found
  })

  const changed = useMemo(() => changedKeys(edit.state, defaults), [edit.state, defaults])
  const settings = useMemo(
    () => stateToSettings(edit.state, initial.settings),
    [edit.state, initial.settings],
  )
  const run = useScenarioRun(frozen ? null : settings)
  const result = frozen ? initialResult : (run.query.data ?? initialResult)

  const apply = (next: ScenarioEdit) => {
    setEdit(next)
    const nextSettings = stateToSettings(next.state, initial.settings)
    if (!nextSettings) return
    prefetchScenarioRun(nextSettings)
    change({
      edit: next,
      settings: nextSettings,
      rationale: rationaleToSave(next.rationale, changedKeys(next.state, defaults)),
    })
  }

  const rationale = useMemo(
    () => ({
      changed: new Set(changed),
      notes: edit.rationale,
      onChange: perms.edit
        ? (key: string, text: string) =>
            apply({ ...edit, rationale: { ...edit.rationale, [key]: text } })
        : undefined,
    }),
    // apply closes over edit, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [changed, edit, perms.edit],
  )

  const saveError = status.kind === 'error' ? status.error : null
  const errors = mergeFieldErrors(serverFieldErrors(saveError), serverFieldErrors(run.query.error))

  const reloadTheirs = async () => {
    clearDraft(sessionDraftStorage(), initial.id)
    await onReload()
  }

  const saveMineAsCopy = async () => {
    if (!settings) return
    const copy = await trpcClient.scenario.create.mutate({
      name: copyName(edit.name),
      settings,
      rationale: rationaleToSave(edit.rationale, changed),
    })
    clearDraft(sessionDraftStorage(), initial.id)
    await navigate(`/scenarios/${copy.id}`)
  }

  const restoreDraft = (found: ScenarioDraft) => {
    const restored = { name: found.name, state: found.state, rationale: found.rationale }
    // Saved against the version it was made on: if that is old, the server says so (conflict).
    saver.setVersion(found.version)
    setDraft(null)
    setFormKey((k) => k + 1)
    apply(restored)
  }

  return (
    <>
      <PageHeading caption={`Saved scenario · ${result.scope.name}`} title={edit.name} contents />
      <ScenarioFacts scenario={meta} />
      {frozen ? <LockedBanner scenario={meta} /> : null}
      {status.kind === 'conflict' ? (
        <ConflictSummary
          error={status.error}
          onReload={reloadTheirs}
          onSaveCopy={canCreate(user) ? saveMineAsCopy : undefined}
        />
      ) : null}
      {draft ? (
        <DraftRestore
          draft={draft}
          currentVersion={meta.version}
          onRestore={() => restoreDraft(draft)}
          onDiscard={() => {
            clearDraft(sessionDraftStorage(), initial.id)
            setDraft(null)
          }}
        />
      ) : null}
      <div className="app-scenario-bar">
        <SaveStatusLine
          status={status}
          scenario={meta}
          editable={perms.edit}
          onRetry={() => saver.retry()}
        />
        <ScenarioToolbar
          scenario={meta}
          name={edit.name}
          perms={perms}
          dirty={() => saver.dirty}
          flush={() => saver.flush()}
          version={() => saver.version}
          onRename={(name) => {
            apply({ ...edit, name })
            void saver.flush()
          }}
          onUpdated={(saved) => {
            setMeta(saved)
            saver.setVersion(saved.version, saved.updatedAt)
          }}
          onApproved={reloadTheirs}
          onDeleted={async () => {
            clearDraft(sessionDraftStorage(), initial.id)
            await navigate('/scenarios', {
              state: { flash: `“${edit.name}” was deleted.` },
            })
          }}
        />
      </div>
      <div className="app-scenario-outputs app-no-print">
        <DownloadLinks
          what={`“${edit.name}”`}
          href={(format) => savedScenarioExportHref(initial.id, format)}
        />
        <Link
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          to={`/scenarios/${initial.id}/board-pack`}
        >
          Board pack<span className="nhsuk-u-visually-hidden"> for “{edit.name}”</span>
        </Link>
      </div>
      {!perms.edit && perms.reason && !frozen ? (
        <div className="nhsuk-inset-text app-readonly-note">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You can look at this scenario but not change it. {perms.reason}</p>
        </div>
      ) : null}
      <ScenarioEditor
        state={edit.state}
        onChange={(state) => apply({ ...edit, state })}
        errors={errors}
        assumptions={assumptions}
        defaults={defaults}
        assumptionsError={assumptionsQuery.isError ? assumptionsQuery.error : undefined}
        onRetryAssumptions={() => void assumptionsQuery.refetch()}
        result={result}
        updating={!frozen && run.updating}
        runError={frozen ? null : run.query.error}
        onRetryRun={() => void run.query.refetch()}
        readOnly={!perms.edit}
        frozen={frozen}
        rationale={rationale}
        formKey={formKey}
        actions={
          perms.edit ? (
            <ScenarioActions
              onReset={() => {
                apply({
                  ...edit,
                  state: { scope: edit.state.scope, assumptions: {}, overrides: {} },
                })
                setFormKey((k) => k + 1)
              }}
              changed={changed.length > 0}
              copiedText="Link copied. It opens this saved scenario for people who can see it."
              note="Changes are saved automatically. The link opens this scenario for people in organisations that can see it."
            />
          ) : null
        }
      />
    </>
  )
}
