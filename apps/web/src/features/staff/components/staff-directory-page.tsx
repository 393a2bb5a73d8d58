import type { CurrentUserDto } from '@recordroom/contracts';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { useOrganisation } from '../../organisation/hooks/use-organisation';
import { hasFilters } from '../api/directory-query';
import { staffExportUrl } from '../api/staff-api';
import { useDirectoryQuery } from '../hooks/use-directory-query';
import { useStaffDirectory } from '../hooks/use-staff-directory';
import { DirectoryFilters } from './directory-filters';
import { StaffDirectoryTable } from './staff-directory-table';

/** Whose records the directory lists, as the API scopes them for the role. */
function scopeDescription(user: CurrentUserDto): string {
  switch (user.role) {
    case 'manager':
      return `Everyone in ${user.departmentName ?? 'your department'}.`;
    case 'officer':
      return 'The people you manage, directly or through others.';
    case 'senior':
    case 'admin':
      return `Everyone in ${user.organisationName}.`;
    case 'staff':
      return 'Your own record.';
  }
}

/** /staff: search, filter, sort and page through staff records; download them as CSV. */
export function StaffDirectoryPage() {
  usePageTitle('Staff directory');
  const user = useSignedInUser();
  const { query, update, hrefWith } = useDirectoryQuery();
  const directory = useStaffDirectory(query);
  const organisation = useOrganisation();
  const filters = { search: query.search, band: query.band, teamId: query.teamId, contractType: query.contractType, skill: query.skill };

  return (
    <>
      <h1>Staff directory</h1>
      <p className="nhsuk-lede-text">{scopeDescription(user)}</p>

      <DirectoryFilters
        // A new address (back button, "Clear filters") starts the form again from it.
        key={JSON.stringify(filters)}
        filters={filters}
        teams={organisation.data?.teams ?? []}
        onApply={(applied) => update({ ...applied, page: 1 })}
      />

      {directory.isPending && <LoadingMessage>Loading staff…</LoadingMessage>}
      {directory.isError && <ProblemMessage error={directory.error} what="staff directory" onRetry={() => void directory.refetch()} />}
      {directory.data && (
        <>
          <StaffDirectoryTable
            page={directory.data}
            query={query}
            busy={directory.isPlaceholderData}
            filtered={hasFilters(query)}
            onQueryChange={update}
            hrefWith={hrefWith}
          />
          {directory.data.total > 0 && (
            <p>
              <a className="nhsuk-link" href={staffExportUrl(query)} download>
                Download these {directory.data.total === 1 ? 'details' : `${directory.data.total} people`} as a spreadsheet (CSV)
              </a>
            </p>
          )}
        </>
      )}
    </>
  );
}
