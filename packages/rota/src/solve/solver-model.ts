import { type Skill } from '@recordroom/people';
import { absenceCoversShift, countsTowardsCover, type PersonState, type RotaContext, type WorkedShift } from '../check/rota-context.js';
import { type RotaInput } from '../check/rota-input.js';
import { type PersonRule } from '../check/rota-rule.js';
import { buildRotaState } from '../check/rota-state.js';
import { type ShiftFacts } from '../check/shift-facts.js';
import { isEligible, FAIRNESS_CATEGORIES } from '../fairness/fairness-counts.js';
import { type RotaStaffMember } from '../model/rota-staff-member.js';
import { contractedMinutesInPeriod } from '../rules/contracted-hours.js';
import { dayNumber } from '../time/zoned-instant.js';
import { ROTA_RULES } from '../rules/rule-catalogue.js';
import { type RuleId } from '../rules/rule-id.js';
import { COST_TERM, PenaltyLedger, RULE_INDEX } from './penalty-ledger.js';

/** 'fill-gaps' keeps every assignment already on the rota and only adds; 'whole-period' keeps only pinned ones. */
export type SolveMode = 'fill-gaps' | 'whole-period';

/**
 * The price of one person on one dated shift, in integer pence; null when it cannot be priced
 * (counted as nothing). The pay capability supplies it; the solver weighs it as a soft term.
 *
 * @example const cost: AssignmentCost = ({ shift }) => shift.paidMinutes * 25; // £15 an hour
 */
export type AssignmentCost = (option: { staff: RotaStaffMember; shift: ShiftFacts }) => number | null;

export interface SolverModelOptions {
  mode: SolveMode;
  cost?: AssignmentCost;
  /** Points per pound of cost (the rules' scale is about a point per minute of harm). Default 1. */
  costPerPound?: number;
}

/** A term that depends on one cell alone: its points (soft) or units (hard) per person and option, and per person and day off. */
export interface UnaryTable {
  term: number;
  hard: boolean;
  byOption: Float64Array;
  byOff: Float64Array | null;
}

/** Marks "no limit" in the per-person parameter arrays. */
const NO_LIMIT = Number.NaN;

/**
 * The rota compiled for search: one row of day cells per person (history, period and any later
 * shifts), each cell off (-1) or one dated shift (an "option", indexed like `shifts`), and every
 * rule's parameters in flat arrays. Built from the same `buildRotaState` and settings the
 * checker uses, so the two read the rota alike.
 *
 * The solver gives a person at most one shift a day and never lets two of a person's shifts
 * form one duty across midnight. People whose fixed shifts already do (a split day, a pinned
 * shift during leave) are "irregular": their rules are evaluated by the checker's own code.
 */
export interface SolverModel {
  readonly input: RotaInput;
  readonly context: RotaContext;
  readonly mode: SolveMode;
  readonly people: readonly PersonState[];
  readonly personCount: number;
  /** 1 when the person's rules are evaluated by the dense terms; 0 for an irregular person. */
  readonly dense: Uint8Array;
  /** Day number of each row's first cell. */
  readonly rowFromDay: number;
  readonly rowDays: number;
  /** Row offsets of the period's first and last days, and of the first day of history. */
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly historyFrom: number;

  readonly shifts: readonly ShiftFacts[];
  readonly optionCount: number;
  readonly optionDay: Int32Array;
  readonly optionType: Int32Array;
  readonly optionPaid: Int32Array;
  readonly optionStart: Float64Array;
  readonly optionEnd: Float64Array;
  /** Cover slot of the option's shift, or -1. */
  readonly optionSlot: Int32Array;
  readonly optionInPeriod: Uint8Array;
  readonly typeIds: readonly string[];
  readonly typeCount: number;

