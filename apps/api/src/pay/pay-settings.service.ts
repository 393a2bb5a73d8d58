import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PaySettingsDto, type PutPaySettingsDto } from '@recordroom/contracts';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { staleVersion } from '../http/problem.js';
import { payContextOf, paySettingsOf, rulesOf, toPaySettingsDto, type PayContext } from './pay-settings.js';
import { PaySettingsRepository } from './pay-settings.repository.js';

/** An organisation's local pay settings, and the pay context every pay calculation of it uses. */
@Injectable()
export class PaySettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: PaySettingsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async get(user: CurrentUser): Promise<PaySettingsDto> {
    return toPaySettingsDto(paySettingsOf(await this.settings.findSettings(user.organisationId)));
  }

  async contextFor(organisationId: string): Promise<PayContext> {
    return payContextOf(paySettingsOf(await this.settings.findSettings(organisationId)));
  }

  /** Saves the settings (admins only: they are the trust's, not a department's). */
  async put(user: CurrentUser, body: PutPaySettingsDto): Promise<PaySettingsDto> {
    rulesOf(body.nation);
    return this.dataSource.transaction(async (em) => {
      const current = await this.settings.lockSettings(em, user.organisationId);
      const values = { organisationId: user.organisationId, nation: body.nation, agencyRateCard: body.agencyRateCard, onCallAgreement: body.onCallAgreement, pensionablePolicy: body.pensionable };
      // Null is "the defaults, nothing saved yet": someone saving first makes it stale too.
      if ((current?.version ?? null) !== body.version) throw staleVersion('pay settings', body.version ?? 0, current?.version ?? 0);
      const saved = current === null ? await this.settings.insertSettings(em, values) : await this.settings.updateSettings(em, values);
      await this.audit.record(em, user, {
        action: current === null ? 'create' : 'update',
        entityType: 'pay-settings',
        entityId: user.organisationId,
        departmentId: null,
        before: current === null ? null : snapshot(paySettingsOf(current)),
        after: snapshot(paySettingsOf(saved)),
      });
      return toPaySettingsDto(paySettingsOf(saved));
    });
  }
}

function snapshot(settings: ReturnType<typeof paySettingsOf>): Record<string, unknown> {
  return { ...settings };
}
