import type { WhatIfBody } from '@recordroom/contracts';
import { useMutation } from '@tanstack/react-query';
import { postWhatIf, type BudgetScope } from '../api/pay-api';

/** Asks the API what the changes would cost; a question, not a change, so nothing is invalidated. */
export function useWhatIf(scope: BudgetScope) {
  return useMutation({ mutationFn: (body: WhatIfBody) => postWhatIf(scope, body) });
}
