/**
 * Every input of the compared scenarios, one column each. Rows where they differ are marked with
 * a "Differs" tag in the row header (and shaded, but never by colour alone), and each value shows
 * its author's "why" note, so a board can see what was changed and for what reason.
 */
import { TableScroll } from '../../components/table-scroll'
import type { Assumption } from '../../../shared/domain/assumptions'
import { compareInputs } from '../../lib/compare-inputs'
import { listText } from '../../lib/format'
import type { Compared } from './compared'

export function CompareInputsTable({
  compared,
  assumptions,
}: {
  compared: Compared[]
  assumptions: readonly Assumption[]
}) {
  const rows = compareInputs(
    compared.map((c) => ({
      settings: c.result.settings,
      rationale: c.scenario.rationale,
      scopeName: c.result.scope.name,
      areaNames: new Map(c.result.areas.map((a) => [a.code, a.name])),
    })),
    assumptions,
  )
  const differing = rows.filter((r) => r.differs)
  return (
    <section aria-labelledby="inputs-title" className="app-section">
      <h2 id="inputs-title">Settings and assumptions</h2>
      <p>
        {differing.length === 0
          ? 'These scenarios have the same settings and assumptions.'
          : `They differ in ${differing.length} input${differing.length === 1 ? '' : 's'}: ${listText(differing.map((r) => r.label.toLowerCase()))}. Those rows are marked “Differs”.`}{' '}
        Assumptions are listed when a scenario changed them from the default.
      </p>
      <TableScroll labelledBy="inputs-caption">
        <table className="nhsuk-table app-compare-table app-compare-inputs">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden" id="inputs-caption">
            Settings and assumptions of each scenario; rows that differ are marked
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Input
              </th>
              {compared.map((c) => (
                <th scope="col" className="nhsuk-table__header" key={c.key}>
                  {c.scenario.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr
                className={`nhsuk-table__row${row.differs ? ' app-compare-inputs__row--differs' : ''}`}
                key={row.key}
              >
                <th scope="row" className="nhsuk-table__header">
                  {row.label}
                  {row.differs ? (
                    <strong className="nhsuk-tag nhsuk-tag--orange app-differs-tag">Differs</strong>
                  ) : null}
                </th>
                {row.cells.map((cell, index) => (
                  <td className="nhsuk-table__cell" key={compared[index]!.key}>
                    {cell.text}
                    {cell.note ? (
                      <span className="app-cell-note app-compare-note">
                        <span className="app-compare-note__label">Why: </span>
                        {cell.note}
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
