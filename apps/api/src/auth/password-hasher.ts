import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/**
 * argon2id with the library defaults (19 MiB, 2 passes, 1 lane: the OWASP minimum for argon2id).
 * @node-rs/argon2 ships prebuilt binaries, so installs need no compiler or install script.
 */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password);
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password);
  }
}
