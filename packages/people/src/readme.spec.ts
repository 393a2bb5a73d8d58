import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as people from './index.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the README', () => {
  it('shows the runnable example exactly as it is in examples/', () => {
    expect(read('../README.md')).toContain(read('../examples/line-management.mjs'));
  });

  it('names every export of the package', () => {
    const readme = read('../README.md');
    const missing = Object.keys(people).filter((name) => !readme.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
});
