import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ScoreChart } from '../../src/charts/ScoreChart';
import { BandChart } from '../../src/charts/BandChart';
import { VoteForm } from '../../src/committee/VoteForm';
import { RulesApplied } from '../../src/committee/RulesApplied';
import { createPlay } from '../../machines/play/driver';
import { checkEachRule, packetOf } from '../../machines/policy/kernel';
import { golden } from '../helpers/golden';

const played = () => {
  const s = createPlay(golden());
  for (const option of ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive', 'p1-cave'])
    s.send({ type: 'candidate.answer', option });
  return s.actor.getSnapshot().context.scorecards;
};

describe('charts have text equivalents', () => {
  it('the score chart carries a table of every round against the bar', () => {
    const html = renderToStaticMarkup(<ScoreChart cards={played()} bar={3.4} />);
    expect(html).toContain('<caption>Overall score per round against the hire bar of 3.4</caption>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
  });

  it('the band chart says where the offer and an ask sit in the band', () => {
    const html = renderToStaticMarkup(
      <BandChart label="Base" range={[180000, 195000]} value={195000} asked={225000} />,
    );
    expect(html).toContain('aria-label="Base: band $180,000 to $195,000, offer $195,000, ask $225,000, past the band"');
  });
});

describe('committee screens', () => {
  it('the vote form asks for every dimension the packet was scored on, and no level nothing reads', () => {
    const html = renderToStaticMarkup(<VoteForm resolved={golden()} seat="hank" send={() => null} />);
    expect(html).toContain('Framing');
    expect(html).toContain('Structure');
    // The vote is a recommendation and scores; the level follows from the ladder, so the form no longer asks for one nothing reads.
    expect(html).not.toContain('<option value="L4">');
  });

  it('the rules list says which rule fires on the recorded packet and which are off', () => {
    const resolved = golden({ rules: { V2: false } });
    const s = createPlay(resolved);
    for (const option of ['s1-strong', 't1-strong', 'probe-strong', 't2-decisive', 'p1-cave'])
      s.send({ type: 'candidate.answer', option });
    for (let i = 0; i < 3; i++) s.send({ type: 'debrief.advance' });
    const checks = checkEachRule(
      resolved.policy,
      packetOf(resolved.policy, s.actor.getSnapshot().context.scorecards, s.actor.getSnapshot().context.outcome!.votes),
    );
    const html = renderToStaticMarkup(<RulesApplied checks={checks} />);
    expect(html).toMatch(/V1<\/span> The hiring manager&#x27;s veto:.*fires/);
    expect(html).toMatch(/V2<\/span> The engineer&#x27;s vote:.*switched off for this scenario/);
  });
});
