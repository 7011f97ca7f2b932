/**
 * /scenarios: the saved scenarios the person can see (their organisation's, those shared with
 * it, and published ones), newest first, with status, who can see each and its last change.
 * Tick 2 to 4 and "Compare selected" opens them side by side. Per-row actions appear only where
 * allowed. "Include archived" is in the address. Signed out, the page offers the builder and a
 * sign-in link.
 */
import { useMutation, useQueries } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import type { SavedScenarioSummary } from '../../shared/domain/saved-scenario'
import { DataTable, type Column } from '../components/data-table'
import { ErrorMessage } from '../components/error-message'
import { ErrorSummary } from '../components/error-summary'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { SignInPrompt } from '../components/sign-in-prompt'
import { formatDateTime } from '../lib/format'
import { canCreate, scenarioPermissions } from '../lib/permissions'
import { STATUS_LABELS, STATUS_TAG_CLASSES, visibilityText } from '../lib/saved-scenario-labels'
import { useQueryParam, useSortParam } from '../lib/url-state'
import { useDocumentTitle } from '../lib/use-document-title'
import { useSession } from '../lib/use-session'
import { queryClient, trpc } from '../trpc'
import { MAIN_SCOPES } from './scenario-builder/main-scopes'

const MAX_COMPARE = 4

