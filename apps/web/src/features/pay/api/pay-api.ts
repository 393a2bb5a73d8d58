import type { AgencyPriceDto, EstablishmentDto, ForecastDto, PayTablesDto, PayViewDto, RotaCostDto, WhatIfBody, WhatIfResultDto } from '@recordroom/contracts';
import { apiClient, apiUrl } from '../../../api/api-client';

/** Which department and financial year a budget page is about; either may be left to the API's default. */
export interface BudgetScope {
  departmentId?: string;
  year?: string;
}

export function fetchEstablishment(scope: BudgetScope, signal?: AbortSignal): Promise<EstablishmentDto> {
  return apiClient.get<EstablishmentDto>('/pay/establishment', { query: { ...scope }, signal });
}

/** The establishment table as CSV, filtered as the page shows it. */
export function establishmentExportUrl(scope: BudgetScope, filter: { costCentre?: string; band?: string; vacantOnly?: 'true' }): string {
  return apiUrl('/pay/establishment.csv', { ...scope, ...filter });
}

export function fetchForecast(scope: BudgetScope, signal?: AbortSignal): Promise<ForecastDto> {
  return apiClient.get<ForecastDto>('/pay/forecast', { query: { ...scope }, signal });
}

export function fetchPayTables(signal?: AbortSignal): Promise<PayTablesDto> {
  return apiClient.get<PayTablesDto>('/pay/tables', { signal });
}

/** Nothing is written: the API answers today and the changes side by side. */
export function postWhatIf(scope: BudgetScope, body: WhatIfBody): Promise<WhatIfResultDto> {
  return apiClient.post<WhatIfResultDto>('/pay/what-if', body, { query: { ...scope } });
}

export function fetchRotaCost(periodId: string, signal?: AbortSignal): Promise<RotaCostDto> {
  return apiClient.get<RotaCostDto>(`/rota/periods/${encodeURIComponent(periodId)}/cost`, { signal });
}

export function fetchAgencyPrice(periodId: string, shiftId: string, signal?: AbortSignal): Promise<AgencyPriceDto> {
  return apiClient.get<AgencyPriceDto>(`/rota/periods/${encodeURIComponent(periodId)}/shifts/${encodeURIComponent(shiftId)}/agency-price`, { signal });
}

export function fetchMyPay(signal?: AbortSignal): Promise<PayViewDto> {
  return apiClient.get<PayViewDto>('/me/pay', { signal });
}

export function fetchStaffPay(staffId: string, signal?: AbortSignal): Promise<PayViewDto> {
  return apiClient.get<PayViewDto>(`/staff/${encodeURIComponent(staffId)}/pay`, { signal });
}
