import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The benchmark files vendored into the package (test-data/curtois/README.md: source and
 * licence), found relative to this file, so a clone needs nothing beside the checkout. Reading
 * throws when a file is missing, so the benchmark tests fail rather than skip.
 */
export const CURTOIS_DIR = fileURLToPath(new URL('../../test-data/curtois/', import.meta.url));

export function readCurtoisInstance(n: number): string {
  return readFileSync(`${CURTOIS_DIR}Instance${n}.txt`, 'utf8');
}

/** The published optimal roster of instance `n` and its penalty, from the file name. */
export function readCurtoisSolution(n: number): { penalty: number; text: string } {
  const name = readdirSync(`${CURTOIS_DIR}solutions`).find((f) => f.startsWith(`Instance${n}.`) && f.endsWith('.roster.csv'));
  if (!name) throw new Error(`No solution for Instance${n} in ${CURTOIS_DIR}solutions`);
  return { penalty: Number(name.split('.')[1]), text: readFileSync(`${CURTOIS_DIR}solutions/${name}`, 'utf8') };
}
