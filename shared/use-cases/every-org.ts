// Every org of the registry, for the operator CLIs that walk them all.
import type { Repositories } from '../store/repositories.js';

/** The ids of every org in the registry, page by page (listOrgs: a Query of one partition, no Scan). */
export async function allOrgIds(repos: Pick<Repositories, 'orgs'>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.orgs.listOrgs(cursor ? { cursor } : {});
    ids.push(...page.items.map((o) => o.orgId));
    cursor = page.cursor;
  } while (cursor);
  return ids;
}
