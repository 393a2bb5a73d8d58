import { describe, expect, it } from '@jest/globals';
import { unstorableReason, unstorableText } from './unstorable-text.js';

describe('unstorableReason', () => {
  it('takes ordinary text, emoji (surrogate pairs) and other control characters', () => {
    expect(unstorableReason('Robin Newstarter')).toBeNull();
    expect(unstorableReason('Records 🌟 team')).toBeNull();
    expect(unstorableReason('tab\there')).toBeNull();
  });

  it('refuses a NUL anywhere', () => {
    expect(unstorableReason('\u0000')).toMatch(/NUL/);
    expect(unstorableReason('abc\u0000')).toMatch(/NUL/);
  });

  it('refuses a high surrogate without its low half, and a low one without its high half', () => {
    expect(unstorableReason('a\uD83C')).toMatch(/surrogate/);
    expect(unstorableReason('\uDF1Fa')).toMatch(/surrogate/);
    expect(unstorableReason('\uDF1F\uD83C')).toMatch(/surrogate/);
  });
});

describe('unstorableText', () => {
  it('names each bad string by its path, in the order of the document', () => {
    const body = { name: 'ok', address: { line1: 'x\u0000', line2: 'fine' }, pauses: [{ from: 'ok' }, { to: '\uD800' }], note: '\u0000' };

    expect(unstorableText(body).map((error) => error.field)).toEqual(['address.line1', 'pauses.1.to', 'note']);
  });

  it('names a bare string by the name given for the whole value', () => {
    expect(unstorableText('\u0000').map((error) => error.field)).toEqual(['(body)']);
  });

  it('names a bad field name with U+FFFD in place of the bad character', () => {
    expect(unstorableText({ 'bad\u0000key': 1 })).toEqual([{ field: 'bad\uFFFDkey', message: expect.stringMatching(/field name/) as unknown as string }]);
  });

  it('walks a body as deep as the JSON size limit allows without overflowing the stack', () => {
    let deep: unknown = '\u0000';
    for (let level = 0; level < 50_000; level++) deep = [deep];

    expect(unstorableText(deep)).toHaveLength(1);
  });

  it('finds nothing in numbers, booleans, null and clean text', () => {
    expect(unstorableText({ a: 1, b: true, c: null, d: ['x', { e: 'y' }] })).toEqual([]);
  });
});
