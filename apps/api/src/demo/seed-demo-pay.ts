import { type DemoPay } from '@recordroom/demo-department';
import { type EntityManager } from 'typeorm';
import { EstablishmentLineEntity } from '../pay/entities/establishment-line.entity.js';
import { MonthlySpendEntity } from '../pay/entities/monthly-spend.entity.js';
import { PaySettingsEntity } from '../pay/entities/pay-settings.entity.js';
import { DEFAULT_PAY_SETTINGS } from '../pay/pay-settings.js';

/**
 * Loads a generated pay budget (see generateDemoPay) inside the caller's transaction: each
 * department's establishment and spend so far this year, and the trust's pay settings with the
 * demo's example agency rate card (the other settings are the documented defaults).
 */
export async function seedDemoPay(em: EntityManager, organisationId: string, pay: DemoPay): Promise<void> {
  if (pay.establishment.length > 0) await em.insert(EstablishmentLineEntity, pay.establishment);
  if (pay.monthlySpend.length > 0) await em.insert(MonthlySpendEntity, pay.monthlySpend);
  await em.insert(PaySettingsEntity, {
    organisationId,
    nation: DEFAULT_PAY_SETTINGS.nation,
    agencyRateCard: pay.agencyRateCard,
    onCallAgreement: DEFAULT_PAY_SETTINGS.onCallAgreement,
    pensionablePolicy: DEFAULT_PAY_SETTINGS.pensionable,
  });
}
