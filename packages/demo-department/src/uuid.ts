import { type Random } from './prng.js';

function hex(word: number): string {
  return word.toString(16).padStart(8, '0');
}

/**
 * A UUID in the version 4 layout (RFC 9562 §5.4: version nibble 4, variant bits 10) whose 122
 * free bits come from the seeded source, so demo ids are valid UUIDs and still reproducible.
 */
export function randomUuid(random: Random): string {
  const first = hex(random.uint32());
  const second = hex(((random.uint32() & 0xffff0fff) | 0x00004000) >>> 0);
  const third = hex(((random.uint32() & 0x3fffffff) | 0x80000000) >>> 0);
  const fourth = hex(random.uint32());
  return `${first}-${second.slice(0, 4)}-${second.slice(4)}-${third.slice(0, 4)}-${third.slice(4)}${fourth}`;
}
