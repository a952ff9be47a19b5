import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { RuleLegend } from '../../src/shared/RuleLegend';
import { golden } from '../helpers/golden';

describe('the rule legend', () => {
  it('says every rule id of the loop with its name and what it does, and leaves out the ones switched off', () => {
    const html = renderToStaticMarkup(<RuleLegend policy={golden({ rules: { V2: false } }).policy} />);
    expect(html).toContain('<span class="rule">V1</span> The hiring manager&#x27;s veto');
    expect(html).toContain('blocks an offer the scores support');
    expect(html).not.toContain('>V2<');
  });
});
