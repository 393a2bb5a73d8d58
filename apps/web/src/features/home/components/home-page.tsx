import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { AdminHome } from './admin-home';
import { ManagerHome } from './manager-home';
import { OfficerHome } from './officer-home';
import { SeniorHome } from './senior-home';
import { StaffHome } from './staff-home';

/** `/`: a home page for each role. */
export function HomePage() {
  const user = useSignedInUser();
  usePageTitle(user.role === 'staff' ? 'My details' : user.role === 'officer' ? 'My team' : 'Home');
  switch (user.role) {
    case 'manager':
      return <ManagerHome user={user} />;
    case 'officer':
      return <OfficerHome />;
    case 'senior':
      return <SeniorHome user={user} />;
    case 'staff':
      return <StaffHome user={user} />;
    case 'admin':
      return <AdminHome user={user} />;
  }
}
