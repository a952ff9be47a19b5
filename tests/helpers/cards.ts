import type { CalibratedVote, Scorecard } from '../../machines/rules/types';
import type { Recommendation } from '../../machines/content/schema';

/** A scorecard with just what a rule test needs. */
export const card = (over: Partial<Scorecard> = {}): Scorecard => ({
  round: 'technical',
  roundTitle: 'Technical',
  interviewer: 'eli',
  interviewerName: 'Eli',
  scores: { framing: 4 },
  overall: 4,
  recommendation: 'yes',
  reliability: 7,
  notes: ['Solid.'],
  impacts: [0],
  narratives: {},
  flags: [],
  choices: [],
  ...over,
});

/** A calibrated vote for a member of the given role. */
export const vote = (name: string, role: string, recommendation: Recommendation, score = 3.5): CalibratedVote => ({
  member: name.toLowerCase(),
  name,
  role,
  recommendation,
  score,
  raw: score,
  calibrated: score,
  leniency: 0,
  reason: `${name} reads ${score}`,
  byPerson: false,
});
