import { SummaryList } from '@recordroom/ui';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useOrganisation } from '../../organisation/hooks/use-organisation';

/** The trust's departments and their teams, as an administrator sets them up. */
export function OrganisationStructure() {
  const organisation = useOrganisation();
  if (organisation.isPending) return <LoadingMessage>Loading departments and teams…</LoadingMessage>;
  if (organisation.isError) return <ProblemMessage error={organisation.error} what="organisation structure" onRetry={() => void organisation.refetch()} />;
  const { departments, teams } = organisation.data;
  return (
    <section aria-labelledby="organisation-structure">
      <h2 id="organisation-structure" className="nhsuk-heading-m">Departments and teams</h2>
      {departments.length === 0 ? (
        <p>There are no departments yet.</p>
      ) : (
        <SummaryList
          rows={departments.map((department) => {
            const departmentTeams = teams.filter((team) => team.departmentId === department.id);
            return {
              id: department.id,
              key: department.name,
              value:
                departmentTeams.length > 0 ? (
                  <ul className="nhsuk-list">
                    {departmentTeams.map((team) => (
                      <li key={team.id}>{team.name}</li>
                    ))}
                  </ul>
                ) : (
                  'No teams'
                ),
            };
          })}
        />
      )}
    </section>
  );
}
