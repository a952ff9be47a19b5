import type { LabResult } from '../../machines/lab/run';
import { pathTitle } from '../coach/pathNames';
import { download } from '../export/csv';
import { useWidth } from '../charts/useWidth';
import { labCsv, labFileName } from './labCsv';
import { LabTableView } from './LabTableView';
import { FragilityChart } from './charts/FragilityChart';
import { TornadoChart } from './charts/TornadoChart';
import { InterviewersChart } from './charts/InterviewersChart';
import { CalibrationChart } from './charts/CalibrationChart';
import { ReportChart } from './charts/ReportChart';
import { runLine } from './charts/frame';

function Chart({ result, width }: { result: LabResult; width: number }) {
  switch (result.question) {
    case 'fragility':
      return <FragilityChart result={result} data={result.data} width={width} />;
    case 'rules':
      return <TornadoChart result={result} data={result.data} width={width} />;
    case 'interviewers':
      return <InterviewersChart result={result} data={result.data} width={width} />;
    case 'calibration':
      return <CalibrationChart result={result} data={result.data} width={width} />;
    case 'report':
      return <ReportChart result={result} data={result.data} width={width} />;
  }
}

/** One lab result: the chart with its table beside it, the warning, the model's notes and the exports. */
export function ResultView({ result, stale }: { result: LabResult; stale: boolean }) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const first = result.tables[0]!;
  return (
    <section className="lab-result" aria-labelledby="lab-result-title">
      <h2 id="lab-result-title">{result.title}</h2>
      <p className="muted">
        {result.scenario ? (
          <>
            Path: {pathTitle(result.path)}
            {result.recorded && (
              <>
                {' '}
                · recorded decision: <strong>{result.recorded.label}</strong>
                {result.recorded.consensus !== null && <> (consensus {result.recorded.consensus})</>}
              </>
            )}
          </>
        ) : (
          'Every scenario of the library, recorded paths'
        )}
        {' · '}
        {runLine(result)}
      </p>
      {stale && (
        <p className="lab-stale" role="status">
          These figures are for the setup last run; press Run for the one above.
        </p>
      )}
      {result.warning && (
        <p className="lab-warning" role="alert">
          {result.warning}
        </p>
      )}
      <div className={`lab-grid${first.fields.length > 7 ? ' stacked' : ''}`}>
        <div ref={ref} className="lab-chart-col">
          <Chart result={result} width={Math.max(280, width)} />
        </div>
        <div className="lab-table-col">
          <LabTableView table={first} />
        </div>
      </div>
      {result.tables.slice(1).map((t) =>
        t.rows.length > 12 ? (
          <details key={t.title} className="lab-more">
            <summary>
              {t.title}: {t.rows.length} rows
            </summary>
            <LabTableView table={t} />
          </details>
        ) : (
          <LabTableView key={t.title} table={t} />
        ),
      )}
      <p className="lab-actions">
        <button
          type="button"
          className="button"
          onClick={() => download(labFileName(result, 'csv'), 'text/csv', labCsv(result))}
        >
          Export CSV
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download(labFileName(result, 'json'), 'application/json', `${JSON.stringify(result, null, 2)}\n`)
          }
        >
          Export JSON
        </button>
      </p>
      <h3>How the lab models it</h3>
      <ul className="lab-notes">
        {result.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
