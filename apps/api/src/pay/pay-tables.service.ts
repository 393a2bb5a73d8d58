import { Injectable } from '@nestjs/common';
import { type PayTablesDto } from '@recordroom/contracts';
import { bandRank } from '@recordroom/people';
import { hourlyRate } from '@recordroom/pay';
import { type CurrentUser } from '../auth/current-user.js';
import { PaySettingsService } from './pay-settings.service.js';

/** The pay tables of the organisation's nation, as its data file holds them. */
@Injectable()
export class PayTablesService {
  constructor(private readonly settings: PaySettingsService) {}

  async tables(user: CurrentUser): Promise<PayTablesDto> {
    const { rules } = await this.settings.contextFor(user.organisationId);
    return {
      nation: rules.nation,
      title: rules.title,
      tables: rules.payTables.map((table) => ({
        year: table.year,
        effectiveFrom: table.effectiveFrom,
        effectiveTo: table.effectiveTo,
        source: table.source,
        unverified: [...table.unverified],
        bands: [...table.bands.entries()]
          .sort(([a], [b]) => bandRank(a) - bandRank(b))
          .map(([band, scale]) => ({
            band,
            points: scale.points.map((pence, i) => ({ point: i + 1, yearsOnBand: scale.yearsToReach[i] ?? 0, annualSalaryPence: pence, hourlyRatePence: hourlyRate(pence) })),
          })),
      })),
      knownGaps: rules.knownGaps.map((gap) => ({ ...gap })),
    };
  }
}
