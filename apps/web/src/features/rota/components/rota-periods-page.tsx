import { Select } from '@recordroom/ui';
import { useSearchParams } from 'react-router';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { useOrganisation } from '../../organisation/hooks/use-organisation';
import { usePeriods } from '../hooks/use-planner';
import { PeriodList } from './period-list';

/** /rota: choose a rota period to plan (or, for senior managers, to read). */
export function RotaPeriodsPage() {
  usePageTitle('Rota planner');
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const organisation = useOrganisation();
  // Managers and officers plan their own department; admins and senior managers choose one.
  const departments = organisation.data?.departments ?? [];
  const departmentId = user.departmentId ?? params.get('department') ?? departments[0]?.id ?? null;
  const periods = usePeriods(departmentId, departmentId !== null);

  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{user.departmentName ?? user.organisationName}</span>
        Rota planner
      </h1>
      <p className="nhsuk-lede-text">Choose a rota period to see its shifts, gaps in cover and rule breaches.</p>
      {user.departmentId === null && departments.length > 1 && (
        <Select
          id="department"
          label="Department"
          value={departmentId ?? ''}
          onChange={(value) => setParams(value ? { department: value } : {})}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <h2>Rota periods</h2>
      {periods.isPending && departmentId !== null && <LoadingMessage>Loading rota periods…</LoadingMessage>}
      {periods.isError && <ProblemMessage error={periods.error} what="list of rota periods" onRetry={() => void periods.refetch()} />}
      {periods.data && <PeriodList periods={periods.data} />}
    </>
  );
}
