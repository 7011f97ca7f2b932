/**
 * How sure each compared scenario is: for each, the chance of full coverage in words and a small
 * fan chart of its coverage (P10 to P90, the middle draw and its central case) with the table.
 * Each scenario's ranges are their own query, so the comparison above never waits for them.
 */
import { keepPreviousData, useQueries } from '@tanstack/react-query'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { fullCoverageSentence } from '../../lib/range-text'
import { trpc } from '../../trpc'
import { FanCard } from '../scenario-builder/uncertainty/fan-card'
import type { Compared } from './compared'

export function CompareRanges({ compared }: { compared: Compared[] }) {
  const queries = useQueries({
    queries: compared.map((c) => ({
      ...trpc.scenario.ranges.queryOptions(c.result.settings),
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    })),
  })
  return (
    <section aria-labelledby="compare-ranges-title" className="app-section">
      <h2 id="compare-ranges-title">How sure are these?</h2>
      <p>
        Each scenario’s plan — teams, sizes and start years — stays as set; the bands show how it
        performs if the assumptions turn out differently, from 1,000 draws of every ranged
        assumption (the same seed for each scenario).
      </p>
      <div className="app-compare-charts">
        {compared.map((c, i) => {
          const query = queries[i]!
          return (
            <div key={c.key}>
              {query.isError ? (
                <ErrorMessage
                  title={`The ranges of “${c.scenario.name}” could not be worked out`}
                  error={query.error}
                  onRetry={() => void query.refetch()}
                />
              ) : query.data ? (
                <FanCard
                  ranges={query.data}
                  measure="coverage"
                  id={`compare-range-${c.key}`}
                  title={`“${c.scenario.name}”: coverage range`}
                  note={fullCoverageSentence(query.data)}
                  height={220}
                />
              ) : (
                <Loading what={`the ranges of “${c.scenario.name}”`} />
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
