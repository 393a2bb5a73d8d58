import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, type EntityManager } from 'typeorm';
import { MonthlySpendEntity } from './entities/monthly-spend.entity.js';

export type MonthlySpendValues = Pick<MonthlySpendEntity, 'organisationId' | 'departmentId' | 'costCentre' | 'month' | 'substantivePence' | 'bankPence' | 'agencyPence'>;

/** A department's spend by cost centre and month. */
@Injectable()
export class MonthlySpendRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every cost centre's spend from the first month to the last (first days, inclusive). */
  findSpendBetween(organisationId: string, departmentId: string, firstMonth: string, lastMonth: string): Promise<MonthlySpendEntity[]> {
    return this.dataSource.getRepository(MonthlySpendEntity).find({
      where: { organisationId, departmentId, month: Between(firstMonth, lastMonth) },
      order: { month: 'ASC', costCentre: 'ASC' },
    });
  }

  /** One month of one cost centre, locked for a change in the caller's transaction. */
  lockSpend(em: EntityManager, departmentId: string, costCentre: string, month: string): Promise<MonthlySpendEntity | null> {
    return em.getRepository(MonthlySpendEntity).findOne({ where: { departmentId, costCentre, month }, lock: { mode: 'pessimistic_write' } });
  }

  async insertSpend(em: EntityManager, values: MonthlySpendValues): Promise<MonthlySpendEntity> {
    const { identifiers } = await em.insert(MonthlySpendEntity, values);
    return em.getRepository(MonthlySpendEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  async updateSpend(em: EntityManager, id: string, amounts: Pick<MonthlySpendValues, 'substantivePence' | 'bankPence' | 'agencyPence'>): Promise<MonthlySpendEntity> {
    await em.update(MonthlySpendEntity, { id }, { ...amounts, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(MonthlySpendEntity).findOneByOrFail({ id });
  }
}
