import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the package will keep its own copy of the instances (test-data/curtois, vendored on branch h-bounds). */
const VENDORED = fileURLToPath(new URL('../../test-data/curtois/', import.meta.url));

/** The shared benchmark folder beside the checkout (or beside the worktrees folder): the nearest shared/benchmarks/curtois above this file. */
function sharedBenchmarkFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'shared', 'benchmarks', 'curtois');
    if (existsSync(candidate)) return `${candidate}/`;
    const parent = dirname(folder);
    if (parent === folder) return VENDORED;
    folder = parent;
  }
}

/**
 * The one place tests find the Curtois & Qu files: the package's own copy when it exists, else
 * the shared folder. Reading throws when a file is missing, so the benchmark tests fail rather
 * than skip.
 */
export const CURTOIS_DIR = existsSync(VENDORED) ? VENDORED : sharedBenchmarkFolder();

export function readCurtoisInstance(n: number): string {
  return readFileSync(`${CURTOIS_DIR}Instance${n}.txt`, 'utf8');
}

/** The published optimal roster of instance `n` and its penalty, from the file name. */
export function readCurtoisSolution(n: number): { penalty: number; text: string } {
  const name = readdirSync(`${CURTOIS_DIR}solutions`).find((f) => f.startsWith(`Instance${n}.`) && f.endsWith('.roster.csv'));
  if (!name) throw new Error(`No solution for Instance${n} in ${CURTOIS_DIR}solutions`);
  return { penalty: Number(name.split('.')[1]), text: readFileSync(`${CURTOIS_DIR}solutions/${name}`, 'utf8') };
}
