import type { Role } from '@recordroom/people';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  manager: 'Health records manager',
  officer: 'Health records officer',
  senior: 'Senior management',
  staff: 'Staff member',
};