  /** Per person x row day: the first fixed shift, or -1. */
  readonly fixedValue: Int32Array;
  /** Per person x row day: 1 when the solver may not change the cell. */
  readonly isFixed: Uint8Array;
  /** Every fixed shift of each person, in start order (the checker-backed term and irregular cover read them). */
  readonly fixedWorked: readonly (readonly WorkedShift[])[];
  /** Per person x row day: the starting value of a decision cell (whole-period mode keeps the rota's own), or -1. */
  readonly initialValue: Int32Array;
  /** Decision cells: per person x period day, the options the solver may choose (off is always possible). */
  readonly choiceStart: Int32Array;
  readonly choices: Int32Array;
  /** Per person: the row offsets of their decision cells. */
  readonly decisionDays: readonly Int32Array[];
  /** Per person x option: 1 when the assignment counts towards cover (skill held, not on approved absence). */
  readonly counted: Uint8Array;
  /** Per person x option: 1 when the solver may assign it (no hard static rule, no approved absence). */
  readonly allowed: Uint8Array;

  readonly unary: readonly UnaryTable[];
  /** Per person x type: the most shifts of the type, or NO_LIMIT. */
  readonly typeLimit: Float64Array;
  readonly minTotal: Float64Array;
  readonly maxTotal: Float64Array;
  readonly contracted: Float64Array;
  readonly contractTolerance: number;
  /** Per row day: index of its weekend (a Saturday and the Sunday after) when it is a weekend day in the period, else -1. */
  readonly weekendOf: Int32Array;
  readonly weekendCount: number;
  readonly maxWeekends: Float64Array;
  readonly maxRun: Float64Array;
  readonly minRun: Float64Array;
  readonly minOff: Float64Array;

  /** Most days between two cells whose shifts can interact (rest, overlap, one duty). */
  readonly reach: number;
  readonly minRestMinutes: number;
  readonly splitGapMinutes: number;
  /** Per type x type: 1 when the second may not be worked the day after the first; null when the rule is off. */
  readonly forbiddenNext: Uint8Array | null;

  readonly slotCount: number;
  readonly slotMinimum: Int32Array;
  readonly slotIdeal: Int32Array;
  readonly slotWeightBelowMinimum: Float64Array;
  readonly slotWeightBelowIdeal: Float64Array;
  readonly slotWeightAboveIdeal: Float64Array;
  /** Skill-mix needs: slot s has entries mixStart[s] .. mixStart[s+1]-1 of mixSkill (a bit) and mixNeed. */
  readonly mixStart: Int32Array;
  readonly mixSkill: Int32Array;
  readonly mixNeed: Int32Array;
  /** Per person: their skills as bits (the order of `skills`). */
  readonly personSkills: Int32Array;

  /** Fair share: per option, 1 when it is an A&E evening / on a public holiday; weekends come from weekendOf. */
  readonly optionEvening: Uint8Array;
  readonly optionHoliday: Uint8Array;
  /** Per person x category (A&E evenings, weekends, public holidays): eligible 1/0, and the ledger's count before the period. */
  readonly fairEligible: Uint8Array;
  readonly fairBaseline: Float64Array;
  /** Per category: total WTE of those eligible, summed in the checker's order. */
  readonly fairWte: Float64Array;
  readonly fairTolerance: number;

  /** Per person: the person rules the checker's code evaluates (all of them for an irregular person). */
  readonly checkedRules: readonly (readonly PersonRule[])[];
  readonly ledger: PenaltyLedger;
}

/** Rules the dense terms do not model: the checker's code evaluates them for the people they concern. */
const CHECKER_EVALUATED: readonly RuleId[] = ['weekly-rest', 'average-weekly-hours'];

/**
 * Compiles a rota for search. Throws RotaValidationError for input the checker would refuse.
 *
 * @example const model = compileSolverModel(input, { mode: 'whole-period' });
 */
