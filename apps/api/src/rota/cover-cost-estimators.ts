import { type CostEstimator, type RotaContext } from '@recordroom/rota';
import { type CurrentUser } from '../auth/current-user.js';

/**
 * The rota's seam for what cover costs (the pay module provides it): a CostEstimator for one
 * department's rota as the checker loaded it, or null when the caller may not see pay (officers)
 * or nothing can be priced. The planner passes it to rankCoverCandidates, which shows each
 * candidate's price and ranks by it.
 */
export abstract class CoverCostEstimators {
  abstract forRota(user: CurrentUser, departmentId: string, context: RotaContext): Promise<CostEstimator | null>;
}
