import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place tests and benchmarks find the Curtois & Qu files: the nearest folder above this
 * file holding the package's own copy (test-data/curtois, vendored: its README gives source and licence) or the
 * shared folder beside the checkout (shared/benchmarks/curtois; worktrees sit a level deeper than
 * the main checkout). Works from src/ and from the compiled bench alike. Reading throws when a file
 * is missing, so the benchmark tests fail rather than skip.
 */
export const CURTOIS_DIR = findCurtoisFolder();

function findCurtoisFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [join(folder, 'test-data', 'curtois'), join(folder, 'shared', 'benchmarks', 'curtois')]) {
      if (existsSync(join(candidate, 'Instance1.txt'))) return `${candidate}/`;
    }
    const parent = dirname(folder);
    if (parent === folder) return fileURLToPath(new URL('../../test-data/curtois/', import.meta.url));
    folder = parent;
  }
}

export function readCurtoisInstance(n: number): string {
  return readFileSync(`${CURTOIS_DIR}Instance${n}.txt`, 'utf8');
}

/** The published optimal roster of instance `n` and its penalty, from the file name. */
export function readCurtoisSolution(n: number): { penalty: number; text: string } {
  const name = readdirSync(`${CURTOIS_DIR}solutions`).find((f) => f.startsWith(`Instance${n}.`) && f.endsWith('.roster.csv'));
  if (!name) throw new Error(`No solution for Instance${n} in ${CURTOIS_DIR}solutions`);
  return { penalty: Number(name.split('.')[1]), text: readFileSync(`${CURTOIS_DIR}solutions/${name}`, 'utf8') };
}
