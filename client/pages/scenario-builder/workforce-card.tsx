/**
 * New clinical staff against the supply: what the plan asks for each year, what starts within
 * the cap, the recruit-to-train pipeline, and the share of the national supply the area is held
 * to (UK and nations) or compared with (health bodies and councils). The national supply is an
 * assumption with thin evidence, and says so.
 */
import { lazy } from 'react'
import type { ScenarioResult } from '../../../shared/domain/results'
import { ChartCard } from '../../components/chart-card'
import { DataTable } from '../../components/data-table'
import { MarkBadge } from '../../components/mark-badge'
import { yearColumn } from '../../components/year-column'
import { formatNumber, formatWte } from '../../lib/format'
import { fyLabel } from '../../../shared/domain/fiscal-year'
import { targetYear } from './result-years'
import { useSameValue } from './use-same-value'

const WorkforceChart = lazy(() => import('./charts/workforce-chart'))

interface Row {
  fy: string
  needed: number
  qualified: number
  trainees: number
  supply: number
  inTraining: number
  completingTraining: number
}

export function WorkforceCard({
  result,
  currentFy,
  versions,
}: {
  result: ScenarioResult
  currentFy: number
  versions: { model: string; data: string }
}) {
  const target = targetYear(result)!
  const a = result.settings.assumptions
  const held = result.years[0]!.workforce.cap
  const ownCap = result.settings.workforceCap !== null
  const rows: Row[] = result.years.map(({ fy, workforce: w }) => ({
    fy,
    needed: w.needed,
    qualified: w.started - w.startedTrainees,
    trainees: w.startedTrainees,
    supply: w.cap ?? w.fairShare,
    inTraining: w.inTraining,
    completingTraining: w.completingTraining,
  }))
  const chartRows = useSameValue(
    rows.map(({ fy, needed, qualified, trainees, supply }) => ({
      fy,
      needed,
      qualified,
      trainees,
      supply,
    })),
  )
  const sum = (pick: (r: Row) => number) => rows.reduce((s, r) => s + pick(r), 0)
  const needed = sum((r) => r.needed)
  const started = sum((r) => r.qualified + r.trainees)
  const trainees = sum((r) => r.trainees)
  const peak = rows.reduce((best, r) =>
    r.qualified + r.trainees > best.qualified + best.trainees ? r : best,
  )
  const fairShare = result.years[0]!.workforce.fairShare
  const supplyLabel =
    held === null
      ? 'Share of the national supply'
      : ownCap
        ? 'Workforce cap'
        : 'Share of the national supply (held to it)'
  const national = `${formatNumber(a.nationalRecruitsPerYear, 0)} new clinical WTE a year for the UK`
  return (
    <ChartCard
      id="chart-workforce"
      versions={versions}
      title="New clinical staff against the supply"
      units="Clinical whole-time equivalents (WTE) starting each year"
      summary={
        <>
          <p>
            The plan asks for {formatWte(needed)} of new clinical staff; {formatWte(started)} start
            by {target.fy}, {formatWte(trainees)} of them recruit-to-train (seeing families after{' '}
            {formatNumber(a.traineeProductiveMonths, 0)} months of study and fully trained after{' '}
            {formatNumber(Math.max(a.traineeProductiveMonths, a.traineeTrainedMonths), 0)}).
          </p>
          <p>
            {held !== null
              ? ownCap
                ? `Starts are held to the scenario's workforce cap of ${formatWte(held)} a year.`
                : `Starts are held to this area's share by births of the national supply, ${formatWte(held)} a year (the supply assumed is ${national}).`
              : peak.qualified + peak.trainees > fairShare + 1e-9
                ? `In ${peak.fy} the plan starts ${formatWte(peak.qualified + peak.trainees)}, more than this area's share by births of the national supply (${formatWte(fairShare)} a year of ${national}): it relies on recruiting faster than the rest of the country.`
                : `No year starts more than this area's share by births of the national supply (${formatWte(fairShare)} a year of ${national}).`}{' '}
            <MarkBadge
              mark="A"
              note="No source counts the staff who could join parent-infant teams: the range runs from the growth seen since 2019 (15 WTE a year) to the pace of the Parent-Infant Foundation's 2025/26 ask (300)"
              source="Coverage 2030 research notes (FACTS.md) §1.1, §3.1 and §5"
            />
          </p>
        </>
      }
      chart={
        <WorkforceChart rows={chartRows} supplyLabel={supplyLabel} nowFy={fyLabel(currentFy)} />
      }
      table={
        <DataTable
          caption="New clinical staff and the pipeline by year (WTE)"
          compact
          rows={rows}
          rowKey={(r) => r.fy}
          columns={[
            yearColumn<Row>(currentFy),
            {
              key: 'needed',
              header: 'Asked for',
              numeric: true,
              cell: (r) => formatNumber(r.needed, 1),
            },
            {
              key: 'qualified',
              header: 'Qualified starting',
              numeric: true,
              cell: (r) => formatNumber(r.qualified, 1),
            },
            {
              key: 'trainees',
              header: 'Recruit-to-train starting',
              numeric: true,
              cell: (r) => formatNumber(r.trainees, 1),
            },
            {
              key: 'inTraining',
              header: 'In training (average)',
              numeric: true,
              cell: (r) => formatNumber(r.inTraining, 1),
            },
            {
              key: 'completing',
              header: 'Completing training',
              numeric: true,
              cell: (r) => formatNumber(r.completingTraining, 1),
            },
            {
              key: 'supply',
              header: supplyLabel,
              numeric: true,
              cell: (r) => formatNumber(r.supply, 1),
            },
          ]}
        />
      }
    />
  )
}
