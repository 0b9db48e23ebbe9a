// All of a fiscal year's obligations (of one unit, or the whole org; of one status, or all), page by page.
import { api } from './api-client.js';
import { apiPath } from '../../shared/api/api-path.js';
import type { ObligationStatus } from '../../shared/domain/obligations.js';
import type { Obligation, ObligationPage } from './api-types.js';

export async function loadObligations(fy: number, unit?: string, status?: ObligationStatus): Promise<Obligation[]> {
  const items: Obligation[] = [];
  let cursor: string | undefined;
  do {
    const page = await api<ObligationPage>(
      'GET',
      apiPath('/v1/fiscal-years/{fy}/obligations', { fy }, { limit: 200, unit, status, cursor }),
    );
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}
