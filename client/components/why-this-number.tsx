/**
 * "Why this number?": a small disclosure button beside a figure and the panel it opens, showing
 * how the figure was worked out (scenario.explain, fetched only once the panel opens).
 *
 *   const why = useWhyThisNumber()
 *   <WhyButton why={why} entry={{ key: 'cost', figure: { measure: 'cost', fy: 2027 }, label: 'cost in 2027/28' }} />
 *   <WhyPanel why={why} run={result} />
 *
 * One panel is open at a time per useWhyThisNumber. Opening moves focus to the panel; Escape or
 * its Close button shuts it and returns focus to the button that opened it. For a DataTable,
 * useExplainCells returns the `cellAction` and `rowDetail` props that put a "Why?" in cells and
 * the panel in a full-width row under the row.
 */
import { useCallback, useId, useRef, useState } from 'react'
import type { ExplainMeasure, FigureRef } from '../../shared/domain/explain'
import type { ScenarioResult } from '../../shared/domain/results'
import { figureLabel, toFyStart } from '../lib/explain-format'
import type { Column } from './data-table'
import { WhyPanel } from './why-panel'
import './why-this-number.css'

/** The run a figure belongs to: the settings to explain it with, and the versions it was shown with. */
export type ExplainRun = Pick<ScenarioResult, 'settings' | 'dataVersion' | 'modelVersion'>

export interface WhyEntry {
  /** Unique among the figures sharing one useWhyThisNumber. */
  key: string
  figure: FigureRef
  /** The end of "Why this number: …", e.g. 'cost in 2027/28'. */
  label: string
  /** The table row the figure is in, so the panel opens under it. */
  rowKey?: string
}

export function useWhyThisNumber() {
  const [open, setOpen] = useState<WhyEntry | null>(null)
  const opener = useRef<HTMLElement | null>(null)
  const panelId = useId()
  const toggle = useCallback((entry: WhyEntry, button: HTMLElement) => {
    opener.current = button
    setOpen((current) => (current?.key === entry.key ? null : entry))
  }, [])
  const close = useCallback(() => {
    setOpen(null)
    opener.current?.focus()
  }, [])
  return { open, panelId, toggle, close }
}

export type WhyState = ReturnType<typeof useWhyThisNumber>

export function WhyButton({ why, entry }: { why: WhyState; entry: WhyEntry }) {
  const expanded = why.open?.key === entry.key
  return (
    <button
      type="button"
      className="app-why-button"
      aria-expanded={expanded}
      aria-controls={expanded ? why.panelId : undefined}
      aria-label={`Why this number: ${entry.label}`}
      onClick={(event) => why.toggle(entry, event.currentTarget)}
    >
      Why?
    </button>
  )
}

interface ExplainCellsOptions<T> {
  /** Column key → the measure its cells show; columns not named get no button. */
  measures: Partial<Record<string, ExplainMeasure>>
  /** The row's financial year: 2027 or '2027/28'. */
  fyOf: (row: T) => number | string
  /** The authority a row is about; leave out for rows of the whole scope. */
  areaOf?: (row: T) => { code: string; name: string } | null | undefined
  /** Heading level of the panel's title (default 4: tables sit under an h2 or h3). */
  headingLevel?: 3 | 4
}

/** Props for a DataTable: spread them in, `<DataTable {...explain} … />`. */
export function useExplainCells<T>(run: ExplainRun, options: ExplainCellsOptions<T>) {
  const why = useWhyThisNumber()
  const { measures, fyOf, areaOf, headingLevel = 4 } = options
  const cellAction = (row: T, column: Column<T>, key: string) => {
    const measure = measures[column.key]
    const fy = measure ? toFyStart(fyOf(row)) : null
    if (!measure || fy === null) return null
    const area = areaOf?.(row) ?? null
    const figure: FigureRef = area ? { measure, fy, area: area.code } : { measure, fy }
    return (
      <WhyButton
        why={why}
        entry={{
          key: `${key}:${column.key}`,
          rowKey: key,
          figure,
          label: figureLabel(measure, fy, area?.name),
        }}
      />
    )
  }
  const rowDetail = (_row: T, key: string) =>
    why.open?.rowKey === key ? <WhyPanel why={why} run={run} headingLevel={headingLevel} /> : null
  return { cellAction, rowDetail }
}
