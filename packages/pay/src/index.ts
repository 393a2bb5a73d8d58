export { formatPence, poundsToPence, roundHalfUp, share, type Pence } from './money/pence.js';
export { type Dated, inForceOn } from './tables/dated.js';
export { PayLookupError, PayRulesError, type PayRulesIssue } from './tables/pay-rules-error.js';
export {
  loadNationPayRules,
  NATIONS,
  type BandScale,
  type EmployerPensionRates,
  type Nation,
  type NationPayRules,
  type OvertimeRules,
  type PayTable,
  type UnsocialHoursRates,
} from './tables/nation-pay-rules.js';
export { annualSalary, bandScale, payPointAfterYears, payTableOn } from './tables/pay-table-lookup.js';
export { timeBandSegments, type TimeBand, type TimeBandCalendar, type TimeSegment, type WorkPeriod } from './enhancements/time-bands.js';
export { zonedTime, type LocalMoment, type ZonedTime } from './time/london-time.js';
export { ANNUAL_HOURS_TENTHS, hourlyRate } from './cost/hourly-rate.js';
export { shiftPay, type PayTerms, type ShiftPay } from './cost/shift-pay.js';
export { payTermsResolver } from './cost/pay-terms.js';
export { costPersonShifts, sumShiftPay, type CostedShift, type PayPosition, type PersonPayContext, type ShiftToCost } from './cost/cost-person-shifts.js';
export { apprenticeshipLevyOn, loadEmployerTaxes, nationalInsuranceOn, type ApprenticeshipLevy, type EmployerNationalInsurance, type EmployerTaxes } from './on-costs/employer-taxes.js';
export { employerOnCosts, type EmployerOnCosts, type OnCostInput, type ThresholdPeriod } from './on-costs/employer-on-costs.js';
export { ENGLAND, englandTimeBands, UK_EMPLOYER_TAXES } from './nations.js';
export { costRota, type CostBreakdown, type PersonCost, type RotaCost, type RotaCostInput } from './cost/cost-rota.js';
export { DEFAULT_PENSIONABLE_POLICY, pensionablePay, type PensionablePolicy } from './cost/pensionable-pay.js';
export { priceCoverOption, type AgencyRateCard, type CoverOption, type CoverPrice, type CoverPricingContext } from './cover/price-cover-option.js';
export { financialYearDates, financialYearOf, monthsOf, type FinancialYear } from './establishment/financial-year.js';
export { fullYearPostCost, type Post, type PostCost } from './establishment/post-cost.js';
export { costByBand, type BandCost } from './establishment/cost-by-band.js';
export { summariseEstablishment, type EstablishmentLine, type EstablishmentRow, type EstablishmentSummary, type PostHolder } from './establishment/establishment.js';
export { forecastOutturn, type ForecastMonth, type MonthlySpend, type Outturn, type OutturnInput } from './establishment/forecast-outturn.js';
export { whatIf, type Position, type WhatIfChanges, type WhatIfInput, type WhatIfResult } from './establishment/what-if.js';
export { DEFAULT_ON_CALL_AGREEMENT, type OnCallAgreement } from './on-call/on-call-agreement.js';
export { onCallPay, type OnCallPay, type OnCallPeriod } from './on-call/on-call-pay.js';
