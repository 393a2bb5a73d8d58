/** Who manages whom: one row per person who has a line manager. */
export interface LineManagementLink {
  id: string;
  lineManagerId: string | null;
}

function reportsByManager(links: Iterable<LineManagementLink>): Map<string, string[]> {
  const byManager = new Map<string, string[]>();
  for (const { id, lineManagerId } of links) {
    if (lineManagerId === null) continue;
    const reports = byManager.get(lineManagerId);
    if (reports) reports.push(id);
    else byManager.set(lineManagerId, [id]);
  }
  return byManager;
}

/**
 * Everyone in a manager's line: direct and indirect reports, not the manager. Safe on data that
 * already holds a cycle (each person is visited once).
 *
 * @example reportingLine('kim', [{ id: 'ann', lineManagerId: 'kim' }, { id: 'bo', lineManagerId: 'ann' }]) // Set { 'ann', 'bo' }
 */
export function reportingLine(managerId: string, links: Iterable<LineManagementLink>): Set<string> {
  const byManager = reportsByManager(links);
  const line = new Set<string>();
  const queue = [...(byManager.get(managerId) ?? [])];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (id === managerId || line.has(id)) continue;
    line.add(id);
    queue.push(...(byManager.get(id) ?? []));
  }
  return line;
}

/**
 * The chain that would become a loop if `personId` were managed by `proposedManagerId`, from the
 * person round to themselves (e.g. ['ann', 'bo', 'ann']), or null when the change is safe.
 * A person managing themselves is the shortest cycle.
 */
export function lineManagementCycle(
  personId: string,
  proposedManagerId: string | null,
  links: Iterable<LineManagementLink>,
): string[] | null {
  if (proposedManagerId === null) return null;
  const managerOf = new Map<string, string | null>();
  for (const link of links) managerOf.set(link.id, link.lineManagerId);
  managerOf.set(personId, proposedManagerId);

  const chain = [personId];
  const seen = new Set([personId]);
  let current: string | null | undefined = proposedManagerId;
  while (current !== null && current !== undefined) {
    chain.push(current);
    if (current === personId) return chain;
    if (seen.has(current)) return null; // an older loop above the person, not created by this change
    seen.add(current);
    current = managerOf.get(current);
  }
  return null;
}
