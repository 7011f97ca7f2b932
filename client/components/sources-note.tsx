/**
 * SourcesNote: a short "Sources and notes" block for the foot of a page, so that a printed page
 * carries where its figures come from, a pointer to every assumption, and the date with the data
 * and model versions the figures were computed from (the footer, which also prints, carries the
 * licence attribution).
 */
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { trpc } from '../trpc'

export function SourcesNote({ extra }: { extra?: string[] }) {
  // The same query as the footer's, so it costs no extra request.
  const versions = useQuery(trpc.sources.list.queryOptions())
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  return (
    <section className="app-sources-note" aria-labelledby="sources-note-title">
      <h2 className="nhsuk-heading-s" id="sources-note-title">
        Sources and notes
      </h2>
      <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
        <li>
          Population: mid-year estimates of babies aged 0 and 1 from the Office for National
          Statistics (England and Wales, to mid-2024), National Records of Scotland and NISRA (to
          mid-2022).
        </li>
        <li>
          Teams: the project&rsquo;s register of 35 known teams, compiled from public sources; UK
          counts from Rare Jewels (2019) and the Parent-Infant Foundation (2021–2025).
        </li>
        <li>
          Coverage uses default assumptions marked &ldquo;Assumption&rdquo;, with their ranges on{' '}
          <Link to="/sources">Sources and assumptions</Link>.
        </li>
        {extra?.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="nhsuk-body-s app-sources-note__stamp">
        Figures as shown on {today}
        {versions.data
          ? `, from data version ${versions.data.dataVersion} and model version ${versions.data.modelVersion}.`
          : '.'}
      </p>
    </section>
  )
}
