import { type Skill } from '@recordroom/people';
import { type ClashRule, type RotaStaffMember } from '@recordroom/rota';

/** Skills whose desks close when too many holders are away at once. */
const GUARDED_SKILLS: readonly { skill: Skill; name: string }[] = [
  { skill: 'a-and-e-desk', name: 'A&E records desk team' },
  { skill: 'reception', name: 'outpatient reception team' },
];
/** At most a third of a skill's holders away on one day, and always at least one may be. */
const MAXIMUM_SHARE_AWAY = 1 / 3;

/**
 * The department's leave clash rules until managers can set their own: a third of the people who
 * hold the A&E desk or reception skill may be away on any day.
 */
export function departmentClashRules(staff: readonly RotaStaffMember[]): ClashRule[] {
  return GUARDED_SKILLS.map(({ skill, name }) => {
    const holders = staff.filter((s) => s.skills.includes(skill) && s.contractType !== 'bank').length;
    return { id: skill, name, scope: { skill }, maximumOff: Math.max(1, Math.floor(holders * MAXIMUM_SHARE_AWAY)) };
  });
}
