/**
 * How one figure was worked out: its value and formula, the steps under it (deeper working
 * behind "Show the working"), then every assumption, dataset and register team it used, each
 * with how sure we are of it (MarkBadge) and its source.
 */
import type { Explanation, ExplainStep } from '../../shared/domain/explain'
import { formatAssumption } from '../lib/assumption-format'
import { formatExplainValue } from '../lib/explain-format'
import { formatNumber } from '../lib/format'
import { DataTable } from './data-table'
import { MarkBadge } from './mark-badge'
import type { ExplainRun } from './why-this-number'

interface ExplanationViewProps {
  explanation: Explanation
  run: ExplainRun
  headingLevel: 3 | 4
}

export function ExplanationView({ explanation: e, run, headingLevel }: ExplanationViewProps) {
  const Heading = headingLevel === 3 ? 'h4' : 'h5'
  const stale = e.dataVersion !== run.dataVersion || e.modelVersion !== run.modelVersion
  return (
    <>
      {stale ? (
        <div className="nhsuk-inset-text nhsuk-u-margin-top-0">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            These results were worked out with model version {run.modelVersion} and data version{' '}
            {run.dataVersion}. This explanation uses the current ones ({e.modelVersion},{' '}
            {e.dataVersion}), so its figures may differ.
          </p>
        </div>
      ) : null}
      <p className="app-why__value">
        <span className="nhsuk-u-visually-hidden">Value: </span>
        {formatExplainValue(e.value, e.unit)}
      </p>
      <p className="app-why__formula">{e.formula}</p>

      {e.steps.length > 0 ? (
        <>
          <Heading className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">
            How it is worked out
          </Heading>
          <StepList steps={e.steps} depth={0} />
        </>
      ) : null}

      {e.assumptions.length > 0 ? (
        <DataTable
          caption="Assumptions used"
          captionSize="s"
          compact
          rows={e.assumptions}
          rowKey={(a) => a.key}
          columns={[
            { key: 'label', header: 'Assumption', rowHeader: true, cell: (a) => a.label },
            {
              key: 'value',
              header: 'In this scenario',
              cell: (a) => (
                <>
                  {formatAssumption(a.value, a.unit)}
                  {a.overridden ? (
                    <span className="app-cell-note">
                      <strong>Changed</strong> from the default{' '}
                      {formatAssumption(a.default, a.unit)}
                    </span>
                  ) : (
                    <span className="app-cell-note">The default</span>
                  )}
                </>
              ),
            },
            {
              key: 'mark',
              header: 'How sure',
              cell: (a) => <MarkBadge mark={a.mark} source={a.source} note={a.date} />,
            },
            {
              key: 'source',
              header: 'Source',
              className: 'app-why__source',
              cell: (a) => `${a.source} (${a.date})`,
            },
          ]}
        />
      ) : null}

      {e.datasets.length > 0 ? (
        <>
          <Heading className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">Data used</Heading>
          <ul className="nhsuk-list app-why__list">
            {e.datasets.map((d) => (
              <li key={d.id}>
                <strong>{d.label}</strong> <MarkBadge mark={d.mark} source={d.source} />
                <br />
                {d.detail}{' '}
                {d.published ? (
                  <>
                    Source:{' '}
                    {d.published.url ? (
                      <a href={d.published.url}>{d.published.title}</a>
                    ) : (
                      d.published.title
                    )}
                    , {d.published.publisher}; {d.published.date}. Licence: {d.published.licence}.
                  </>
                ) : (
                  <>Source: {d.source}.</>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {e.teams.length > 0 ? (
        <>
          <Heading className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">
            Teams from the register
          </Heading>
          <ul className="nhsuk-list app-why__list">
            {e.teams.map((t) => (
              <li key={t.id}>
                <strong>{t.name}</strong>: {formatNumber(t.familiesPerYear, 1)} families a year (
                {t.basis}) <MarkBadge mark={t.mark} source={t.source} />
                <br />
                <span className="app-why__source">Source: {t.source}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {e.notes.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
          {e.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        Model version {e.modelVersion}, data version {e.dataVersion}
        {e.dataVersionLabel ? ` (${e.dataVersionLabel})` : ''}.
      </p>
    </>
  )
}

/** Top-level steps and their parts show at once; anything deeper waits behind "Show the working". */
function StepList({ steps, depth }: { steps: readonly ExplainStep[]; depth: number }) {
  return (
    <ul className="app-why__steps">
      {steps.map((step, k) => (
        <li key={`${k}-${step.label}`}>
          <span className="app-why__step-label">{step.label}</span>: {step.formula}
          {step.children?.length ? (
            depth === 0 ? (
              <StepList steps={step.children} depth={depth + 1} />
            ) : (
              <details className="app-why__more">
                <summary>
                  Show the working<span className="nhsuk-u-visually-hidden"> for {step.label}</span>
                </summary>
                <StepList steps={step.children} depth={depth + 1} />
              </details>
            )
          ) : null}
        </li>
      ))}
    </ul>
  )
}
