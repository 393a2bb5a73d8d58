import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PaySettingsEntity } from './entities/pay-settings.entity.js';

export type PaySettingsValues = Pick<PaySettingsEntity, 'organisationId' | 'nation' | 'agencyRateCard' | 'onCallAgreement' | 'pensionablePolicy'>;

@Injectable()
export class PaySettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findSettings(organisationId: string, em: EntityManager = this.dataSource.manager): Promise<PaySettingsEntity | null> {
    return em.getRepository(PaySettingsEntity).findOneBy({ organisationId });
  }

  lockSettings(em: EntityManager, organisationId: string): Promise<PaySettingsEntity | null> {
    return em.getRepository(PaySettingsEntity).findOne({ where: { organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async insertSettings(em: EntityManager, values: PaySettingsValues): Promise<PaySettingsEntity> {
    await em.insert(PaySettingsEntity, values);
    return em.getRepository(PaySettingsEntity).findOneByOrFail({ organisationId: values.organisationId });
  }

  async updateSettings(em: EntityManager, values: PaySettingsValues): Promise<PaySettingsEntity> {
    const { organisationId, ...changes } = values;
    await em.update(PaySettingsEntity, { organisationId }, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(PaySettingsEntity).findOneByOrFail({ organisationId });
  }
}
