import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateEstablishmentLineDto,
  type EstablishmentDto,
  type EstablishmentLineDto,
  type ExportEstablishmentQuery,
  type ForecastDto,
  type PayDepartmentQuery,
  type PositionDto,
  type UpdateEstablishmentLineDto,
  type WhatIfDto,
  type WhatIfResultDto,
} from '@recordroom/contracts';
import { type AfcBand } from '@recordroom/people';
import {
  costByBand,
  financialYearOf,
  fullYearPostCost,
  monthsOf,
  share,
  summariseEstablishment,
  whatIf,
  type EstablishmentLine,
  type FinancialYear,
  type MonthlySpend,
  type PayTable,
  type Post,
  type PostHolder,
  type Position,
  type WhatIfChanges,
} from '@recordroom/pay';
import { type Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { csvStream } from '../http/csv.js';
import { duplicate, notFound, staleVersion, unprocessable, type FieldError } from '../http/problem.js';
import { Clock } from '../time/clock.js';
import { type EstablishmentLineEntity } from './entities/establishment-line.entity.js';
import { EstablishmentRepository, type StaffPayRow } from './establishment.repository.js';
import { MonthlySpendRepository } from './monthly-spend.repository.js';
import { type PayDepartment } from './pay-department.repository.js';
import { PayDepartments } from './pay-departments.js';
import { ScopeService } from '../scope/scope.service.js';
import { type PayContext } from './pay-settings.js';
import { PaySettingsService } from './pay-settings.service.js';
import { bandPointProblem, budgetWte, firstDayOf, payTableForYear, poundsText } from './pay-year.js';
import {
  establishmentLineAuditSnapshot,
  toBandCostDtos,
  toEstablishmentLineDto,
  toEstablishmentRowDto,
  toEstablishmentTotalsDto,
  toOutturnDto,
  toPayTableUsedDto,
} from './pay.mapper.js';

/** Everything a department's year is costed from. */
interface YearInputs {
  department: PayDepartment;
  year: FinancialYear;
  context: PayContext;
  table: PayTable;
  lineEntities: EstablishmentLineEntity[];
  lines: EstablishmentLine[];
  staff: StaffPayRow[];
  holders: PostHolder[];
  actuals: MonthlySpend[];
}

/**
 * The establishment and budget of a department for a financial year: its funded lines (versioned,
 * audited), in-post from the staff records, the forecast outturn to March and what-if changes,
 * each figure from @recordroom/pay on the same inputs.
 */
@Injectable()
export class EstablishmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly departments: PayDepartments,
    private readonly establishment: EstablishmentRepository,
    private readonly spend: MonthlySpendRepository,
    private readonly settings: PaySettingsService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async listLines(user: CurrentUser, query: PayDepartmentQuery): Promise<EstablishmentLineDto[]> {
    const department = await this.departments.forRequest(user, query.departmentId, 'read');
    const lines = await this.establishment.findLinesForYear(user.organisationId, department.id, query.year ?? financialYearOf(this.clock.today()));
    return lines.map(toEstablishmentLineDto);
  }

  async createLine(user: CurrentUser, body: CreateEstablishmentLineDto): Promise<EstablishmentLineDto> {
    const department = await this.departments.forRequest(user, body.departmentId, 'change');
    const context = await this.settings.contextFor(user.organisationId);
    const table = payTableForYear(context.rules, body.financialYear, 'financialYear');
    const bandProblem = bandPointProblem(table, body.band, null);
    if (bandProblem) throw unprocessable([{ field: 'band', message: bandProblem }]);
    return this.dataSource.transaction(async (em) => {
      const values = { organisationId: user.organisationId, departmentId: department.id, financialYear: body.financialYear, costCentre: body.costCentre, band: body.band, fundedWte: body.fundedWte, budgetPence: body.budgetPence };
      if (await this.establishment.lineExists(em, values)) throw lineTaken(values);
      const created = await this.establishment.insertLine(em, values);
      await this.audit.record(em, user, { action: 'create', entityType: 'establishment-line', entityId: created.id, departmentId: department.id, before: null, after: establishmentLineAuditSnapshot(created) });
      return toEstablishmentLineDto(created);
    });
  }

  async updateLine(user: CurrentUser, id: string, body: UpdateEstablishmentLineDto): Promise<EstablishmentLineDto> {
    const { version, ...changes } = body;
    const context = await this.settings.contextFor(user.organisationId);
    return this.dataSource.transaction(async (em) => {
      const current = await this.establishment.lockLine(em, user.organisationId, id);
      if (!current) throw notFound('establishment line');
      this.scope.assertMayChangePay(user, current.departmentId, 'establishment line');
      if (current.version !== version) throw staleVersion('establishment line', version, current.version);
      const next = { ...current, ...changes };
      if (changes.band !== undefined) {
        const bandProblem = bandPointProblem(payTableForYear(context.rules, current.financialYear, 'financialYear'), changes.band, null);
        if (bandProblem) throw unprocessable([{ field: 'band', message: bandProblem }]);
      }
      if ((changes.band !== undefined || changes.costCentre !== undefined) && (await this.establishment.lineExists(em, next, id))) throw lineTaken(next);
      const updated = await this.establishment.updateLine(em, id, changes);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'establishment-line',
        entityId: id,
        departmentId: current.departmentId,
        before: establishmentLineAuditSnapshot(current),
        after: establishmentLineAuditSnapshot(updated),
      });
      return toEstablishmentLineDto(updated);
    });
  }

  async deleteLine(user: CurrentUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.establishment.lockLine(em, user.organisationId, id);
      if (!current) throw notFound('establishment line');
      this.scope.assertMayChangePay(user, current.departmentId, 'establishment line');
      if (current.version !== version) throw staleVersion('establishment line', version, current.version);
      await this.establishment.deleteLine(em, id);
      await this.audit.record(em, user, { action: 'delete', entityType: 'establishment-line', entityId: id, departmentId: current.departmentId, before: establishmentLineAuditSnapshot(current), after: null });
    });
  }

  /** Funded against in-post by cost centre and band, vacancies, the people in post and the cost by band. */
  async summary(user: CurrentUser, query: PayDepartmentQuery): Promise<EstablishmentDto> {
    const inputs = await this.yearInputs(user, query);
    const { department, year, context, holders, staff } = inputs;
    const summary = summariseEstablishment(year, inputs.lines, holders, context.rules, context.taxes);
    const rows = summary.rows.map(toEstablishmentRowDto);
    const byId = new Map(staff.map((s) => [s.id, s]));
    return {
      departmentId: department.id,
      departmentName: department.name,
      costCentre: department.costCentre,
      financialYear: year,
      payTable: toPayTableUsedDto(inputs.table),
      lines: inputs.lineEntities.map(toEstablishmentLineDto),
      rows,
      totals: toEstablishmentTotalsDto(summary.totals),
      vacancies: rows.filter((row) => row.vacancyWte > 0),
      inPost: holders.map((holder) => {
        const person = byId.get(holder.staffId);
        return {
          staffId: holder.staffId,
          name: person ? `${person.firstName} ${person.lastName}` : holder.staffId,
          jobTitle: person?.jobTitle ?? '',
          band: holder.band,
          payPoint: holder.payPoint,
          contractedHoursPerWeek: person?.contractedHoursPerWeek ?? 0,
          wte: holder.wte,
          costCentre: holder.costCentre,
          fullYearCostPence: fullYearPostCost(holder, year, context.rules, context.taxes).total,
        };
      }),
      costByBand: toBandCostDtos(costByBand(holders, year, context.rules, context.taxes), budgetByBand(inputs.lines)),
    };
  }

  /** The establishment table as CSV, filtered as the page filters it. */
  async exportCsv(user: CurrentUser, query: ExportEstablishmentQuery): Promise<Readable> {
    const { costCentre, band, vacantOnly, ...yearQuery } = query;
    const { rows } = await this.summary(user, yearQuery);
    const shown = rows.filter((row) => (costCentre === undefined || row.costCentre === costCentre) && (band === undefined || row.band === band) && (vacantOnly !== 'true' || row.vacancyWte > 0));
    return csvStream(
      ['Cost centre', 'Band', 'Funded WTE', 'In-post WTE', 'Vacancy WTE', 'Budget (£)', 'In-post full-year cost (£)', 'Headroom (£)'],
      shown.map((row) => [row.costCentre, row.band, row.fundedWte, row.inPostWte, row.vacancyWte, poundsText(row.budgetPence), poundsText(row.inPostFullYearCostPence), poundsText(row.headroomPence)]),
    );
  }

  /** Budget against actual and forecast by month to March (today's position of whatIf), and the cost by band. */
  async forecast(user: CurrentUser, query: PayDepartmentQuery): Promise<ForecastDto> {
    const inputs = await this.yearInputs(user, query);
    const { today } = whatIf(this.whatIfInput(inputs), {});
    return {
      departmentId: inputs.department.id,
      financialYear: inputs.year,
      payTable: toPayTableUsedDto(inputs.table),
      outturn: toOutturnDto(today.outturn),
      fullYearCostPence: today.fullYearCost,
      substantiveRunRatePence: share(today.establishment.totals.inPostFullYearCost, 1, 12),
      monthsWithActuals: today.outturn.months.filter((m) => m.actual !== null).length,
      costByBand: toBandCostDtos(costByBand(inputs.holders, inputs.year, inputs.context.rules, inputs.context.taxes), budgetByBand(inputs.lines)),
    };
  }

  /** Today and the changed establishment side by side; nothing is written. */
  async whatIf(user: CurrentUser, query: PayDepartmentQuery, body: WhatIfDto): Promise<WhatIfResultDto> {
    const inputs = await this.yearInputs(user, query);
    const changes = this.checkedChanges(inputs, body);
    const result = whatIf(this.whatIfInput(inputs), changes);
    const award = changes.payAwardBasisPoints ?? 0;
    const removed = new Set(changes.removeStaffIds);
    const regraded = new Map((changes.regrade ?? []).map((r) => [r.staffId, r]));
    const scenarioPosts: Post[] = [
      ...inputs.holders.filter((h) => !removed.has(h.staffId)).map((h) => ({ ...h, ...(regraded.get(h.staffId) ?? {}) })),
      ...(changes.addPosts ?? []),
    ];
    const { rules, taxes } = inputs.context;
    const budgets = budgetByBand(inputs.lines);
    const position = (p: Position, posts: readonly Post[], payAward: number): PositionDto => ({
      fullYearCostPence: p.fullYearCost,
      establishment: toEstablishmentTotalsDto(p.establishment.totals),
      outturn: toOutturnDto(p.outturn),
      costByBand: toBandCostDtos(costByBand(posts, inputs.year, rules, taxes, payAward), budgets),
    });
    return {
      departmentId: inputs.department.id,
      financialYear: inputs.year,
      today: position(result.today, inputs.holders, 0),
      scenario: position(result.scenario, scenarioPosts, award),
      difference: { fullYearCostPence: result.difference.fullYearCost, outturnPence: result.difference.outturn, variancePence: result.difference.variance },
    };
  }


  /** The department of a pay request, as the scope allows it (ScopeService.payDepartment), with its name and cost centre. */
  private async yearInputs(user: CurrentUser, query: PayDepartmentQuery): Promise<YearInputs> {
    const department = await this.departments.forRequest(user, query.departmentId, 'read');
    const year = query.year ?? financialYearOf(this.clock.today());
    const context = await this.settings.contextFor(user.organisationId);
    const table = payTableForYear(context.rules, year, 'year');
    const months = monthsOf(year);
    const [lineEntities, staff, spendRows] = await Promise.all([
      this.establishment.findLinesForYear(user.organisationId, department.id, year),
      this.establishment.findDepartmentStaff(user.organisationId, department.id),
      this.spend.findSpendBetween(user.organisationId, department.id, firstDayOf(months[0] ?? ''), firstDayOf(months.at(-1) ?? '')),
    ]);
    // Bank staff hold no post: their hours are the bank spend, not the establishment.
    const holders: PostHolder[] = staff
      .filter((s) => s.contractType !== 'bank')
      .map((s) => ({ staffId: s.id, costCentre: department.costCentre, band: s.band, payPoint: s.payPoint, wte: budgetWte(s.contractedHoursPerWeek) }));
    for (const holder of holders) {
      const problem = bandPointProblem(table, holder.band, holder.payPoint);
      if (problem) throw unprocessable([{ field: 'year', message: `cannot be costed: a member of staff is on Band ${holder.band} point ${holder.payPoint}, and ${problem}` }]);
    }
    const byMonth = new Map<string, MonthlySpend>();
    for (const row of spendRows) {
      const month = row.month.slice(0, 7);
      const sum = byMonth.get(month) ?? { month, substantive: 0, bank: 0, agency: 0 };
      byMonth.set(month, { month, substantive: sum.substantive + row.substantivePence, bank: sum.bank + row.bankPence, agency: sum.agency + row.agencyPence });
    }
    const lines = lineEntities.map((l) => ({ costCentre: l.costCentre, band: l.band, fundedWte: l.fundedWte, budget: l.budgetPence }));
    return { department, year, context, table, lineEntities, lines, staff, holders, actuals: [...byMonth.values()] };
  }

  private whatIfInput(inputs: YearInputs) {
    return { year: inputs.year, lines: inputs.lines, holders: inputs.holders, actuals: inputs.actuals, rules: inputs.context.rules, taxes: inputs.context.taxes };
  }

  /** The what-if body checked against the year's table and the people in post, every problem named by its field. */
  private checkedChanges(inputs: YearInputs, body: WhatIfDto): WhatIfChanges {
    const errors: FieldError[] = [];
    const months = monthsOf(inputs.year);
    const inPost = new Set(inputs.holders.map((h) => h.staffId));
    body.addPosts.forEach((post, i) => {
      const problem = bandPointProblem(inputs.table, post.band, post.payPoint);
      if (problem) errors.push({ field: `addPosts.${i}.payPoint`, message: problem });
      if (post.fromMonth !== undefined && !months.includes(post.fromMonth)) errors.push({ field: `addPosts.${i}.fromMonth`, message: `is not a month of ${inputs.year} (${months[0] ?? ''} to ${months.at(-1) ?? ''})` });
    });
    body.removeStaffIds.forEach((id, i) => {
      if (!inPost.has(id)) errors.push({ field: `removeStaffIds.${i}`, message: 'is not in post in this department' });
    });
    body.regrade.forEach((change, i) => {
      if (!inPost.has(change.staffId)) errors.push({ field: `regrade.${i}.staffId`, message: 'is not in post in this department' });
      const problem = bandPointProblem(inputs.table, change.band, change.payPoint);
      if (problem) errors.push({ field: `regrade.${i}.payPoint`, message: problem });
    });
    if (errors.length > 0) throw unprocessable(errors);
    return {
      addPosts: body.addPosts.map((post) => ({ costCentre: post.costCentre ?? inputs.department.costCentre, band: post.band, payPoint: post.payPoint, wte: post.wte, ...(post.fromMonth ? { fromMonth: post.fromMonth } : {}) })),
      removeStaffIds: body.removeStaffIds,
      regrade: body.regrade,
      // Percent with at most two decimals (checked by the schema) as whole basis points.
      payAwardBasisPoints: Math.round(body.payAwardPercent * 100),
    };
  }
}

function budgetByBand(lines: readonly EstablishmentLine[]): Map<AfcBand, number> {
  const budgets = new Map<AfcBand, number>();
  for (const line of lines) budgets.set(line.band, (budgets.get(line.band) ?? 0) + line.budget);
  return budgets;
}

function lineTaken(line: { financialYear: string; costCentre: string; band: AfcBand }) {
  return duplicate('band', `already has a line in cost centre ${line.costCentre} for ${line.financialYear}; change that line instead`);
}
