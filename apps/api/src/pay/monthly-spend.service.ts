import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MonthlySpendDto, type MonthlySpendImportResultDto, type PayDepartmentQuery, type PutMonthlySpendDto } from '@recordroom/contracts';
import { financialYearOf, monthsOf } from '@recordroom/pay';
import { type Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { importTooLarge } from '../kpi/import/import-problems.js';
import { duplicate, staleVersion, unprocessable } from '../http/problem.js';
import { Clock } from '../time/clock.js';
import { type MonthlySpendEntity } from './entities/monthly-spend.entity.js';
import { readSpendCsv, type SpendLine } from './monthly-spend-csv.js';
import { MonthlySpendRepository } from './monthly-spend.repository.js';
import { type PayDepartment } from './pay-department.repository.js';
import { PayDepartments } from './pay-departments.js';
import { firstDayOf } from './pay-year.js';
import { monthlySpendAuditSnapshot, toMonthlySpendDto } from './pay.mapper.js';

type Amounts = Pick<MonthlySpendEntity, 'substantivePence' | 'bankPence' | 'agencyPence'>;

/** A department's spend by cost centre and month: entered one month at a time, or imported as a file (all or nothing). */
@Injectable()
export class MonthlySpendService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly departments: PayDepartments,
    private readonly spend: MonthlySpendRepository,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(user: CurrentUser, query: PayDepartmentQuery): Promise<MonthlySpendDto[]> {
    const department = await this.departments.forRequest(user, query.departmentId, 'read');
    const months = monthsOf(query.year ?? financialYearOf(this.clock.today()));
    const rows = await this.spend.findSpendBetween(user.organisationId, department.id, firstDayOf(months[0] ?? ''), firstDayOf(months.at(-1) ?? ''));
    return rows.map(toMonthlySpendDto);
  }

  /** Records one month: new without a version, or replacing the month read at `version`. */
  async put(user: CurrentUser, body: PutMonthlySpendDto): Promise<MonthlySpendDto> {
    const department = await this.departments.forRequest(user, body.departmentId, 'change');
    if (body.month > this.currentMonth()) throw unprocessable([{ field: 'month', message: `is a month still to come (${body.month}); spend is recorded once it is known` }]);
    return this.dataSource.transaction(async (em) => {
      const current = await this.spend.lockSpend(em, department.id, body.costCentre, firstDayOf(body.month));
      if (current && body.version === undefined) throw duplicate('month', `${body.month} is already recorded for cost centre ${body.costCentre}: send its version to replace it`);
      if (!current && body.version !== undefined) throw staleVersion('monthly spend', body.version, 0);
      if (current && current.version !== body.version) throw staleVersion('monthly spend', body.version ?? 0, current.version);
      const saved = await this.save(em, user, department, { line: 0, costCentre: body.costCentre, month: body.month, substantivePence: body.substantivePence, bankPence: body.bankPence, agencyPence: body.agencyPence }, current);
      return toMonthlySpendDto(saved.row);
    });
  }

  /**
   * A monthly spend file (docs/api/pay.md): every line checked first, errors reported by line and
   * nothing written; then every month written in one transaction, each change with its audit row.
   * A month already recorded is replaced by the file's figures (the ledger is the record).
   */
  async importCsv(user: CurrentUser, departmentId: string | undefined, body: Readable, contentLength: number | null): Promise<MonthlySpendImportResultDto> {
    if (contentLength !== null && contentLength > this.config.importMaxBytes) throw importTooLarge(this.config.importMaxBytes);
    const department = await this.departments.forRequest(user, departmentId, 'change');
    const lines = await readSpendCsv(body, { maxBytes: this.config.importMaxBytes, currentMonth: this.currentMonth() });
    return this.dataSource.transaction(async (em) => {
      const counts = { linesRead: lines.length, created: 0, updated: 0, unchanged: 0 };
      for (const line of lines) {
        const current = await this.spend.lockSpend(em, department.id, line.costCentre, firstDayOf(line.month));
        const { outcome } = await this.save(em, user, department, line, current);
        counts[outcome] += 1;
      }
      return counts;
    });
  }

  private async save(em: EntityManager, user: CurrentUser, department: PayDepartment, line: SpendLine, current: MonthlySpendEntity | null): Promise<{ row: MonthlySpendEntity; outcome: 'created' | 'updated' | 'unchanged' }> {
    const amounts: Amounts = { substantivePence: line.substantivePence, bankPence: line.bankPence, agencyPence: line.agencyPence };
    if (current && current.substantivePence === amounts.substantivePence && current.bankPence === amounts.bankPence && current.agencyPence === amounts.agencyPence) {
      return { row: current, outcome: 'unchanged' };
    }
    const row = current
      ? await this.spend.updateSpend(em, current.id, amounts)
      : await this.spend.insertSpend(em, { organisationId: user.organisationId, departmentId: department.id, costCentre: line.costCentre, month: firstDayOf(line.month), ...amounts });
    await this.audit.record(em, user, {
      action: current ? 'update' : 'create',
      entityType: 'monthly-spend',
      entityId: row.id,
      departmentId: department.id,
      before: current ? monthlySpendAuditSnapshot(current) : null,
      after: monthlySpendAuditSnapshot(row),
    });
    return { row, outcome: current ? 'updated' : 'created' };
  }

  private currentMonth(): string {
    return this.clock.today().slice(0, 7);
  }
}
