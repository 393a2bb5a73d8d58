import {
  A_AND_E_AND_WARDS_OFFICER,
  A_AND_E_RECORDS_CLERK,
  ACCESS_TO_RECORDS_ADMINISTRATOR,
  ACCESS_TO_RECORDS_OFFICER,
  CODING_AND_SCANNING_OFFICER,
  HEALTH_RECORDS_ASSISTANT,
  OUTPATIENT_RECEPTION_OFFICER,
  OUTPATIENT_RECEPTIONIST,
  RECORDS_LIBRARY_OFFICER,
  SCANNING_CLERK,
  SENIOR_A_AND_E_RECORDS_CLERK,
  SENIOR_HEALTH_RECORDS_ASSISTANT,
  SENIOR_OUTPATIENT_RECEPTIONIST,
  TRAINEE_CLINICAL_CODER,
  WARD_RECORDS_CLERK,
  type Post,
} from './posts.js';

/** A team of a health records department: an officer leading clerks, assistants or receptionists. */
export interface TeamTemplate {
  name: string;
  /** Band 4-5 officer who leads the team and line-manages it. */
  officer: Post;
  /** Band 3 supervisor who line-manages the team's Band 2 staff, in a team big enough to need one. */
  senior: Post | null;
  /** Posts of the other members, taken in turn: ['A&E clerk', 'A&E clerk', 'ward clerk'] is two A&E clerks to one ward clerk. */
  members: readonly Post[];
  /** Relative size: the team's share of a department's clerks, assistants and receptionists. */
  weight: number;
  /** Whether the officer reports to the deputy manager (where there is one) rather than the manager. */
  officerReportsToDeputy: boolean;
}

/**
 * The teams of a department, in the order a small department gets them: the A&E and wards team
 * first, because A&E evenings and weekends are what the rota has to fill. The weights give a
 * 40-person department 8 + 10 + 8 + 4 + 3 staff under the five officers.
 */
export const TEAM_TEMPLATES: readonly TeamTemplate[] = [
  {
    name: 'A&E and Wards',
    officer: A_AND_E_AND_WARDS_OFFICER,
    senior: SENIOR_A_AND_E_RECORDS_CLERK,
    members: [A_AND_E_RECORDS_CLERK, A_AND_E_RECORDS_CLERK, WARD_RECORDS_CLERK],
    weight: 8,
    officerReportsToDeputy: false,
  },
  {
    name: 'Records Library',
    officer: RECORDS_LIBRARY_OFFICER,
    senior: SENIOR_HEALTH_RECORDS_ASSISTANT,
    members: [HEALTH_RECORDS_ASSISTANT],
    weight: 10,
    officerReportsToDeputy: false,
  },
  {
    name: 'Outpatient Reception',
    officer: OUTPATIENT_RECEPTION_OFFICER,
    senior: SENIOR_OUTPATIENT_RECEPTIONIST,
    members: [OUTPATIENT_RECEPTIONIST],
    weight: 8,
    officerReportsToDeputy: false,
  },
  {
    name: 'Coding and Scanning',
    officer: CODING_AND_SCANNING_OFFICER,
    senior: null,
    members: [TRAINEE_CLINICAL_CODER, SCANNING_CLERK],
    weight: 4,
    officerReportsToDeputy: true,
  },
  {
    name: 'Access to Records',
    officer: ACCESS_TO_RECORDS_OFFICER,
    senior: null,
    members: [ACCESS_TO_RECORDS_ADMINISTRATOR],
    weight: 3,
    officerReportsToDeputy: true,
  },
];
