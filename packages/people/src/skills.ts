/**
 * Skills a health records staff member can hold; shift types and cover requirements ask for them
 * (../shared/DESIGN.md, domain model).
 */
export const SKILLS = ['a-and-e-desk', 'reception', 'tracking', 'filing', 'scanning', 'coding', 'sar'] as const;
export type Skill = (typeof SKILLS)[number];

export const SKILL_LABELS: Readonly<Record<Skill, string>> = {
  'a-and-e-desk': 'A&E records desk',
  reception: 'Outpatient reception',
  tracking: 'Case-note tracking',
  filing: 'Filing and retrieval',
  scanning: 'Scanning',
  coding: 'Clinical coding',
  sar: 'Subject access requests',
};

export function isSkill(value: unknown): value is Skill {
  return typeof value === 'string' && (SKILLS as readonly string[]).includes(value);
}
