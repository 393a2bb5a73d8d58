import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type RunningDatabase } from '../../src/database/embedded-postgres-server.js';
import { createOwnDatabase } from '../support/own-database.js';
import { RowChangeLog } from '../support/row-change-log.js';

/** The fuzzer's "a refused request writes nothing" is only as good as the log it reads. */
describe('the row-change log', () => {
  let database: RunningDatabase;
  let connection: DataSource;
  let log: RowChangeLog;
  const organisationId = randomUUID();

  beforeAll(async () => {
    database = await createOwnDatabase('changelog');
    connection = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    log = await RowChangeLog.install(connection);
    await connection.query(`INSERT INTO organisation (id, name, ods_code) VALUES ($1, 'Log test trust', 'LOG01')`, [organisationId]);
  }, 60_000);

  afterAll(async () => {
    await connection.destroy();
    await database.stop();
  });

  it('sees an update that keeps every row count', async () => {
    const before = await log.mark();

    await connection.query(`UPDATE organisation SET name = 'Renamed trust' WHERE id = $1`, [organisationId]);

    expect(await log.writtenSince(before)).toEqual(['organisation update x1']);
  });

  it('sees nothing of a write that was rolled back', async () => {
    const before = await log.mark();

    await expect(
      connection.transaction(async (em) => {
        await em.query(`UPDATE organisation SET name = 'Never' WHERE id = $1`, [organisationId]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');

    expect(await log.writtenSince(before)).toEqual([]);
    expect(await log.mark()).toEqual(before);
  });

  it('ignores a session sliding its expiry, which every signed-in request may do', async () => {
    const accountId = randomUUID();
    await connection.query(
      `INSERT INTO account (id, organisation_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, 'Log test', 'admin', 'x')`,
      [accountId, organisationId, `log.${accountId}@test.recordroom.org`],
    );
    await connection.query(`INSERT INTO session (token_hash, account_id, expires_at, absolute_expires_at) VALUES ($1, $2, now(), now())`, [accountId, accountId]);
    const before = await log.mark();

    await connection.query(`UPDATE session SET last_seen_at = now(), expires_at = now() + interval '1 hour' WHERE token_hash = $1`, [accountId]);
    await connection.query(`UPDATE session SET account_id = account_id WHERE token_hash = $1`, [accountId]);

    expect(await log.writtenSince(before)).toEqual(['session update x1']);
  });
});
