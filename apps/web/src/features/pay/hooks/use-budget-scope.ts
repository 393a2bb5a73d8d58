import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type BudgetScope } from '../api/pay-api';

/**
 * The department and financial year the Budget page shows live in the address (?department=&year=),
 * so a budget can be bookmarked and shared. Empty means the API's default: a manager's own
 * department, today's financial year.
 */
export function useBudgetScope(defaultDepartmentId: string | undefined) {
  const [params, setParams] = useSearchParams();
  const department = params.get('department') ?? defaultDepartmentId;
  const year = params.get('year') ?? undefined;
  const scope: BudgetScope = useMemo(() => ({ ...(department ? { departmentId: department } : {}), ...(year ? { year } : {}) }), [department, year]);
  const choose = (next: { department?: string; year?: string }) => {
    const search = new URLSearchParams();
    const d = next.department ?? params.get('department');
    const y = next.year ?? params.get('year');
    if (d) search.set('department', d);
    if (y) search.set('year', y);
    setParams(search);
  };
  return { scope, choose };
}
