import type { LabTable } from '../../machines/lab/result';

/** A lab table as the text beside its chart: the same rows the CLI prints and the CSV holds. */
export function LabTableView({ table }: { table: LabTable }) {
  const numeric = table.fields.map(
    (_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number' || r[i] === ''),
  );
  return (
    <div className="lab-table" tabIndex={0} role="region" aria-label={table.title}>
      <table>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.fields.map((f, i) => (
              <th key={i} scope="col" className={numeric[i] ? 'num' : undefined}>
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j} className={numeric[j] ? 'num' : undefined}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
