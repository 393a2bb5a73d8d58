import {
  type BandCostDto,
  type CallOutDto,
  type EstablishmentLineDto,
  type EstablishmentRowDto,
  type EstablishmentTotalsDto,
  type MonthlySpendDto,
  type OnCostsDto,
  type OutturnDto,
  type PayTableUsedDto,
  type SpendDto,
} from '@recordroom/contracts';
import { bandRank, type AfcBand } from '@recordroom/people';
import { type BandCost, type EmployerOnCosts, type EstablishmentRow, type EstablishmentSummary, type MonthlySpend, type Outturn, type PayTable } from '@recordroom/pay';
import { type EstablishmentLineEntity } from './entities/establishment-line.entity.js';
import { type MonthlySpendEntity } from './entities/monthly-spend.entity.js';
import { type CallOutRow } from './rota-pay.repository.js';

export function toEstablishmentLineDto(line: EstablishmentLineEntity): EstablishmentLineDto {
  return {
    id: line.id,
    departmentId: line.departmentId,
    financialYear: line.financialYear,
    costCentre: line.costCentre,
    band: line.band,
    fundedWte: line.fundedWte,
    budgetPence: line.budgetPence,
    version: line.version,
    updatedAt: line.updatedAt.toISOString(),
  };
}

export function establishmentLineAuditSnapshot(line: EstablishmentLineEntity): Record<string, unknown> {
  return { financialYear: line.financialYear, costCentre: line.costCentre, band: line.band, fundedWte: line.fundedWte, budgetPence: line.budgetPence, version: line.version };
}

export function toOnCostsDto(onCosts: EmployerOnCosts): OnCostsDto {
  return {
    nationalInsurancePence: onCosts.nationalInsurance,
    pensionLocalPence: onCosts.pensionLocal,
    pensionCentralPence: onCosts.pensionCentral,
    apprenticeshipLevyPence: onCosts.apprenticeshipLevy,
    totalLocalPence: onCosts.totalLocal,
  };
}

export function toPayTableUsedDto(table: PayTable): PayTableUsedDto {
  return { year: table.year, source: table.source, unverified: [...table.unverified] };
}

export function toEstablishmentRowDto(row: EstablishmentRow): EstablishmentRowDto {
  return {
    costCentre: row.costCentre,
    band: row.band,
    fundedWte: row.fundedWte,
    inPostWte: row.inPostWte,
    vacancyWte: row.vacancyWte,
    budgetPence: row.budget,
    inPostFullYearCostPence: row.inPostFullYearCost,
    headroomPence: row.headroom,
  };
}

export function toEstablishmentTotalsDto(totals: EstablishmentSummary['totals']): EstablishmentTotalsDto {
  return {
    fundedWte: totals.fundedWte,
    inPostWte: totals.inPostWte,
    vacancyWte: totals.vacancyWte,
    vacancyPercent: totals.vacancyPercent,
    budgetPence: totals.budget,
    inPostFullYearCostPence: totals.inPostFullYearCost,
    headroomPence: totals.headroom,
  };
}

/** Cost by band beside each band's budget: every band that has posts or a budget, in pay order. */
export function toBandCostDtos(costs: readonly BandCost[], budgetByBand: ReadonlyMap<AfcBand, number>): BandCostDto[] {
  const bands = new Set<AfcBand>([...costs.map((c) => c.band), ...budgetByBand.keys()]);
  return [...bands]
    .sort((a, b) => bandRank(a) - bandRank(b))
    .map((band) => {
      const cost = costs.find((c) => c.band === band);
      return {
        band,
        wte: cost?.wte ?? 0,
        basicPence: cost?.basic ?? 0,
        nationalInsurancePence: cost?.nationalInsurance ?? 0,
        pensionLocalPence: cost?.pensionLocal ?? 0,
        apprenticeshipLevyPence: cost?.apprenticeshipLevy ?? 0,
        totalPence: cost?.total ?? 0,
        budgetPence: budgetByBand.get(band) ?? 0,
      };
    });
}

function toSpendDto(spend: MonthlySpend): SpendDto {
  return { substantivePence: spend.substantive, bankPence: spend.bank, agencyPence: spend.agency, totalPence: spend.substantive + spend.bank + spend.agency };
}

export function toOutturnDto(outturn: Outturn): OutturnDto {
  return {
    months: outturn.months.map((m) => ({
      month: m.month,
      budgetPence: m.budget,
      actual: m.actual ? toSpendDto(m.actual) : null,
      forecast: m.forecast ? toSpendDto(m.forecast) : null,
      cumulativeBudgetPence: m.cumulativeBudget,
      cumulativeSpendPence: m.cumulativeSpend,
    })),
    budgetPence: outturn.budget,
    outturnPence: outturn.outturn,
    variancePence: outturn.variance,
    actualToDatePence: outturn.actualToDate,
  };
}

export function toMonthlySpendDto(spend: MonthlySpendEntity): MonthlySpendDto {
  return {
    id: spend.id,
    departmentId: spend.departmentId,
    costCentre: spend.costCentre,
    month: spend.month.slice(0, 7),
    substantivePence: spend.substantivePence,
    bankPence: spend.bankPence,
    agencyPence: spend.agencyPence,
    totalPence: spend.substantivePence + spend.bankPence + spend.agencyPence,
    version: spend.version,
    updatedAt: spend.updatedAt.toISOString(),
  };
}

export function monthlySpendAuditSnapshot(spend: MonthlySpendEntity): Record<string, unknown> {
  return { costCentre: spend.costCentre, month: spend.month.slice(0, 7), substantivePence: spend.substantivePence, bankPence: spend.bankPence, agencyPence: spend.agencyPence, version: spend.version };
}

export function toCallOutDto(row: CallOutRow): CallOutDto {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    staffId: row.staffId,
    staffName: row.staffName,
    dutyDate: row.dutyDate,
    start: row.startAt.toISOString(),
    end: row.endAt.toISOString(),
    minutes: Math.round((row.endAt.getTime() - row.startAt.getTime()) / 60_000),
    note: row.note,
    version: row.version,
  };
}
