// The Curtois & Qu benchmark command. From the repository root:
//   npm run bench:curtois -- <instance.txt> --seconds N [--seed S] [--out <roster.csv>] [--wall]
// --seconds counts this process's CPU time (process.cpuUsage, one core) unless --wall is given,
// so a machine shared with other work still gives the solver the same budget.
// prints one JSON line {"instance","penalty","hardViolations","seconds"} and writes the roster in
// the solutions folder's format (../shared/benchmarks/curtois/FORMAT.md §7). Paths are read from
// the folder the command was started in. A malformed instance fails with its line number.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CurtoisFormatError, parseCurtoisInstance } from '../src/curtois/curtois-instance.js';
import { formatCurtoisRoster, solveCurtois } from '../src/curtois/solve-curtois.js';
import { loadLpSolver } from '../src/solve/solve-rota.js';

interface Arguments {
  instance: string;
  seconds: number;
  seed: number;
  out: string | null;
  progress: boolean;
  /** Count the time limit in wall time rather than this process's CPU time (the default: one core's worth on a shared machine). */
  wall: boolean;
  /** Give the solver the LP/MIP solver (price-and-branch); --no-lp for the annealing alone. */
  lp: boolean;
}

function parseArguments(argv: readonly string[]): Arguments {
  const usage = 'usage: npm run bench:curtois -- <instance.txt> --seconds N [--seed S] [--out <roster.csv>] [--progress] [--wall] [--no-lp]';
  let instance: string | null = null;
  let seconds = 60;
  let seed = 1;
  let out: string | null = null;
  let progress = false;
  let wall = false;
  let lp = true;
  const number = (flag: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < min) throw new Error(`${flag} needs a number of at least ${min}\n${usage}`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--seconds') seconds = number(arg, argv[++i], 0);
    else if (arg === '--seed') seed = Math.trunc(number(arg, argv[++i], 0));
    else if (arg === '--out') out = argv[++i] ?? null;
    else if (arg === '--progress') progress = true;
    else if (arg === '--wall') wall = true;
    else if (arg === '--cpu') wall = false;
    else if (arg === '--no-lp') lp = false;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${usage}`);
    else if (instance === null) instance = arg;
    else throw new Error(`one instance at a time\n${usage}`);
  }
  if (instance === null) throw new Error(usage);
  return { instance, seconds, seed, out, progress, wall, lp };
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  // npm runs the script inside packages/rota; INIT_CWD is where the user typed the command.
  const from = process.env.INIT_CWD ?? process.cwd();
  const path = resolve(from, args.instance);
  const name = basename(path).replace(/\.txt$/, '');
  const instance = parseCurtoisInstance(readFileSync(path, 'utf8'));
  const cpuNow = (): number => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const wallStart = performance.now();
  const cpuStart = cpuNow();
  // Loaded before the clock starts: the time limit is the solve's.
  const lpSolver = args.lp ? await loadLpSolver() : undefined;
  const solution = solveCurtois(instance, {
    seed: args.seed,
    lpSolver,
    now: args.wall ? undefined : cpuNow,
    timeLimitMs: args.seconds * 1000,
    onProgress: args.progress ? (p) => process.stderr.write(`${JSON.stringify(p)}\n`) : undefined,
  });
  // The clock the limit counted (CPU by default), and wall time beside it.
  const seconds = Math.round(args.wall ? performance.now() - wallStart : cpuNow() - cpuStart) / 1000;
  const wallSeconds = Math.round(performance.now() - wallStart) / 1000;
  const { penalty, hardViolations } = solution.score;
  if (args.out !== null) {
    const comments = [`${name} roster, penalty ${penalty}, hard violations ${hardViolations.length}`, `@recordroom/rota solver, seed ${args.seed}, ${seconds} s, ${solution.iterations} moves`];
    writeFileSync(resolve(from, args.out), formatCurtoisRoster(instance, solution.roster, comments));
  }
  process.stdout.write(`${JSON.stringify({ instance: name, penalty, hardViolations: hardViolations.length, seconds, clock: args.wall ? 'wall' : 'cpu', wallSeconds })}\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${error instanceof CurtoisFormatError ? `malformed instance: ${error.message}` : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
