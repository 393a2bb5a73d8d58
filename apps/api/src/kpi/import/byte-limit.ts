import { Transform, type TransformCallback } from 'node:stream';
import { importTooLarge } from './import-problems.js';

/** Passes bytes through and fails the stream once more than `maxBytes` have passed (a body with no or a false Content-Length). */
export function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(importTooLarge(maxBytes));
      else callback(null, chunk);
    },
  });
}
