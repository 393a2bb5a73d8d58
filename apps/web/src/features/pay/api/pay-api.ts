import type { AgencyPriceDto, CallOutDto, CreateCallOutDto, CreateEstablishmentLineDto, EstablishmentDto, EstablishmentLineDto, MonthlySpendDto, MonthlySpendImportResultDto, PutMonthlySpendDto, UpdateEstablishmentLineDto, ForecastDto, PayTablesDto, PayViewDto, RotaCostDto, WhatIfBody, WhatIfResultDto } from '@recordroom/contracts';
import { ApiError } from '../../../api/api-error';
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

export function createEstablishmentLine(body: CreateEstablishmentLineDto): Promise<EstablishmentLineDto> {
  return apiClient.post<EstablishmentLineDto>('/pay/establishment-lines', body);
}

/** A change to a line read at `version` (the body's); 409 if someone changed it since. */
export function updateEstablishmentLine(id: string, body: UpdateEstablishmentLineDto): Promise<EstablishmentLineDto> {
  return apiClient.patch<EstablishmentLineDto>(`/pay/establishment-lines/${encodeURIComponent(id)}`, body);
}

export function fetchMonthlySpend(scope: BudgetScope, signal?: AbortSignal): Promise<MonthlySpendDto[]> {
  return apiClient.get<MonthlySpendDto[]>('/pay/monthly-spend', { query: { ...scope }, signal });
}

export function putMonthlySpend(body: PutMonthlySpendDto): Promise<MonthlySpendDto> {
  return apiClient.put<MonthlySpendDto>('/pay/monthly-spend', body);
}

/** Sends the file itself as text/csv: all lines are written or none, errors come back by line. */
export async function importMonthlySpend(departmentId: string | undefined, file: Blob): Promise<MonthlySpendImportResultDto> {
  let response: Response;
  try {
    response = await fetch(apiUrl('/pay/monthly-spend/import', { departmentId }), { method: 'POST', credentials: 'include', headers: { Accept: 'application/json', 'Content-Type': 'text/csv' }, body: file });
  } catch (error) {
    throw ApiError.unreachable(error);
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  return (await response.json()) as MonthlySpendImportResultDto;
}

/** Logs time worked when called out, inside an on-call duty of the period. */
export function createCallOut(body: CreateCallOutDto): Promise<CallOutDto> {
  return apiClient.post<CallOutDto>('/pay/call-outs', body);
}
