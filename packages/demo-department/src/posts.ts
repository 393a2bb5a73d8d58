import { type AfcBand, type Skill } from '@recordroom/people';

/** A job in the department: what the person is called, paid and able to do. */
export interface Post {
  jobTitle: string;
  band: AfcBand;
  /** Skills everyone in the post holds. */
  skills: readonly Skill[];
  /** Skills some people in the post are cross-trained in, most useful to the rota first. */
  crossTraining: readonly Skill[];
}

export const HEALTH_RECORDS_MANAGER: Post = {
  jobTitle: 'Health records manager',
  band: '7',
  skills: ['tracking', 'filing', 'sar'],
  crossTraining: [],
};

export const DEPUTY_HEALTH_RECORDS_MANAGER: Post = {
  jobTitle: 'Deputy health records manager',
  band: '6',
  skills: ['a-and-e-desk', 'reception', 'tracking', 'filing'],
  crossTraining: [],
};

export const A_AND_E_AND_WARDS_OFFICER: Post = {
  jobTitle: 'Health records officer (A&E and wards)',
  band: '5',
  skills: ['a-and-e-desk', 'tracking', 'filing'],
  crossTraining: [],
};

export const SENIOR_A_AND_E_RECORDS_CLERK: Post = {
  jobTitle: 'Senior A&E records clerk',
  band: '3',
  skills: ['a-and-e-desk', 'tracking', 'filing'],
  crossTraining: ['reception'],
};

export const A_AND_E_RECORDS_CLERK: Post = {
  jobTitle: 'A&E records clerk',
  band: '2',
  skills: ['a-and-e-desk', 'tracking'],
  crossTraining: ['filing', 'reception'],
};

export const WARD_RECORDS_CLERK: Post = {
  jobTitle: 'Ward records clerk',
  band: '2',
  skills: ['tracking', 'filing'],
  crossTraining: ['a-and-e-desk'],
};

export const RECORDS_LIBRARY_OFFICER: Post = {
  jobTitle: 'Health records officer (library)',
  band: '4',
  skills: ['filing', 'tracking'],
  crossTraining: [],
};

export const SENIOR_HEALTH_RECORDS_ASSISTANT: Post = {
  jobTitle: 'Senior health records assistant',
  band: '3',
  skills: ['filing', 'tracking'],
  crossTraining: ['a-and-e-desk'],
};

export const HEALTH_RECORDS_ASSISTANT: Post = {
  jobTitle: 'Health records assistant',
  band: '2',
  skills: ['filing', 'tracking'],
  crossTraining: ['a-and-e-desk', 'reception', 'scanning'],
};

export const OUTPATIENT_RECEPTION_OFFICER: Post = {
  jobTitle: 'Outpatient reception officer',
  band: '4',
  skills: ['reception', 'tracking'],
  crossTraining: [],
};

export const SENIOR_OUTPATIENT_RECEPTIONIST: Post = {
  jobTitle: 'Senior outpatient receptionist',
  band: '3',
  skills: ['reception', 'tracking'],
  crossTraining: ['a-and-e-desk'],
};

export const OUTPATIENT_RECEPTIONIST: Post = {
  jobTitle: 'Outpatient receptionist',
  band: '2',
  skills: ['reception', 'tracking'],
  crossTraining: ['a-and-e-desk', 'filing'],
};

export const CODING_AND_SCANNING_OFFICER: Post = {
  jobTitle: 'Clinical coding and scanning officer',
  band: '5',
  skills: ['coding', 'scanning'],
  crossTraining: [],
};

export const TRAINEE_CLINICAL_CODER: Post = {
  jobTitle: 'Trainee clinical coder',
  band: '3',
  skills: ['coding'],
  crossTraining: ['scanning'],
};

export const SCANNING_CLERK: Post = {
  jobTitle: 'Scanning clerk',
  band: '2',
  skills: ['scanning', 'filing'],
  crossTraining: ['tracking', 'sar'],
};

export const ACCESS_TO_RECORDS_OFFICER: Post = {
  jobTitle: 'Access to health records officer',
  band: '4',
  skills: ['sar', 'scanning'],
  crossTraining: [],
};

export const ACCESS_TO_RECORDS_ADMINISTRATOR: Post = {
  jobTitle: 'Access to records administrator',
  band: '3',
  skills: ['sar', 'tracking'],
  crossTraining: ['scanning'],
};
