import { type OnCallAgreementDto, type PaySettingsDto } from '@recordroom/contracts';
import { type AfcBand } from '@recordroom/people';
import {
  DEFAULT_ON_CALL_AGREEMENT,
  DEFAULT_PENSIONABLE_POLICY,
  ENGLAND,
  englandTimeBands,
  payTermsResolver,
  UK_EMPLOYER_TAXES,
  type AgencyRateCard,
  type CoverPricingContext,
  type Nation,
  type NationPayRules,
  type OnCallAgreement,
  type PensionablePolicy,
} from '@recordroom/pay';
import { unprocessable } from '../http/problem.js';
import { type PaySettingsEntity } from './entities/pay-settings.entity.js';

/**
 * The nations whose pay rules are loaded (packages/pay data files). Wales, Scotland and Northern
 * Ireland are loaded the same way once their files exist; none is guessed in code.
 */
const LOADED_RULES: Partial<Record<Nation, NationPayRules>> = { england: ENGLAND };
const LOADED_NATIONS = Object.keys(LOADED_RULES) as Nation[];
const NATION_WORDS: Record<Nation, string> = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };

/** What an organisation's pay settings hold, in the domain's terms. */
export interface PaySettings {
  nation: Nation;
  agencyRateCard: Partial<Record<AfcBand, number>>;
  onCallAgreement: OnCallAgreementDto;
  pensionable: PensionablePolicy;
  /** Null while the defaults apply (no row saved). */
  version: number | null;
}

/**
 * The defaults until a trust saves its own (docs/pay.md "Settings"): England; no agency rate card
 * (agency cover is not priced until the trust's framework card is entered: rates are local
 * contracts, never national figures); the on-call defaults of @recordroom/pay
 * (DEFAULT_ON_CALL_AGREEMENT: the former national supplement percentages, call-outs at overtime
 * rates); pensionable pay as DEFAULT_PENSIONABLE_POLICY (basic and enhancements, not overtime or on-call).
 */
export const DEFAULT_PAY_SETTINGS: PaySettings = {
  nation: 'england',
  agencyRateCard: {},
  onCallAgreement: onCallAgreementToDto(DEFAULT_ON_CALL_AGREEMENT),
  pensionable: DEFAULT_PENSIONABLE_POLICY,
  version: null,
};

export function paySettingsOf(row: PaySettingsEntity | null): PaySettings {
  if (!row) return DEFAULT_PAY_SETTINGS;
  return { nation: row.nation, agencyRateCard: row.agencyRateCard, onCallAgreement: row.onCallAgreement, pensionable: row.pensionablePolicy, version: row.version };
}

export function toPaySettingsDto(settings: PaySettings): PaySettingsDto {
  return { ...settings, agencyRateCard: { ...settings.agencyRateCard }, loadedNations: LOADED_NATIONS };
}

/** JSON has no Infinity: the last "any less often" tier is stored with `atLeastOneIn: null`. */
function onCallAgreementToDto(agreement: OnCallAgreement): OnCallAgreementDto {
  const { availability } = agreement;
  return {
    ...agreement,
    availability:
      availability.kind === 'flat-per-session'
        ? availability
        : { kind: availability.kind, tiers: availability.tiers.map((t) => ({ atLeastOneIn: Number.isFinite(t.atLeastOneIn) ? t.atLeastOneIn : null, basisPoints: t.basisPoints })) },
  };
}

function onCallAgreementOf(dto: OnCallAgreementDto): OnCallAgreement {
  const { availability } = dto;
  return {
    ...dto,
    availability:
      availability.kind === 'flat-per-session'
        ? availability
        : { kind: availability.kind, tiers: availability.tiers.map((t) => ({ atLeastOneIn: t.atLeastOneIn ?? Number.POSITIVE_INFINITY, basisPoints: t.basisPoints })) },
  };
}

/** Everything the pay functions need for one organisation: its nation's rules, the UK taxes, its local settings. */
export interface PayContext extends CoverPricingContext {
  nation: Nation;
  rules: NationPayRules;
  pensionable: PensionablePolicy;
  onCallAgreement: OnCallAgreement;
}

export function rulesOf(nation: Nation): NationPayRules {
  const rules = LOADED_RULES[nation];
  if (!rules) throw unprocessable([{ field: 'nation', message: `has no pay tables in Recordroom yet for ${NATION_WORDS[nation]}; choose ${LOADED_NATIONS.map((n) => NATION_WORDS[n]).join(' or ')}, or load that nation's tables (docs/pay.md)` }]);
  return rules;
}

export function payContextOf(settings: PaySettings): PayContext {
  const rules = rulesOf(settings.nation);
  const agencyRates: AgencyRateCard = new Map(Object.entries(settings.agencyRateCard).map(([band, pence]) => [band as AfcBand, pence]));
  return {
    nation: settings.nation,
    rules,
    taxes: UK_EMPLOYER_TAXES,
    // England's wall clock and bank holidays; another nation's calendar comes with its rules file.
    calendar: englandTimeBands(rules),
    termsOn: payTermsResolver(rules),
    agencyRates,
    pensionable: settings.pensionable,
    onCallAgreement: onCallAgreementOf(settings.onCallAgreement),
  };
}
