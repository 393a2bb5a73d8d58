import axe from 'axe-core';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page } from 'playwright-core';

/** WCAG 2.2 AA, as axe tags it: every A and AA rule from 2.0, 2.1 and 2.2. */
const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
type Impact = (typeof IMPACTS)[number];
/** The impacts that fail a journey; moderate and minor ones are counted in bench/axe.json. */
const FAILING: readonly Impact[] = ['critical', 'serious'];

/** Where the per-page counts are kept (docs/accessibility.md reads from it). */
const AXE_COUNTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../bench/axe.json');

/** One broken rule on one page, as the page reported it. */
interface Violation {
  id: string;
  impact: Impact;
  help: string;
  helpUrl: string;
  targets: string[];
}

interface PageCounts {
  counts: Record<Impact, number>;
  /** Each broken rule with its impact and how many elements break it. */
  rules: { id: string; impact: Impact; elements: number }[];
}

interface AxeCountsFile {
  tool: string;
  tags: readonly string[];
  pages: Record<string, PageCounts>;
}

/**
 * Runs axe-core on the page as it is now (WCAG 2.2 AA rules), records the counts by impact under
 * `pageName` in bench/axe.json, prints them, and fails listing every serious or critical
 * violation: its rule, impact, the elements' selectors and the rule's help page.
 */
export async function expectAccessible(page: Page, pageName: string): Promise<void> {
  const started = performance.now();
  const violations = await axeViolations(page);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = countByImpact(violations);
  console.log(`axe ${pageName}: ${IMPACTS.map((impact) => `${counts[impact]} ${impact}`).join(', ')} (${seconds} s)`);
  await recordCounts(pageName, {
    counts,
    rules: violations.map((violation) => ({ id: violation.id, impact: violation.impact, elements: violation.targets.length })),
  });
  const failure = accessibilityFailure(`${pageName} (${page.url()})`, violations);
  if (failure) throw new Error(failure);
}

/**
 * The WCAG 2.2 AA violations axe-core finds on the page as it is now. axe is evaluated in the page
 * through the DevTools protocol (page.evaluate), not added as a script tag, so the page's
 * Content-Security-Policy stays as the API sends it.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'minor',
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.map(String).join(' >>> ')),
    }));
  }, [...WCAG_22_AA_TAGS]);
  return violations.map((violation) => ({ ...violation, impact: asImpact(violation.impact) }));
}

/** The failure message for a page's serious and critical violations, or null when it has none. */
export function accessibilityFailure(where: string, violations: readonly Violation[]): string | null {
  const failing = violations.filter((violation) => FAILING.includes(violation.impact));
  if (failing.length === 0) return null;
  const list = failing.map((violation) => [`- ${violation.id} (${violation.impact}): ${violation.help}`, `  ${violation.helpUrl}`, ...violation.targets.map((target) => `    ${target}`)].join('\n'));
  return `${where} has ${failing.length} serious or critical accessibility violation(s):\n${list.join('\n')}`;
}

function asImpact(value: string): Impact {
  return IMPACTS.find((impact) => impact === value) ?? 'minor';
}

function countByImpact(violations: readonly Violation[]): Record<Impact, number> {
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of violations) counts[violation.impact] += 1;
  return counts;
}

/**
 * Merges one page's counts into bench/axe.json. Jest loads this module afresh for every spec file
 * (run one after another, --runInBand), so the file, not memory, collects the pages of all of them.
 */
async function recordCounts(pageName: string, page: PageCounts): Promise<void> {
  let pages: Record<string, PageCounts> = {};
  try {
    pages = (JSON.parse(await readFile(AXE_COUNTS, 'utf8')) as AxeCountsFile).pages;
  } catch (error) {
    // None yet: the first page of a run on a fresh checkout.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  pages[pageName] = page;
  const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
  const file: AxeCountsFile = { tool: `axe-core ${axe.version}`, tags: WCAG_22_AA_TAGS, pages: sorted };
  await writeFile(AXE_COUNTS, `${JSON.stringify(file, null, 2)}\n`);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
