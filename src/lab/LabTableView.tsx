import type { LabTable } from '../../machines/lab/result';
import { roleLabel } from '../../machines/format';
import { pathTitle } from '../coach/pathNames';
import { useName } from '../shared/names';
import { bundledLibrary } from '../library/loadBundled';

const scenarioTitle = (id: string) => bundledLibrary.cards.find((c) => c.id === id)?.title ?? id;

/** How a column's cells read to a person: roles, paths and scenarios by name, never the author's slug. */
const CELL: Record<string, (v: string) => string> = { role: roleLabel, path: pathTitle, scenario: scenarioTitle };

/**
 * A lab table as the text beside its chart: the same rows the CLI prints and the CSV holds, read
 * as a person reads them (a member's id column gives way to their name; roles and paths by name).
 */
export function LabTableView({ table }: { table: LabTable }) {
  const name = useName();
  // A figure followed by its interval's low and high reads as one cell, "28.8 (27.2 to 30.5)", the interval under the figure: a wide
  // table then fits a 1366 px screen without a scroll bar hiding its last columns.
  const isLow = (f: string | undefined) => f === 'low' || f === 'low %';
  const isHigh = (f: string | undefined) => f === 'high' || f === 'high %';
  const shown = table.fields
    .map((f, i) => ({
      f,
      i,
      interval: isLow(table.fields[i + 1]) && isHigh(table.fields[i + 2]) ? ([i + 1, i + 2] as const) : null,
    }))
    .filter(
      ({ f, i }) =>
        !((f === 'person' || f === 'member') && table.fields.includes('name')) &&
        !(isLow(f) && isHigh(table.fields[i + 1]) && i > 0) &&
        !(isHigh(f) && isLow(table.fields[i - 1]) && i > 1),
    );
  const numeric = table.fields.map(
    (_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number' || r[i] === ''),
  );
  const cell = (field: string, v: string | number) =>
    typeof v !== 'string'
      ? v
      : Object.hasOwn(CELL, field)
        ? CELL[field]!(v)
        : /^[a-z]+(-[a-z]+)+$/.test(v)
          ? name(v)
          : v;
  return (
    <div className="lab-table" tabIndex={0} role="region" aria-label={table.title}>
      <table>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {shown.map(({ f, i, interval }) => (
              <th key={i} scope="col" className={numeric[i] ? 'num' : undefined}>
                {f}
                {interval ? ' (95 % interval)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {shown.map(({ f, i: j, interval }) => (
                <td key={j} className={numeric[j] ? 'num' : undefined}>
                  {cell(f, r[j]!)}
                  {interval && r[interval[0]] !== '' ? (
                    <span className="interval">
                      {' '}
                      ({r[interval[0]]} to {r[interval[1]]})
                    </span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
