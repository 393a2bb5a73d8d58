import { type SolveDayChangeDto, type SolvePersonChangesDto, type SolvePreviewDto, type SolvePreviewSummaryDto } from '@recordroom/contracts';
import { type RuleId } from '@recordroom/rota';

/**
 * A stored preview's changes grouped by person (by name, then id), each person's by date: a day
 * where the solve takes someone off one shift and puts them on another is one 'moved' change
 * (paired in date order when a day has several), the rest 'on' or 'off'. Each person carries
 * their soft penalty after the solve and the rule behind most of it.
 */
export function personChanges(preview: SolvePreviewDto): SolvePersonChangesDto[] {
  const people = new Map<string, { name: string; added: SolvePreviewDto['added']; removed: SolvePreviewDto['removed'] }>();
  const personOf = (staffId: string, name: string) => {
    let person = people.get(staffId);
    if (!person) people.set(staffId, (person = { name, added: [], removed: [] }));
    return person;
  };
  for (const a of preview.added) personOf(a.staffId, a.name).added.push(a);
  for (const r of preview.removed) personOf(r.staffId, r.name).removed.push(r);
  const penalties = new Map(preview.byPerson.map((p) => [p.staffId, p]));
  return [...people]
    .map(([staffId, person]): SolvePersonChangesDto => {
      const dates = [...new Set([...person.added, ...person.removed].map((c) => c.date))].sort();
      const changes: SolveDayChangeDto[] = dates.flatMap((date) => {
        const on = person.added.filter((a) => a.date === date);
        const off = person.removed.filter((r) => r.date === date);
        return Array.from({ length: Math.max(on.length, off.length) }, (_, i): SolveDayChangeDto => {
          const to = on[i];
          const from = off[i];
          return {
            date,
            kind: to && from ? 'moved' : to ? 'on' : 'off',
            from: from ? { assignmentId: from.assignmentId, shiftId: from.shiftId, shiftTypeCode: from.shiftTypeCode } : null,
            to: to ? { shiftId: to.shiftId, shiftTypeCode: to.shiftTypeCode } : null,
          };
        });
      });
      const penalty = penalties.get(staffId);
      const main = penalty ? (Object.entries(penalty.byRule) as [RuleId, number][]).filter(([, points]) => points > 0).sort((x, y) => y[1] - x[1])[0] : undefined;
      return {
        staffId,
        name: person.name,
        on: changes.filter((c) => c.kind === 'on').length,
        off: changes.filter((c) => c.kind === 'off').length,
        moved: changes.filter((c) => c.kind === 'moved').length,
        softPenalty: penalty?.softPenalty ?? 0,
        mainRuleId: main?.[0] ?? null,
        changes,
      };
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'en-GB') || x.staffId.localeCompare(y.staffId));
}

/** The preview as GET /preview answers it: everything but the lists of changes, which come by the page. */
export function previewSummary(preview: SolvePreviewDto): SolvePreviewSummaryDto {
  const { added, removed, changed, ...rest } = preview;
  return { ...rest, counts: { added: added.length, removed: removed.length, moved: changed.length, people: new Set([...added, ...removed].map((c) => c.staffId)).size } };
}
