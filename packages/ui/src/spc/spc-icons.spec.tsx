import { describe, expect, it } from '@jest/globals';
import { ASSURANCE_ICONS, VARIATION_ICONS } from '@recordroom/kpi';
import { renderToStaticMarkup } from 'react-dom/server';
import { AssuranceIcon } from './assurance-icon.js';
import { VariationIcon } from './variation-icon.js';

describe('VariationIcon', () => {
  it.each(VARIATION_ICONS)('gives the %s icon a text alternative in Making Data Count words', (icon) => {
    const html = renderToStaticMarkup(<VariationIcon icon={icon} />);
    expect(html).toMatch(/role="img" aria-label="[^"]+"/);
    expect(html).toContain('<title>');
  });

  it('draws improvement through higher values blue with an H', () => {
    const html = renderToStaticMarkup(<VariationIcon icon="improvement-high" />);
    expect(html).toContain('aria-label="Special cause variation – improving (high)"');
    expect(html).toContain('stroke="#0072c6"');
    expect(html).toMatch(/>H<\/text>/);
  });

  it('draws concern through lower values orange with an L', () => {
    const html = renderToStaticMarkup(<VariationIcon icon="concern-low" />);
    expect(html).toContain('aria-label="Special cause variation – concerning (low)"');
    expect(html).toContain('stroke="#ff6600"');
    expect(html).toMatch(/>L<\/text>/);
  });

  it('draws common cause grey with no letter', () => {
    const html = renderToStaticMarkup(<VariationIcon icon="common-cause" />);
    expect(html).toContain('aria-label="Common cause variation – no significant change"');
    expect(html).toContain('stroke="#7f7f7f"');
    expect(html).not.toContain('<text');
  });

  it('takes a size and a caller’s label', () => {
    const html = renderToStaticMarkup(<VariationIcon icon="neutral-high" size={24} label="Higher than usual" />);
    expect(html).toContain('width="24" height="24"');
    expect(html).toContain('aria-label="Higher than usual"');
  });
});

describe('AssuranceIcon', () => {
  it.each(ASSURANCE_ICONS)('gives the %s icon a text alternative', (icon) => {
    expect(renderToStaticMarkup(<AssuranceIcon icon={icon} />)).toMatch(/role="img" aria-label="Assurance – [^"]+"/);
  });

  it('shows P in blue when the target will consistently be met', () => {
    const html = renderToStaticMarkup(<AssuranceIcon icon="consistent-pass" />);
    expect(html).toContain('stroke="#0072c6"');
    expect(html).toMatch(/>P<\/text>/);
  });

  it('shows F in orange when it will consistently be missed', () => {
    const html = renderToStaticMarkup(<AssuranceIcon icon="consistent-fail" />);
    expect(html).toContain('stroke="#ff6600"');
    expect(html).toMatch(/>F<\/text>/);
  });

  it('shows ? in grey when the target is hit and missed at random', () => {
    const html = renderToStaticMarkup(<AssuranceIcon icon="inconsistent" />);
    expect(html).toContain('aria-label="Assurance – the target will be hit and missed at random"');
    expect(html).toMatch(/>\?<\/text>/);
  });
});
