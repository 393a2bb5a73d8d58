import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { auditQueryToParams, parseAuditQuery } from '../api/audit-query';
import { type AuditQuery } from '../api/types';

/** The audit trail's page and record filter, in the address bar. */
export function useAuditQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseAuditQuery(searchParams), [searchParams]);
  const update = (changes: Partial<AuditQuery>) => setSearchParams(auditQueryToParams({ ...query, ...changes }));
  const hrefWith = (changes: Partial<AuditQuery>) => `?${auditQueryToParams({ ...query, ...changes }).toString()}`;
  return { query, update, hrefWith };
}
