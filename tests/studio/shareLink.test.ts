import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDraft, encodeDraft, MAX_LINK_CHARS, shareUrl } from '../../src/studio/shareLink';
import { shipped } from './fixtures';

describe('studio share links', () => {
  it('a shipped scenario goes into a link and comes back the same, byte for byte', () => {
    const text = shipped('a03-sustainable-pace.yaml');
    const url = shareUrl('http://127.0.0.1:5173/#/studio?draft=abc', { name: 'a03.yaml', text })!;
    expect(url.startsWith('http://127.0.0.1:5173/#/studio?d=')).toBe(true);
    // Deflated, the largest shipped scenario fits many times over.
    expect(url.length).toBeLessThan(text.length / 2);
    const payload = url.slice(url.indexOf('?d=') + 3);
    expect(decodeDraft(payload)).toEqual({ ok: true, draft: { name: 'a03.yaml', text } });
  });

  it('any text, in any script, survives the round trip', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 40 }), (text, name) => {
        const payload = encodeDraft({ name, text })!;
        expect(payload).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeDraft(payload)).toEqual({ ok: true, draft: { name, text } });
      }),
    );
  });

  it('a cut or foreign link says so instead of opening something else', () => {
    const payload = encodeDraft({ name: 'x.yaml', text: shipped('a06-latency-veto.yaml') })!;
    const cut = decodeDraft(payload.slice(0, payload.length / 2));
    expect(cut).toEqual({ ok: false, message: expect.stringMatching(/damaged or cut short/) });
    expect(decodeDraft('not-a-draft')).toMatchObject({ ok: false });
  });

  it('a draft too large for a link is refused, not cut', () => {
    // Random text does not deflate: past the limit the link is refused.
    let seed = 7;
    const noise = Array.from({ length: MAX_LINK_CHARS }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    expect(encodeDraft({ name: 'big.yaml', text: noise + noise })).toBeNull();
  });
});
