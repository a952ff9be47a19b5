import type { ContentIssue } from '../../machines/content/issues';

/** Files that failed to load, each problem on its own line, so one bad file never hides the rest. */
export function ContentProblems({ issues }: { issues: ContentIssue[] }) {
  if (!issues.length) return null;
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">Some scenario files could not be loaded</h2>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>
            <code>{i.file}</code> · <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
