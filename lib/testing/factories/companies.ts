// Business customers: a company and its members with their company roles.
import type { Executor } from '@/db/client';
import { companies, companyMembers } from '@/db/schema';
import type { CompanyRole } from '@/lib/platform/auth/permissions.rules';
import { makeCustomer, type MadeUser, type UserOverrides } from './people';
import { uniqueSuffix } from './unique';

export type MadeCompany = {
  id: string;
  name: string;
  customerNumber: string;
  members: Array<MadeUser & { role: CompanyRole }>;
};

/** Members without `user` are made as new customer accounts. */
export async function makeCompany(
  db: Executor,
  overrides: {
    name?: string;
    customerNumber?: string;
    vatId?: string | null;
    active?: boolean;
    members?: Array<UserOverrides & { role: CompanyRole; user?: MadeUser }>;
  } = {},
): Promise<MadeCompany> {
  const suffix = uniqueSuffix();
  const [row] = await db
    .insert(companies)
    .values({
      name: overrides.name ?? `Company ${suffix} GmbH`,
      customerNumber: overrides.customerNumber ?? `K-${suffix}`,
      vatId: overrides.vatId ?? null,
      active: overrides.active ?? true,
    })
    .returning({ id: companies.id, name: companies.name, customerNumber: companies.customerNumber });
  const members: MadeCompany['members'] = [];
  for (const { role, user, ...account } of overrides.members ?? []) {
    const member = user ?? (await makeCustomer(db, account));
    await db.insert(companyMembers).values({ companyId: row!.id, userId: member.id, role });
    members.push({ ...member, role });
  }
  return { ...row!, members };
}
