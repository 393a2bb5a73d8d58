import { type AfcBand, type ContractType, type Skill } from './api/types';

// These lists and labels mirror packages/people (AFC_BANDS, CONTRACT_TYPES, SKILLS, SKILL_LABELS).
// They belong there: import them from '@recordroom/people' once apps/web declares that dependency.

export const AFC_BANDS: readonly AfcBand[] = ['2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];

export const CONTRACT_TYPES: readonly ContractType[] = ['permanent', 'fixed-term', 'bank'];

export const CONTRACT_TYPE_LABELS: Readonly<Record<ContractType, string>> = {
  permanent: 'Permanent',
  'fixed-term': 'Fixed-term',
  bank: 'Bank',
};

export const SKILLS: readonly Skill[] = ['a-and-e-desk', 'reception', 'tracking', 'filing', 'scanning', 'coding', 'sar'];

export const SKILL_LABELS: Readonly<Record<Skill, string>> = {
  'a-and-e-desk': 'A&E records desk',
  reception: 'Outpatient reception',
  tracking: 'Case-note tracking',
  filing: 'Filing and retrieval',
  scanning: 'Scanning',
  coding: 'Clinical coding',
  sar: 'Subject access requests',
};

export function bandLabel(band: AfcBand): string {
  return `Band ${band}`;
}

export function isAfcBand(value: string): value is AfcBand {
  return (AFC_BANDS as readonly string[]).includes(value);
}

export function isContractType(value: string): value is ContractType {
  return (CONTRACT_TYPES as readonly string[]).includes(value);
}

export function isSkill(value: string): value is Skill {
  return (SKILLS as readonly string[]).includes(value);
}
