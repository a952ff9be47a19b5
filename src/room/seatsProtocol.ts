import * as z from 'zod/mini';

// Seats and parallel committees: their part of the room's wire format.

const reason = z.string().check(z.maxLength(500));

/** A phone in a seated room: take a seat, vote sealed, then revise or hold with a reason. */
export const seatMessage = z.object({
  t: z.literal('seat'),
  id: z.number().check(z.int()),
  action: z.enum(['sit', 'vote', 'revise']),
  /** The member whose seat to take (sit). */
  seat: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  /** A recommendation (vote, revise); null when a revision holds the sealed vote. */
  recommendation: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  reason: z.optional(reason),
});
export type SeatMessage = z.infer<typeof seatMessage>;

/** The facilitator deals everyone into this many committees of the full set of seats. */
export const dealMessage = z.object({
  t: z.literal('deal'),
  committees: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
});

/** A scorecard as a seat reads it. */
const card = z.object({
  round: z.string(),
  roundTitle: z.string(),
  interviewer: z.string(),
  interviewerName: z.string(),
  recommendation: z.string(),
  overall: z.number(),
  scores: z.array(z.object({ label: z.string(), score: z.number() })),
  notes: z.array(z.string()),
});
export type SeatCard = z.infer<typeof card>;

const firing = z.object({ rule: z.string(), label: z.string(), by: z.string(), reason: z.string() });

/** One committee of the room once the kernel has decided on its votes. */
const committeeResult = z.object({
  committee: z.number(),
  seats: z.array(
    z.object({
      member: z.string(),
      name: z.string(),
      people: z.number(),
      vote: z.nullable(z.string()),
      revised: z.nullable(z.string()),
      reason: z.string(),
    }),
  ),
  decision: z.string(),
  label: z.string(),
  consensus: z.nullable(z.number()),
  rules: z.array(firing),
});

const share = z.object({ label: z.string(), share: z.number() });

/** What every window sees of a seated room; the packet once unsealed, the results once decided. */
export const seatsView = z.object({
  phase: z.enum(['private', 'voting', 'revising', 'decided']),
  committees: z.number(),
  seats: z.array(z.object({ member: z.string(), name: z.string(), role: z.string(), round: z.nullable(z.string()) })),
  recommendations: z.array(z.object({ id: z.string(), text: z.string() })),
  packet: z.nullable(z.array(card)),
  results: z.nullable(
    z.object({
      committees: z.array(committeeResult),
      decisions: z.array(z.object({ decision: z.string(), label: z.string(), count: z.number() })),
      rules: z.array(z.object({ rule: z.string(), label: z.string(), count: z.number() })),
      recorded: z.object({
        decision: z.string(),
        label: z.string(),
        rules: z.array(z.object({ rule: z.string(), label: z.string() })),
      }),
      /** The lab's question 1 on the same scenario: shares of noisy committees, and its link. */
      lab: z.nullable(
        z.object({
          scenario: z.string(),
          query: z.string(),
          n: z.number(),
          decisions: z.array(z.extend(share, { decision: z.string() })),
          rules: z.array(z.extend(share, { rule: z.string() })),
        }),
      ),
    }),
  ),
  /** Only for the facilitator: who sits where, and whether they voted and revised. */
  facilitator: z.optional(
    z.object({
      sits: z.array(
        z.object({
          pid: z.string(),
          name: z.string(),
          committee: z.nullable(z.number()),
          seat: z.nullable(z.string()),
          voted: z.boolean(),
          revised: z.boolean(),
        }),
      ),
      /** Why the next move (unseal, open the revision, decide) is refused now, or null. */
      problem: z.nullable(z.string()),
    }),
  ),
});
export type SeatsView = z.infer<typeof seatsView>;

/** A phone's own part: its seat, its member's own card (the private first view), its votes, its committee's. */
export const seatsYou = z.object({
  committee: z.nullable(z.number()),
  seat: z.nullable(z.string()),
  own: z.nullable(card),
  vote: z.nullable(z.string()),
  revision: z.nullable(z.object({ recommendation: z.nullable(z.string()), reason: z.string() })),
  /** Its committee's sealed votes by seat, from the revision round on (never who cast them). */
  table: z.nullable(
    z.array(z.object({ member: z.string(), name: z.string(), vote: z.nullable(z.string()), people: z.number() })),
  ),
});
export type SeatsYou = z.infer<typeof seatsYou>;

/** Each committee's people, votes and decision: what the facilitator exports and prints. */
export const seatsReport = z.object({
  committees: z.array(
    z.object({
      committee: z.number(),
      decision: z.string(),
      label: z.string(),
      consensus: z.nullable(z.number()),
      rules: z.array(z.object({ rule: z.string(), label: z.string() })),
      votes: z.array(
        z.object({
          pid: z.string(),
          name: z.string(),
          seat: z.string(),
          vote: z.nullable(z.string()),
          revised: z.nullable(z.string()),
          reason: z.string(),
        }),
      ),
    }),
  ),
  /** False while the committees have not decided: the decisions above are then what the kernel would decide now. */
  decided: z.boolean(),
  recorded: z.object({
    decision: z.string(),
    label: z.string(),
    rules: z.array(z.object({ rule: z.string(), label: z.string() })),
  }),
});
export type SeatsReport = z.infer<typeof seatsReport>;
