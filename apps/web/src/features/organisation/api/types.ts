/** GET /api/organisation: the trust's structure as the caller may see it. */
export interface Organisation {
  id: string;
  name: string;
  departments: Department[];
  teams: Team[];
  locations: Location[];
}

export interface Department {
  id: string;
  name: string;
}

export interface Team {
  id: string;
  name: string;
  departmentId: string;
  leadStaffId: string | null;
}

export interface Location {
  id: string;
  name: string;
  /** One of packages/people LOCATION_KINDS, e.g. 'records-library'. */
  kind: string;
  departmentId: string;
}
