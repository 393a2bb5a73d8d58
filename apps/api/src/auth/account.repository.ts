import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AccountEntity } from './account.entity.js';

export interface AccountProfile {
  organisationName: string;
  departmentName: string | null;
}

@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findEnabledByEmail(email: string): Promise<AccountEntity | null> {
    return this.dataSource.getRepository(AccountEntity).findOne({ where: { email: email.trim().toLowerCase(), disabledAt: IsNull() } });
  }

  async findProfile(accountId: string): Promise<AccountProfile> {
    const rows: { organisation_name: string; department_name: string | null }[] = await this.dataSource.query(
      `SELECT o.name AS organisation_name, d.name AS department_name
         FROM account a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN department d ON d.id = a.department_id
        WHERE a.id = $1`,
      [accountId],
    );
    const row = rows[0];
    return { organisationName: row?.organisation_name ?? '', departmentName: row?.department_name ?? null };
  }
}
