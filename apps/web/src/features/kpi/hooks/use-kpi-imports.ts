import { useQuery } from '@tanstack/react-query';
import { fetchKpiImports } from '../api/kpi-api';
import { kpiQueryKeys } from '../api/kpi-query-keys';

/** Recent imports into a department (empty id: the caller's own), newest first. */
export function useKpiImports(departmentId: string) {
  return useQuery({ queryKey: kpiQueryKeys.imports(departmentId), queryFn: ({ signal }) => fetchKpiImports(departmentId, signal) });
}
