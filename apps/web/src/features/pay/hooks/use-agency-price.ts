import { useQuery } from '@tanstack/react-query';
import { fetchAgencyPrice } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

export function useAgencyPrice(periodId: string, shiftId: string) {
  return useQuery({ queryKey: payQueryKeys.agencyPrice(periodId, shiftId), queryFn: ({ signal }) => fetchAgencyPrice(periodId, shiftId, signal), enabled: shiftId !== '' });
}
