import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  committeesCsv,
  exerciseJson,
  iccCsv,
  ratingsCsv,
  type CommitteeResult,
  type ExerciseRating,
} from '../../src/room/exerciseExport';
import { iccTable } from '../../machines/stats/icc';

const rating = (pid: string, name: string, answer: string, score: number): ExerciseRating => ({
  pid,
  name,
  pass: 1,
  answer,
  dimension: 'framing',
  score,
  recommendation: score >= 3 ? 'yes' : 'no',
});
const RATINGS = [
  rating('p-x', 'Ann Lee', 'a1', 4),
  rating('p-y', '=HYPERLINK("evil")', 'a1', 2),
  rating('p-x', 'Ann Lee', 'a2', 3),
  rating('p-y', '=HYPERLINK("evil")', 'a2', 1),
];
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

describe('the exercise exports', () => {
  it('ratings are anonymous by default: P1, P2 in order of first appearance, no name anywhere', () => {
    const csv = ratingsCsv(RATINGS);
    expect(rows(csv).map((r) => r.participant)).toEqual(['P1', 'P2', 'P1', 'P2']);
    expect(csv).not.toContain('Ann');
    expect(exerciseJson({ ratings: RATINGS, passes: [], committees: [] })).not.toContain('Ann');
  });

  it('names appear only when the facilitator asks, and a name typed as a formula stays text', () => {
    const csv = ratingsCsv(RATINGS, { names: true });
    expect(rows(csv)[0]).toMatchObject({ participant: 'Ann Lee', answer: 'a1', score: '4', recommendation: 'yes' });
    expect(rows(csv)[1]!.participant).toBe(`'=HYPERLINK("evil")`);
  });

  it('the ICC table has one row per ICC and pass, with the interval', () => {
    const table = iccTable(
      RATINGS.concat(rating('p-z', 'Cy', 'a1', 5), rating('p-z', 'Cy', 'a2', 2)).map((r) => ({
        target: r.answer,
        rater: r.pid,
        score: r.score,
      })),
    );
    const out = rows(
      iccCsv([
        { pass: 1, table },
        { pass: 2, table },
      ]),
    );
    expect(out).toHaveLength(6);
    expect(out[2]).toMatchObject({ pass: '1', icc: 'ICC(3,1)', targets: '2', raters: '3' });
    expect(Number(out[2]!.low)).toBeCloseTo(table.icc3.low, 9);
  });

  it("each committee's votes, revisions and decision, with the same labels as the ratings", () => {
    const committees: CommitteeResult[] = [
      {
        committee: 'Committee 1',
        seats: [
          {
            seat: 'Hank (hiring manager)',
            pid: 'p-y',
            name: 'Bo',
            vote: 'yes',
            revised: 'no',
            reason: 'the latency story',
          },
        ],
        decision: 'no_hire',
        label: 'No hire',
        rules: ['V1'],
      },
    ];
    const out = rows(committeesCsv(committees));
    expect(out[0]).toEqual({
      committee: 'Committee 1',
      seat: 'Hank (hiring manager)',
      participant: 'P1',
      vote: 'yes',
      revised: 'no',
      reason: 'the latency story',
      decision: 'No hire',
      rules_fired: 'V1',
    });
    const json = JSON.parse(exerciseJson({ ratings: RATINGS, passes: [], committees }));
    // The same person is P2 in the ratings and in the committee.
    expect(json.committees[0].seats[0].participant).toBe('P2');
    expect(json.ratings[1].participant).toBe('P2');
  });
});
