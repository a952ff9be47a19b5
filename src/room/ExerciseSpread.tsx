import type { AnswerSpreadView } from './exerciseProtocol';

/**
 * One answer's scores as the room gave them: per dimension a row of the five points, each with
 * how many chose it, the scenario's recorded score ringed and the room's mean marked.
 */
export function ExerciseSpread({ spread }: { spread: AnswerSpreadView }) {
  const max = Math.max(1, ...spread.dimensions.flatMap((d) => d.counts));
  return (
    <table className="exercise-spread">
      <caption>
        {spread.sheets} scored · recorded recommendation{' '}
        <strong>{spread.recommendations.find((r) => r.id === spread.recorded)?.text ?? spread.recorded}</strong>
      </caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          {[1, 2, 3, 4, 5].map((s) => (
            <th scope="col" key={s}>
              {s}
            </th>
          ))}
          <th scope="col">Room</th>
          <th scope="col">Recorded</th>
        </tr>
      </thead>
      <tbody>
        {spread.dimensions.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.label}</th>
            {d.counts.map((n, i) => (
              <td key={i} className={i + 1 === d.recorded ? 'exercise-recorded' : undefined}>
                <span className="exercise-bar" style={{ height: `${(n / max) * 2.2}rem` }} />
                <span className="exercise-n">{n || ''}</span>
              </td>
            ))}
            <td className="num">
              {d.mean.toFixed(1)} <span className="muted">± {d.sd.toFixed(1)}</span>
            </td>
            <td className="num">{d.recorded}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Recommendation</th>
          <td colSpan={7}>
            {spread.recommendations.map((r) => (
              <span key={r.id} className={r.id === spread.recorded ? 'exercise-rec exercise-recorded' : 'exercise-rec'}>
                {r.text} {r.count}
              </span>
            ))}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