export function compileSolverModel(input: RotaInput, options: SolverModelOptions): SolverModel {
  const state = buildRotaState(input);
  const { context } = state;
  const { settings } = context;
  const ledger = new PenaltyLedger(settings);
  const rules = settings.rules;
  const people = [...context.people.values()];
  const P = people.length;
  const shifts = [...context.shifts.values()];
  const G = shifts.length;
  const { firstDay, lastDay } = context.period;

  let rowFromDay = Math.min(context.historyFromDay, firstDay);
  let rowToDay = lastDay;
  for (const person of people) {
    for (const w of person.worked) {
      rowFromDay = Math.min(rowFromDay, w.shift.day);
      rowToDay = Math.max(rowToDay, w.shift.day);
    }
  }
  const rowDays = rowToDay - rowFromDay + 1;
  const periodFrom = firstDay - rowFromDay;
  const periodTo = lastDay - rowFromDay;
  const periodDays = periodTo - periodFrom + 1;

  const typeIds = [...context.shiftTypes.keys()];
  const typeIndex = new Map(typeIds.map((id, index) => [id, index]));
  const T = typeIds.length;
  const slots = [...state.slots.values()];
  const slotIndex = new Map(slots.map((slot, index) => [slot.key, index]));
  const shiftIndex = new Map(shifts.map((facts, index) => [facts.shift.id, index]));

  const optionDay = new Int32Array(G);
  const optionType = new Int32Array(G);
  const optionPaid = new Int32Array(G);
  const optionStart = new Float64Array(G);
  const optionEnd = new Float64Array(G);
  const optionSlot = new Int32Array(G).fill(-1);
  const optionInPeriod = new Uint8Array(G);
  const optionEvening = new Uint8Array(G);
  const optionHoliday = new Uint8Array(G);
  const byDay: number[][] = Array.from({ length: rowDays }, () => []);
  shifts.forEach((facts, g) => {
    optionDay[g] = facts.day - rowFromDay;
    optionType[g] = typeIndex.get(facts.type.id) ?? 0;
    optionPaid[g] = facts.paidMinutes;
    optionStart[g] = facts.start;
    optionEnd[g] = facts.end;
    optionInPeriod[g] = facts.inPeriod ? 1 : 0;
    optionEvening[g] = facts.aAndEEvening ? 1 : 0;
    optionHoliday[g] = facts.publicHoliday ? 1 : 0;
    const slot = state.slotByShift.get(facts.shift.id);
    if (slot) optionSlot[g] = slotIndex.get(slot.key) ?? -1;
    const d = facts.day - rowFromDay;
    if (d >= 0 && d < rowDays) byDay[d]!.push(g);
  });

  // Weekends: a Saturday and the Sunday after it, keyed by the Saturday (as both weekend rules do).
  const weekendOf = new Int32Array(rowDays).fill(-1);
  const weekendIndex = new Map<number, number>();
  for (let d = periodFrom; d <= periodTo; d += 1) {
    const day = d + rowFromDay;
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    if (weekday < 6) continue;
    const saturday = weekday === 6 ? day : day - 1;
    let index = weekendIndex.get(saturday);
    if (index === undefined) {
      index = weekendIndex.size;
      weekendIndex.set(saturday, index);
    }
    weekendOf[d] = index;
  }

  // Fixed cells and irregular people.
  const split = settings.splitShiftMaximumGapMinutes;
  const fixedValue = new Int32Array(P * rowDays).fill(-1);
  const isFixed = new Uint8Array(P * rowDays);
  const initialValue = new Int32Array(P * rowDays).fill(-1);
  const dense = new Uint8Array(P).fill(1);
  const fixedWorked: WorkedShift[][] = people.map(() => []);
  const keeps = (w: WorkedShift): boolean => !w.shift.inPeriod || options.mode === 'fill-gaps' || w.assignment.pinned === true;
  people.forEach((person, p) => {
    const approved = person.absences.filter((a) => a.absence.status === 'approved');
    let previousEnd = Number.NEGATIVE_INFINITY;
    for (const w of person.worked) {
      if (!keeps(w)) continue;
      fixedWorked[p]!.push(w);
      const d = w.shift.day - rowFromDay;
      const i = p * rowDays + d;
      if (fixedValue[i]! >= 0) dense[p] = 0; // two fixed shifts on one day: a split day
      else fixedValue[i] = shiftIndex.get(w.shift.shift.id) ?? -1;
      isFixed[i] = 1;
      if (approved.some((a) => absenceCoversShift(a, w.shift))) dense[p] = 0; // worked but not actual
      if (w.shift.start - previousEnd <= split) dense[p] = 0; // one duty across days, or an overlap
      previousEnd = Math.max(previousEnd, w.shift.end);
    }
    // Days outside the period are history (or later): never the solver's; days inside with no fixed shift are.
    for (let d = 0; d < rowDays; d += 1) if (d < periodFrom || d > periodTo) isFixed[p * rowDays + d] = 1;
  });

  // Static per-cell rules, as unary tables; and what the solver may assign.
  const unary: UnaryTable[] = [];
  const table = (ruleId: RuleId | number, withOff = false): UnaryTable | null => {
    const term = typeof ruleId === 'number' ? ruleId : RULE_INDEX[ruleId];
    if (!ledger.isOn(term)) return null;
    const t: UnaryTable = { term, hard: ledger.isHard(term), byOption: new Float64Array(P * G), byOff: withOff ? new Float64Array(P * rowDays) : null };
    unary.push(t);
    return t;
  };
  const charge = (t: UnaryTable, target: Float64Array, index: number, units: number, multiplier = 1): void => {
    target[index]! += t.hard ? units * ledger.hardScale[t.term]! : units * multiplier * ledger.softWeight[t.term]!;
  };
  const skillTable = table('required-skill');
  const daysOffTable = table('fixed-days-off');
  const patternTable = table('working-pattern');
  const requestedTable = table('requested-absence');
  const breakTable = table('rest-break');
  const restTable = table('minimum-rest-between-shifts');
  const preferenceTable = table('staff-preferences', true);
  const costTable = options.cost ? table(COST_TERM) : null;
  const costPerPound = options.costPerPound ?? 1;
  const longestDuty = 1440 - rules['minimum-rest-between-shifts'].minimumMinutes;
  const counted = new Uint8Array(P * G);
  const allowed = new Uint8Array(P * G);

  const typeLimit = new Float64Array(P * T).fill(NO_LIMIT);
  const limitsHard = ledger.isHard(RULE_INDEX['maximum-shifts-per-type']) && ledger.isOn(RULE_INDEX['maximum-shifts-per-type']);
  people.forEach((person, p) => {
    const limits = person.member.limits?.maximumShiftsPerType;
    if (limits && ledger.isOn(RULE_INDEX['maximum-shifts-per-type'])) {
      for (const [typeId, limit] of Object.entries(limits)) {
        const t = typeIndex.get(typeId);
        if (t !== undefined) typeLimit[p * T + t] = limit;
      }
    }
  });

  const openSlots = options.mode === 'fill-gaps' ? slotsWithGaps(state.slots.values(), context) : null;
  people.forEach((person, p) => {
    const requested = person.absences.filter((a) => a.absence.status === 'requested');
    const approved = person.absences.filter((a) => a.absence.status === 'approved');
    for (let g = 0; g < G; g += 1) {
      const facts = shifts[g]!;
      const i = p * G + g;
      counted[i] = countsTowardsCover(person, facts) ? 1 : 0;
      if (!facts.inPeriod) continue;
      const skill = facts.type.requiredSkill;
      if (skillTable && skill !== null && !person.member.skills.includes(skill)) charge(skillTable, skillTable.byOption, i, 1);
      if (daysOffTable && person.daysOff.has(facts.day)) charge(daysOffTable, daysOffTable.byOption, i, 1);
      if (patternTable && person.patternWeekdays && !person.patternWeekdays.has(facts.weekday)) charge(patternTable, patternTable.byOption, i, 1);
      if (requestedTable) for (const a of requested) if (absenceCoversShift(a, facts)) charge(requestedTable, requestedTable.byOption, i, 1);
      if (breakTable) {
        const { afterWorkingMinutes, minimumBreakMinutes } = rules['rest-break'];
        if (facts.workMinutes > afterWorkingMinutes && facts.longestBreakMinutes < minimumBreakMinutes) charge(breakTable, breakTable.byOption, i, minimumBreakMinutes - facts.longestBreakMinutes);
      }
      if (restTable && facts.elapsedMinutes > longestDuty) charge(restTable, restTable.byOption, i, facts.elapsedMinutes - longestDuty);
      if (costTable && options.cost) {
        const pence = options.cost({ staff: person.member, shift: facts });
        if (pence !== null) costTable.byOption[i] = (pence / 100) * costPerPound;
      }
      // The solver never rosters anyone during approved absence, whatever the rule's severity:
      // such a shift is neither worked nor off, which the dense terms do not model.
      let ok = !approved.some((a) => absenceCoversShift(a, facts));
      for (const t of unary) if (t.hard && t.byOption[i]! > 0) ok = false;
      const limit = typeLimit[p * T + optionType[g]!]!;
      if (limitsHard && limit === 0) ok = false;
      if (openSlots && (optionSlot[g]! < 0 || !openSlots.has(optionSlot[g]!))) ok = false;
      allowed[i] = ok ? 1 : 0;
    }
    if (preferenceTable) {
      for (const preference of person.preferences) {
        const d = dayNumber(preference.date) - rowFromDay;
        if (d < periodFrom || d > periodTo) continue;
        const weight = preference.weight;
        const wanted = preference.shiftTypeId;
        if (preference.kind === 'on') charge(preferenceTable, preferenceTable.byOff as Float64Array, p * rowDays + d, 1, weight);
        for (const g of byDay[d]!) {
          const matches = wanted === null || shifts[g]!.type.id === wanted;
          if (preference.kind === 'on' ? !matches : matches) charge(preferenceTable, preferenceTable.byOption, p * G + g, 1, weight);
        }
      }
    }
  });

  // Decision cells and their choices.
  const choiceStart = new Int32Array(P * periodDays + 1);
  const choiceList: number[] = [];
  const decisionDays: Int32Array[] = [];
  people.forEach((_, p) => {
    const days: number[] = [];
    for (let d = periodFrom; d <= periodTo; d += 1) {
      const cell = p * periodDays + (d - periodFrom);
      choiceStart[cell] = choiceList.length;
      if (isFixed[p * rowDays + d]) continue;
      days.push(d);
      for (const g of byDay[d]!) if (allowed[p * G + g]) choiceList.push(g);
    }
    decisionDays.push(Int32Array.from(days));
  });
  choiceStart[P * periodDays] = choiceList.length;
  const choices = Int32Array.from(choiceList);

  if (options.mode === 'whole-period') {
    people.forEach((person, p) => {
      for (const w of person.worked) {
        if (!w.shift.inPeriod || keeps(w)) continue;
        const g = shiftIndex.get(w.shift.shift.id);
        const i = p * rowDays + (w.shift.day - rowFromDay);
        if (g !== undefined && !isFixed[i] && initialValue[i]! < 0 && allowed[p * G + g]) initialValue[i] = g;
      }
    });
  }

  // Per-person limits: personal limits first, else the settings (as the rules read them).
  const nullable = (value: number | null | undefined): number => (value === null || value === undefined ? NO_LIMIT : value);
  const on = (id: RuleId): boolean => ledger.isOn(RULE_INDEX[id]);
  const minTotal = new Float64Array(P).fill(NO_LIMIT);
  const maxTotal = new Float64Array(P).fill(NO_LIMIT);
  const contracted = new Float64Array(P).fill(NO_LIMIT);
  const maxWeekends = new Float64Array(P).fill(NO_LIMIT);
  const maxRun = new Float64Array(P).fill(NO_LIMIT);
  const minRun = new Float64Array(P).fill(NO_LIMIT);
  const minOff = new Float64Array(P).fill(NO_LIMIT);
  people.forEach((person, p) => {
    const limits = person.member.limits;
    if (on('total-minutes')) {
      minTotal[p] = nullable(limits?.minimumTotalMinutes ?? rules['total-minutes'].minimum);
      maxTotal[p] = nullable(limits?.maximumTotalMinutes ?? rules['total-minutes'].maximum);
    }
    if (on('contracted-hours')) contracted[p] = nullable(contractedMinutesInPeriod(person, context));
    if (on('maximum-weekends')) maxWeekends[p] = nullable(limits?.maximumWeekends ?? rules['maximum-weekends'].maximum);
    if (on('maximum-consecutive-days')) maxRun[p] = nullable(limits?.maximumConsecutiveDays ?? rules['maximum-consecutive-days'].maximum);
    if (on('minimum-consecutive-days')) {
      const minimum = limits?.minimumConsecutiveDays ?? rules['minimum-consecutive-days'].minimum;
      if (minimum > 1) minRun[p] = minimum;
    }
    if (on('minimum-consecutive-days-off')) {
      const minimum = limits?.minimumConsecutiveDaysOff ?? rules['minimum-consecutive-days-off'].minimum;
      if (minimum > 1) minOff[p] = minimum;
    }
  });

  // Pairs of cells: how far apart two shifts can still interact.
  const minRestMinutes = on('minimum-rest-between-shifts') ? rules['minimum-rest-between-shifts'].minimumMinutes : 0;
  let startMin = Number.POSITIVE_INFINITY;
  let endMax = Number.NEGATIVE_INFINITY;
  for (const facts of shifts) {
    const midnight = context.instantAt(facts.day, 0);
    startMin = Math.min(startMin, facts.start - midnight);
    endMax = Math.max(endMax, facts.end - midnight);
  }
  // A clock change moves midnights by up to an hour; allow two.
  const threshold = Math.max(split, minRestMinutes, 0) + 120;
  let reach = 1;
  while (G > 0 && (reach + 1) * 1440 + startMin - endMax <= threshold) reach += 1;
  let forbiddenNext: Uint8Array | null = null;
  if (on('forbidden-succession')) {
    forbiddenNext = new Uint8Array(T * T);
    for (const pair of rules['forbidden-succession'].pairs) {
      const a = typeIndex.get(pair.first);
      const b = typeIndex.get(pair.next);
      if (a !== undefined && b !== undefined) forbiddenNext[a * T + b] = 1;
    }
  }

  // Cover slots and skill mix.
  const skills: Skill[] = [];
  const skillBit = (skill: Skill): number => {
    let index = skills.indexOf(skill);
    if (index < 0) {
      index = skills.length;
      skills.push(skill);
    }
    if (index >= 31) throw new RangeError('The solver supports at most 31 skills in skill mixes');
    return 1 << index;
  };
  const S = slots.length;
  const slotMinimum = new Int32Array(S);
  const slotIdeal = new Int32Array(S);
  const slotWeightBelowMinimum = new Float64Array(S);
  const slotWeightBelowIdeal = new Float64Array(S);
  const slotWeightAboveIdeal = new Float64Array(S);
  const mixStart = new Int32Array(S + 1);
  const mixSkillList: number[] = [];
  const mixNeedList: number[] = [];
  slots.forEach((slot, s) => {
    const requirement = slot.requirement;
    slotMinimum[s] = requirement.minimum;
    slotIdeal[s] = requirement.ideal;
    slotWeightBelowMinimum[s] = requirement.weights?.belowMinimum ?? 1;
    slotWeightBelowIdeal[s] = requirement.weights?.belowIdeal ?? 1;
    slotWeightAboveIdeal[s] = requirement.weights?.aboveIdeal ?? 1;
    mixStart[s] = mixSkillList.length;
    if (on('skill-mix')) {
      for (const need of requirement.skillMix ?? []) {
        mixSkillList.push(skillBit(need.skill));
        mixNeedList.push(need.minimum);
      }
    }
  });
  mixStart[S] = mixSkillList.length;
  const personSkills = new Int32Array(P);
  people.forEach((person, p) => {
    for (const skill of person.member.skills) if (skills.includes(skill)) personSkills[p]! |= skillBit(skill);
  });

  // Fair share over the ledger's baseline plus the period.
  const C = FAIRNESS_CATEGORIES.length;
  const fairEligible = new Uint8Array(P * C);
  const fairBaseline = new Float64Array(P * C);
  const fairWte = new Float64Array(C);
  people.forEach((person, p) => {
    const baseline = context.fairnessBaseline.get(person.member.id);
    FAIRNESS_CATEGORIES.forEach((category, c) => {
      const eligible = isEligible({ wte: person.wte, skills: person.member.skills }, category);
      fairEligible[p * C + c] = eligible ? 1 : 0;
      fairBaseline[p * C + c] = baseline?.[category] ?? 0;
    });
  });
  FAIRNESS_CATEGORIES.forEach((_, c) => {
    let wte = 0;
    people.forEach((person, p) => {
      if (fairEligible[p * C + c]) wte += person.wte;
    });
    fairWte[c] = wte;
  });

  const personRules = ROTA_RULES.filter((rule): rule is PersonRule => rule.scope === 'person' && rules[rule.id].enabled);
  const checkedRules = people.map((_, p) => (dense[p] ? personRules.filter((rule) => CHECKER_EVALUATED.includes(rule.id)) : personRules));

  return {
    input,
    context,
    mode: options.mode,
    people,
    personCount: P,
    dense,
    rowFromDay,
    rowDays,
    periodFrom,
    periodTo,
    historyFrom: context.historyFromDay - rowFromDay,
    shifts,
    optionCount: G,
    optionDay,
    optionType,
    optionPaid,
    optionStart,
    optionEnd,
    optionSlot,
    optionInPeriod,
    typeIds,
    typeCount: T,
    fixedValue,
    isFixed,
    fixedWorked,
    initialValue,
    choiceStart,
    choices,
    decisionDays,
    counted,
    allowed,
    unary,
    typeLimit,
    minTotal,
    maxTotal,
    contracted,
    contractTolerance: rules['contracted-hours'].toleranceMinutes,
    weekendOf,
    weekendCount: weekendIndex.size,
    maxWeekends,
    maxRun,
    minRun,
    minOff,
    reach,
    minRestMinutes,
    splitGapMinutes: split,
    forbiddenNext,
    slotCount: S,
    slotMinimum,
    slotIdeal,
    slotWeightBelowMinimum,
    slotWeightBelowIdeal,
    slotWeightAboveIdeal,
    mixStart,
    mixSkill: Int32Array.from(mixSkillList),
    mixNeed: Int32Array.from(mixNeedList),
    personSkills,
    optionEvening,
    optionHoliday,
    fairEligible,
    fairBaseline,
    fairWte,
    fairTolerance: rules['fair-share'].tolerance,
    checkedRules,
    ledger,
  };
}

/** Slots below their ideal or their skill mix in the rota as given: the gaps 'fill-gaps' may fill. */
function slotsWithGaps(slots: Iterable<{ requirement: { ideal: number; skillMix?: readonly { skill: Skill; minimum: number }[] }; assigned: readonly WorkedShift[] }>, context: RotaContext): Set<number> {
  const open = new Set<number>();
  let index = 0;
  for (const slot of slots) {
    const valid = slot.assigned.filter((w) => countsTowardsCover(context.people.get(w.assignment.staffId), w.shift));
    const skillShort = (slot.requirement.skillMix ?? []).some((need) => valid.filter((w) => context.people.get(w.assignment.staffId)?.member.skills.includes(need.skill)).length < need.minimum);
    if (valid.length < slot.requirement.ideal || skillShort) open.add(index);
    index += 1;
  }
  return open;
}