export default function ScenariosPage() {
  useDocumentTitle('Scenarios')
  const { user, loading } = useSession()
  return (
    <>
      <PageHeading
        title="Scenarios"
        lead="Plan how an area could reach every family that needs a parent-infant relationship team by 2030, and compare the options."
      />
      <Link className="nhsuk-button" to="/scenarios/new" role="button" draggable={false}>
        New scenario
      </Link>
      {loading ? (
        <Loading what="your account" />
      ) : user ? (
        <SavedScenarios />
      ) : (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <SignInPrompt what="saved scenarios and compare them">
              <p>You can build a scenario and share it by link without signing in.</p>
            </SignInPrompt>
            <h2 className="nhsuk-heading-m">Start from an area</h2>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {MAIN_SCOPES.map((scope) => (
                <li key={scope.code}>
                  <Link to={`/scenarios/new?scope=${scope.code}`}>Scenario for {scope.name}</Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  )
}

function SavedScenarios() {
  const { user } = useSession()
  const navigate = useNavigate()
  const location = useLocation()
  const flash = (location.state as { flash?: string } | null)?.flash
  const [archivedParam, setArchivedParam] = useQueryParam('archived')
  const includeArchived = archivedParam === '1'
  const [sort, setSort] = useSortParam('s', { key: 'updated', dir: 'desc' })
  const [selected, setSelected] = useState<string[]>([])
  const [compareError, setCompareError] = useState<string | null>(null)
  const [message, setMessage] = useState<string>('')
  const [confirmDelete, setConfirmDelete] = useState<SavedScenarioSummary | null>(null)

  const lists = useQueries({
    queries: [
      trpc.scenario.list.queryOptions({ archived: false }),
      { ...trpc.scenario.list.queryOptions({ archived: true }), enabled: includeArchived },
    ],
  })
  const [current, archived] = lists
  const rows = [...(current.data ?? []), ...(includeArchived ? (archived.data ?? []) : [])]
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.scenario.list.pathKey() })

  const clone = useMutation(trpc.scenario.clone.mutationOptions())
  const archive = useMutation(trpc.scenario.archive.mutationOptions())
  const remove = useMutation(trpc.scenario.delete.mutationOptions())
  const actionError = clone.error ?? archive.error ?? remove.error

  const toggle = (id: string, on: boolean) => {
    setCompareError(null)
    setSelected((list) => (on ? [...list, id] : list.filter((x) => x !== id)))
  }

  const compare = () => {
    const ids = selected.filter((id) => rows.some((r) => r.id === id))
    if (ids.length < 2 || ids.length > MAX_COMPARE) {
      setCompareError(
        `Select between 2 and ${MAX_COMPARE} scenarios to compare. You have selected ${ids.length}.`,
      )
      return
    }
    void navigate(`/compare?ids=${ids.join(',')}`)
  }

  const now = new Date()
  const columns: Column<SavedScenarioSummary>[] = [
    {
      key: 'select',
      header: <span className="nhsuk-u-visually-hidden">Select to compare</span>,
      className: 'app-col--select',
      cell: (s) => (
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id={`select-${s.id}`}
              type="checkbox"
              checked={selected.includes(s.id)}
              onChange={(event) => toggle(s.id, event.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`select-${s.id}`}>
              <span className="nhsuk-u-visually-hidden">Select {s.name} to compare</span>
            </label>
          </div>
        </div>
      ),
    },
    {
      key: 'name',
      header: 'Scenario',
      rowHeader: true,
      sortValue: (s) => s.name.toLowerCase(),
      cell: (s) => (
        <>
          <Link to={`/scenarios/${s.id}`}>{s.name}</Link>
          <span className="app-cell-note">{s.scope.name}</span>
        </>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      sortValue: (s) => STATUS_LABELS[s.status],
      cell: (s) => (
        <>
          <strong className={`nhsuk-tag ${STATUS_TAG_CLASSES[s.status]} app-tag--nowrap`}>
            {STATUS_LABELS[s.status]}
          </strong>
          {s.archived ? (
            <strong className="nhsuk-tag nhsuk-tag--orange app-tag--nowrap app-tag--stacked">
              Archived
            </strong>
          ) : null}
        </>
      ),
    },
    {
      key: 'visibility',
      header: 'Organisation and sharing',
      sortValue: (s) => s.organisation.name,
      cell: (s) => (
        <>
          {s.organisation.name}
          <span className="app-cell-note">
            {visibilityText(s.visibility, s.organisation, s.sharedWith)}
          </span>
        </>
      ),
    },
    {
      key: 'updated',
      header: 'Last changed',
      firstDir: 'desc',
      sortValue: (s) => s.updatedAt,
      cell: (s) => (
        <>
          {formatDateTime(s.updatedAt, now)}
          <span className="app-cell-note">by {s.updatedBy}</span>
        </>
      ),
    },
    {
      key: 'version',
      header: 'Version',
      numeric: true,
      sortValue: (s) => s.version,
      cell: (s) => s.version,
    },
    {
      key: 'actions',
      header: 'Actions',
      className: 'app-col--actions',
      cell: (s) => {
        const perms = scenarioPermissions(user, s)
        const busy = clone.isPending || archive.isPending || remove.isPending
        return (
          <ul className="app-row-actions">
            {perms.clone ? (
              <li>
                <button
                  type="button"
                  className="app-link-button"
                  disabled={busy}
                  onClick={() =>
                    clone.mutate(
                      { id: s.id },
                      {
                        onSuccess: (copy) => {
                          setMessage(`Cloned as “${copy.name}”.`)
                          void refresh()
                        },
                      },
                    )
                  }
                >
                  Clone<span className="nhsuk-u-visually-hidden"> {s.name}</span>
                </button>
              </li>
            ) : null}
            {perms.archive ? (
              <li>
                <button
                  type="button"
                  className="app-link-button"
                  disabled={busy}
                  onClick={() =>
                    archive.mutate(
                      { id: s.id, version: s.version, archived: !s.archived },
                      {
                        onSuccess: (saved) => {
                          setMessage(
                            saved.archived
                              ? `Archived “${saved.name}”.`
                              : `Unarchived “${saved.name}”.`,
                          )
                          void refresh()
                        },
                      },
                    )
                  }
                >
                  {s.archived ? 'Unarchive' : 'Archive'}
                  <span className="nhsuk-u-visually-hidden"> {s.name}</span>
                </button>
              </li>
            ) : null}
            {perms.delete ? (
              <li>
                <button
                  type="button"
                  className="app-link-button app-link-button--warning"
                  disabled={busy}
                  onClick={() => setConfirmDelete(s)}
                >
                  Delete<span className="nhsuk-u-visually-hidden"> {s.name}</span>
                </button>
              </li>
            ) : null}
          </ul>
        )
      },
    },
  ]

  return (
    <>
      {flash ? (
        <p className="app-flash" role="status">
          {flash}
        </p>
      ) : null}
      {compareError ? (
        <ErrorSummary errors={[{ field: 'compare', message: compareError }]} />
      ) : null}
      {actionError ? <ErrorMessage title="That did not work" error={actionError} /> : null}
      {confirmDelete ? (
        <DeleteConfirm
          scenario={confirmDelete}
          pending={remove.isPending}
          onCancel={() => setConfirmDelete(null)}
          onConfirm={() =>
            remove.mutate(
              { id: confirmDelete.id, version: confirmDelete.version },
              {
                onSuccess: () => {
                  setMessage(`Deleted “${confirmDelete.name}”.`)
                  setSelected((list) => list.filter((id) => id !== confirmDelete.id))
                  setConfirmDelete(null)
                  void refresh()
                },
              },
            )
          }
        />
      ) : null}
      <h2 className="nhsuk-heading-l nhsuk-u-margin-top-2">Saved scenarios</h2>
      <p>
        Scenarios of {user?.organisation.name}, those shared with it and those published by other
        organisations. {canCreate(user) ? '' : 'You can look at them but not change them.'}
      </p>
      <div className="app-scenario-list-bar">
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id="include-archived"
              type="checkbox"
              checked={includeArchived}
              onChange={(event) => setArchivedParam(event.target.checked ? '1' : null)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="include-archived">
              Include archived scenarios
            </label>
          </div>
        </div>
        <div className="app-compare-bar">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0" id="compare-hint" aria-live="polite">
            {selected.length === 0
              ? 'Tick 2 to 4 scenarios to compare them.'
              : `${selected.length} selected.`}
          </p>
          <button
            type="button"
            id="compare"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            aria-describedby="compare-hint"
            onClick={compare}
          >
            Compare selected
          </button>
        </div>
      </div>
      <p className="nhsuk-body-s app-list-message" role="status">
        {message}
      </p>
      {current.isError ? (
        <ErrorMessage
          title="The saved scenarios could not be loaded"
          error={current.error}
          onRetry={() => void current.refetch()}
        />
      ) : current.isPending || (includeArchived && archived.isPending) ? (
        <Loading what="saved scenarios" />
      ) : (
        <div className="app-scenario-list">
          <DataTable
            caption={`${rows.length} saved scenario${rows.length === 1 ? '' : 's'}${includeArchived ? ', including archived' : ''}`}
            rows={rows}
            rowKey={(s) => s.id}
            columns={columns}
            sort={sort}
            onSortChange={setSort}
            emptyText={
              includeArchived
                ? 'There are no saved scenarios yet.'
                : 'There are no saved scenarios yet. Build one with “New scenario” and save it.'
            }
          />
        </div>
      )}
    </>
  )
}

function DeleteConfirm({
  scenario,
  pending,
  onCancel,
  onConfirm,
}: {
  scenario: SavedScenarioSummary
  pending: boolean
  onCancel: () => void
  onConfirm: () => void
}) {
  return (
    <div className="nhsuk-warning-callout" role="alertdialog" aria-labelledby="delete-title">
      <h2 className="nhsuk-warning-callout__label" id="delete-title">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Delete “{scenario.name}”?
        </span>
      </h2>
      <p>It is removed for good, for everyone it is shared with. This cannot be undone.</p>
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0"
          onClick={onConfirm}
          disabled={pending}
          autoFocus
        >
          Yes, delete it
        </button>
        <button type="button" className="app-link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
