import { type LocationKind } from '@recordroom/people';

/** The places one health records department staffs: one of each kind, and three wards. */
export const LOCATION_TEMPLATES: readonly { name: string; kind: LocationKind }[] = [
  { name: 'Main records library', kind: 'records-library' },
  { name: 'Main outpatients reception', kind: 'outpatient-reception' },
  { name: 'A&E records desk', kind: 'a-and-e-records-desk' },
  { name: 'Ward 4 (acute medical unit)', kind: 'ward' },
  { name: 'Ward 9 (general surgery)', kind: 'ward' },
  { name: 'Ward 14 (care of older people)', kind: 'ward' },
  { name: 'Clinical coding office', kind: 'coding-office' },
  { name: 'Scanning bureau', kind: 'scanning-bureau' },
  { name: 'Access to records office', kind: 'access-to-records-office' },
];
