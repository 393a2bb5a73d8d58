import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { ShiftChip } from './shift-chip.js';

describe('ShiftChip', () => {
  it('is a button named by its code and what the shift is, when it can be selected', () => {
    const html = renderToStaticMarkup(<ShiftChip code="AE-EVE" title="A&E evening 16:00–00:30" tone={0} onSelect={() => undefined} />);
    expect(html).toContain('<button type="button" class="rr-shift-chip rr-shift-chip--tone-0" aria-pressed="false"');
    expect(html).toContain('AE-EVE<span class="nhsuk-u-visually-hidden">: A&amp;E evening 16:00–00:30</span>');
    expect(html).not.toContain('role="tooltip"');
  });

  it('is plain text in a read-only view', () => {
    const html = renderToStaticMarkup(<ShiftChip code="E" title="Early" tone={1} />);
    expect(html).not.toContain('<button');
    expect(html).toContain('class="rr-shift-chip rr-shift-chip--tone-1"');
  });

  it('marks a hard breach with a marker and words, and describes itself by the breach messages', () => {
    const html = renderToStaticMarkup(
      <ShiftChip code="L" title="Late" tone={2} breach="hard" messages={['Ann Smith does not hold the A&E desk skill.']} onSelect={() => undefined} />,
    );
    expect(html).toContain('rr-shift-chip--hard');
    expect(html).toContain('<span class="rr-shift-chip__marker" aria-hidden="true">!</span>');
    expect(html).toContain(', breaks a rule</span>');
    const tipId = /role="tooltip" id="([^"]+)"/.exec(html)?.[1];
    expect(tipId).toBeDefined();
    expect(html).toContain(`aria-describedby="${tipId}"`);
    expect(html).toContain('Ann Smith does not hold the A&amp;E desk skill.');
  });

  it('is a button that reads its warnings even when read-only, the tip hidden until hover or focus', () => {
    const html = renderToStaticMarkup(<ShiftChip code="N" title="Night" tone={3} breach="soft" messages={['9 h rest']} />);
    expect(html).toMatch(/^<span class="rr-shift-chip-wrap"><button type="button" class="rr-shift-chip rr-shift-chip--tone-3 rr-shift-chip--soft" aria-describedby="[^"]+">/);
    expect(html).not.toContain('aria-pressed');
    expect(html).toContain(', has a warning');
    expect(html).toMatch(/role="tooltip" id="[^"]+" hidden="">9 h rest</);
  });

  it('wraps tones beyond the palette and says when it is selected', () => {
    const html = renderToStaticMarkup(<ShiftChip code="X" title="X" tone={9} selected onSelect={() => undefined} />);
    expect(html).toContain('rr-shift-chip--tone-1 rr-shift-chip--selected');
    expect(html).toContain('aria-pressed="true"');
  });
});
