import { type AfcBand } from '@recordroom/people';
import { NATIONS, type Nation } from '@recordroom/pay';
import { z } from 'zod';
import { version } from '../common/fields.js';
import { band, pence } from './pay-fields.js';

const basisPoints = z.number().int('must be whole basis points (1% = 100)').min(0).max(10_000);

/** A trust's local on-call agreement (OnCallAgreement of @recordroom/pay); `atLeastOneIn: null` is "any less often". */
const onCallAgreement = z.strictObject({
  availability: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('percent-of-basic-by-frequency'),
      tiers: z
        .array(z.strictObject({ atLeastOneIn: z.number().int().min(1).max(365).nullable(), basisPoints }))
        .min(1, 'must have at least one tier')
        .refine((tiers) => tiers.every((t, i) => i === 0 || (t.atLeastOneIn ?? Infinity) > (tiers[i - 1]?.atLeastOneIn ?? Infinity)), 'must list tiers most frequent first, each less often than the one before'),
    }),
    z.strictObject({ kind: z.literal('flat-per-session'), pencePerSession: pence }),
  ]),
  callOutPaidAs: z.enum(['overtime', 'plain-time']),
  minimumCallOutMinutes: z.number().int().min(0).max(480),
});

export const putPaySettingsSchema = z.strictObject({
  /** The version read; null when the organisation still has the defaults (no settings saved). */
  version: version.nullable(),
  nation: z.enum(NATIONS),
  /** An agency's charge per hour by band, in pence: the trust's framework rate card. */
  agencyRateCard: z.partialRecord(band, pence),
  onCallAgreement,
  pensionable: z.strictObject({ enhancements: z.boolean(), overtime: z.boolean(), onCall: z.boolean() }),
});
export type PutPaySettingsDto = z.infer<typeof putPaySettingsSchema>;
export type OnCallAgreementDto = z.infer<typeof onCallAgreement>;

/** GET /api/pay/settings: the organisation's pay settings, or the documented defaults. */
export interface PaySettingsDto {
  nation: Nation;
  agencyRateCard: Partial<Record<AfcBand, number>>;
  onCallAgreement: OnCallAgreementDto;
  pensionable: { enhancements: boolean; overtime: boolean; onCall: boolean };
  /** Null while the defaults apply. */
  version: number | null;
  /** The nations whose pay rules are loaded (only they may be chosen). */
  loadedNations: Nation[];
}
