import { useQuery } from '@tanstack/react-query';
import { fetchMyPay, fetchStaffPay } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

/** A person's pay: one's own (`staffId` null) or, for those who hold the budget, someone's in their scope. */
export function usePayView(staffId: string | null) {
  return useQuery({
    queryKey: staffId === null ? payQueryKeys.myPay() : payQueryKeys.staffPay(staffId),
    queryFn: ({ signal }) => (staffId === null ? fetchMyPay(signal) : fetchStaffPay(staffId, signal)),
  });
}
