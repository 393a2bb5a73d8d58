import { Injectable } from '@nestjs/common';
import { type PayViewDto } from '@recordroom/contracts';
import { annualSalary, bandScale, financialYearOf, fullYearPostCost, hourlyRate, payTableOn } from '@recordroom/pay';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden, notFound } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { Clock } from '../time/clock.js';
import { EstablishmentRepository, type StaffPayRow } from './establishment.repository.js';
import { PaySettingsService } from './pay-settings.service.js';
import { budgetWte } from './pay-year.js';
import { toPayTableUsedDto } from './pay.mapper.js';
import { PeriodCost } from './period-cost.js';
import { RotaPayRepository } from './rota-pay.repository.js';

/**
 * A person's own pay: salary at their point, hourly rate, the points of their band and when each
 * is due, and the pay of their shifts and on-call in the rota period running today. Everyone may
 * see their own; others' as ScopeService.assertMayReadPersonPay allows.
 */
@Injectable()
export class PayViewService {
  constructor(
    private readonly staffRecords: EstablishmentRepository,
    private readonly rota: RotaPayRepository,
    private readonly settings: PaySettingsService,
    private readonly periods: PeriodCost,
    private readonly clock: Clock,
    private readonly scope: ScopeService,
  ) {}

  async mine(user: CurrentUser): Promise<PayViewDto> {
    if (!user.staffMemberId) throw forbidden('Your account has no staff record, so there is no pay of yours to show.');
    return this.forStaff(user, user.staffMemberId);
  }

  async forStaff(user: CurrentUser, staffId: string): Promise<PayViewDto> {
    if (staffId !== user.staffMemberId && !this.scope.seesPay(user)) throw forbidden('You can see your own pay only.');
    const person = await this.staffRecords.findStaffMember(user.organisationId, staffId);
    if (!person) throw notFound('staff member');
    this.scope.assertMayReadPersonPay(user, person);
    return this.view(user.organisationId, person);
  }

  private async view(organisationId: string, person: StaffPayRow): Promise<PayViewDto> {
    const today = this.clock.today();
    const context = await this.settings.contextFor(organisationId);
    const table = payTableOn(context.rules, today);
    const year = financialYearOf(today);
    const salary = annualSalary(table, person.band, person.payPoint);
    const scale = bandScale(table, person.band);
    const wte = budgetWte(person.contractedHoursPerWeek);
    const period = await this.rota.findVisiblePeriodOn(organisationId, person.departmentId, today);
    const costed = period ? await this.periods.cost(organisationId, period, context, person.id) : null;
    const mine = costed?.rota.people.find((p) => p.staffId === person.id);
    const onCall = costed?.onCall.get(person.id);
    return {
      staffId: person.id,
      name: `${person.firstName} ${person.lastName}`,
      band: person.band,
      payPoint: person.payPoint,
      contractedHoursPerWeek: person.contractedHoursPerWeek,
      wte,
      financialYear: year,
      payTable: toPayTableUsedDto(table),
      annualSalaryPence: salary,
      annualPayPence: fullYearPostCost({ band: person.band, payPoint: person.payPoint, wte }, year, context.rules, context.taxes).basic,
      hourlyRatePence: hourlyRate(salary),
      progression: scale.points.map((pence, index) => ({
        point: index + 1,
        yearsOnBand: scale.yearsToReach[index] ?? 0,
        annualSalaryPence: pence,
        hourlyRatePence: hourlyRate(pence),
        current: index + 1 === person.payPoint,
      })),
      period:
        period && costed
          ? {
              id: period.id,
              name: period.name,
              startDate: period.startDate,
              endDate: period.endDate,
              shifts: costed.duties
                .filter((d) => !d.onCall)
                .map((duty) => {
                  const shift = mine?.shifts.find((s) => s.id === duty.assignmentId);
                  return {
                    date: duty.date,
                    shiftTypeCode: duty.shiftTypeCode,
                    shiftTypeName: duty.shiftTypeName,
                    start: duty.startTime,
                    end: duty.endTime,
                    paidMinutes: shift ? shift.minutes.plain + shift.minutes.lower + shift.minutes.higher + shift.minutes.overtime + shift.minutes.timeOffInLieu : 0,
                    overtimeMinutes: shift?.minutes.overtime ?? 0,
                    basicPence: shift?.basic ?? 0,
                    enhancementsPence: shift?.enhancements ?? 0,
                    overtimePence: shift?.overtime ?? 0,
                    totalPence: shift?.total ?? 0,
                  };
                }),
              basicPence: mine?.basic ?? 0,
              enhancementsPence: mine?.enhancements ?? 0,
              overtimePence: mine?.overtime ?? 0,
              onCall: {
                sessions: onCall?.sessions ?? 0,
                callOuts: onCall?.callOutCount ?? 0,
                callOutMinutes: onCall?.callOutMinutes ?? 0,
                availabilityPence: onCall?.availability ?? 0,
                callOutsPence: onCall?.callOuts ?? 0,
                totalPence: onCall?.total ?? 0,
              },
              payPence: mine?.pay ?? 0,
            }
          : null,
    };
  }
}
