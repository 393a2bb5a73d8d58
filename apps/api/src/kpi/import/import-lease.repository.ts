import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * A lease lasts this long unless renewed; the import renews it every third of that. Long enough
 * that a database blip does not free a slot under a running import, short enough that a replica
 * killed mid-import frees its slots within a minute.
 */
const LEASE_SECONDS = 60;
export const LEASE_RENEW_MS = (LEASE_SECONDS * 1000) / 3;

/** Key space of the advisory locks that serialise taking a lease within one organisation (cf. MIGRATION_LOCK). */
const LEASE_LOCK_SPACE = 7_351_002;

type LeaseRefusal = 'user' | 'organisation';

/**
 * The kpi_import_lease rows (migration 1764000000003): imports under way, counted in PostgreSQL
 * so every replica applies the same caps. Lease times are the database's clock
 * (clock_timestamp()), the one clock all replicas share; they are liveness, not business dates.
 */
@Injectable()
export class ImportLeaseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes a lease for an import by `accountId` in `organisationId`, unless the account or the
   * organisation already has its limit of live leases. Expired leases (their replica died) are
   * deleted first. One short transaction, serialised per organisation, so two replicas taking the
   * last slot at once cannot both win.
   */
  async acquire(organisationId: string, accountId: string, limits: { perUser: number; perOrganisation: number }): Promise<{ id: string } | { refused: LeaseRefusal }> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LEASE_LOCK_SPACE, organisationId]);
      await em.query('DELETE FROM kpi_import_lease WHERE organisation_id = $1 AND expires_at <= clock_timestamp()', [organisationId]);
      const counts = await em.query<{ mine: number; organisation: number }[]>(
        'SELECT count(*) FILTER (WHERE account_id = $2)::int AS mine, count(*)::int AS organisation FROM kpi_import_lease WHERE organisation_id = $1',
        [organisationId, accountId],
      );
      const { mine, organisation } = counts[0] ?? { mine: 0, organisation: 0 };
      if (mine >= limits.perUser) return { refused: 'user' as const };
      if (organisation >= limits.perOrganisation) return { refused: 'organisation' as const };
      const rows = await em.query<{ id: string }[]>(
        `INSERT INTO kpi_import_lease (organisation_id, account_id, expires_at) VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3)) RETURNING id`,
        [organisationId, accountId, LEASE_SECONDS],
      );
      const id = rows[0]?.id;
      if (id === undefined) throw new Error('kpi_import_lease insert returned no id');
      return { id };
    });
  }

  async renew(id: string): Promise<void> {
    await this.dataSource.query('UPDATE kpi_import_lease SET expires_at = clock_timestamp() + make_interval(secs => $2) WHERE id = $1', [id, LEASE_SECONDS]);
  }

  async release(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM kpi_import_lease WHERE id = $1', [id]);
  }
}
