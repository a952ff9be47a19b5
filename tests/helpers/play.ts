import { playPath } from '../../machines/engine/playPath';
import type { ResolvedScenario } from '../../machines/content/resolve';
import type { NegotiationStep } from '../../machines/content/schema';

/** Play option ids through the real machines. */
export const play = (resolved: ResolvedScenario, choices: string[], negotiation: NegotiationStep[] = []) =>
  playPath(resolved, { name: 'test', choices, negotiation });
