import type { AfcBand, ContractType } from '@recordroom/people';

export { AFC_BANDS, CONTRACT_TYPES, isAfcBand, isContractType, isSkill, SKILL_LABELS, SKILLS } from '@recordroom/people';

export const CONTRACT_TYPE_LABELS: Readonly<Record<ContractType, string>> = {
  permanent: 'Permanent',
  'fixed-term': 'Fixed-term',
  bank: 'Bank',
};

export function bandLabel(band: AfcBand): string {
  return `Band ${band}`;
}
