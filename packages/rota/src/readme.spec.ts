import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ROTA_RULES } from './rules/rule-catalogue.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the README', () => {
  it('shows the runnable example exactly as it is in examples/', () => {
    expect(read('../README.md')).toContain(read('../examples/check-a-rota.mjs'));
  });

  it('lists every rule', () => {
    const readme = read('../README.md');
    for (const rule of ROTA_RULES) expect(readme).toContain(`| \`${rule.id}\` |`);
  });
});
