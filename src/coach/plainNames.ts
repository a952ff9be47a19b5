// The statechart read aloud: each state, event and guard in plain words, the code name kept for
// hover. A name not listed here reads as its words ("waitingForRound" as "waiting for round").

/** camelCase and dotted code names as words: `waitingForRound` reads "waiting for round". */
const codeWords = (code: string) =>
  code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .toLowerCase()
    .trim();

const EVENTS: Record<string, string> = {
  'candidate.withdraw': 'candidate withdraws',
  'candidate.answer': 'candidate answers',
  'candidate.ask': 'candidate asks for more',
  'candidate.accept': 'candidate accepts',
  'candidate.decline': 'candidate declines',
  'interviewer.scorecard': 'interviewer files the scorecard',
  'round done': 'round is over',
  'committee done': 'committee has decided',
  'offer done': 'offer is settled',
  'committee.vote': 'a member votes',
  'committee.revise': 'a member holds or revises',
  'committee.setTerms': 'committee sets the terms',
  'debrief.advance': 'next stage',
  'member.voted': 'a vote is in',
  'offer.extend': 'verbal offer is made',
  'band.adjust': 'band is adjusted',
  'after holdDeadline': 'the hold day passes',
  'after untilRound': 'the round day comes',
  'after untilDebrief': 'the debrief day comes',
  'after untilOffer': 'the offer day comes',
  'participant.join': 'someone joins',
  'participant.vote': 'someone votes',
  'room.close': 'facilitator closes the room',
  'room.start': 'facilitator starts',
  'room.next': 'next step',
  'room.back': 'step back',
  'room.blank': 'blank the screen',
  'room.lock': 'lock the votes',
  'room.reveal': 'reveal the votes',
  'room.unlock': 'reopen the votes',
  'room.tiebreak': 'break the tie',
  'room.showVetoes': 'show the vetoes',
};

const GUARDS: Record<string, string> = {
  hasHoldDay: 'the loop has a hold day',
  laterRounds: 'rounds remain',
  isConversion: 'an intern conversion',
  offerWarranted: 'an offer is due',
  isLastAnswerScoredByEngine: 'last answer, engine scores',
  isLastAnswer: 'last answer',
  isOfferedOption: 'an offered answer',
  scorecardStands: 'the scorecard stands',
  personVoteStands: 'the vote stands',
  allVoted: 'everyone has voted',
  revisionStands: 'the revision stands',
  phaseVoted: 'this phase has voted',
  bandAdjustmentRefused: 'the band cannot move',
  repeatsLastAsk: 'the same ask again',
  asksBeforeVerbal: 'asks before the verbal offer',
  lockedAfterVerbal: 'locked after the verbal offer',
  isNewParticipant: 'someone new',
  canAdvance: 'there is a next step',
  canGoBack: 'there is a step back',
  isReadOnly: 'read-only',
  wasRevealed: 'already revealed',
  isValidVote: 'a valid vote',
  hasVotes: 'votes are in',
  isTiedChoice: 'a tie',
  asksVeto: 'asks for a veto',
};

/** A state as the diagram names it: "Waiting for round", never `waitingForRound`. */
export const stateName = (key: string) => {
  const words = codeWords(key);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** An event in plain words. */
export const eventWords = (event: string) => (Object.hasOwn(EVENTS, event) ? EVENTS[event]! : codeWords(event));

/** A guard in plain words; `not(x)` reads "not x". */
export const guardWords = (guard: string): string => {
  if (Object.hasOwn(GUARDS, guard)) return GUARDS[guard]!;
  const not = /^not\((.*)\)$/.exec(guard);
  return not ? `not ${guardWords(not[1]!)}` : codeWords(guard);
};
