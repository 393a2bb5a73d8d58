export const CONTRACT_TYPES = ['permanent', 'fixed-term', 'bank'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/**
 * Contracted hours a week that a record may hold: 0 (bank staff, no guaranteed hours) up to the
 * 48-hour Working Time Regulations average (../shared/domain/working-time.md §1).
 */
export const CONTRACTED_HOURS_LIMITS = { min: 0, max: 48 } as const;

export function isContractType(value: unknown): value is ContractType {
  return typeof value === 'string' && (CONTRACT_TYPES as readonly string[]).includes(value);
}
