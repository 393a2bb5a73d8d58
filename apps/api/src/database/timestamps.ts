import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns every editable record carries: the version that detects concurrent edits (a stale
 * update gets 409, see ../../docs/architecture.md) and creation/update times.
 */
export abstract class VersionedRecord {
  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
