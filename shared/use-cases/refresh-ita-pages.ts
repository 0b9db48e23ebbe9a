// "The public ITA pages show this version's layout": an org's page /ita/{org}/{fy}/ is written when
// a document of the year is published or withdrawn, so after an upgrade that changes the page a year
// published before keeps the old page until its next publication (tester s46: an upgrade left
// "ครบกำหนด ๐: ตรงเวลา ๐ …" where the new page says why nothing is due). The operator's
// `npm run admin -- refresh-ita-pages` writes each again from what is published now; nothing is
// published, withdrawn or recorded. Key paths only: one Query per org and year, no Scan.
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { FISCAL_YEAR_MIN } from '../domain/id-patterns.js';
import { bangkokDate } from '../domain/plain-date.js';
import { itaPagePath, publicObjectKey } from '../domain/public-addresses.js';
import type { Repositories } from '../store/repositories.js';
import { allOrgIds } from './every-org.js';
import { type PublishingPorts, rewriteItaPage } from './publish-document.js';

/** One year's page: written again, or left because another writer held it ('busy': run again). */
export interface ItaPageRefresh {
  orgId: string;
  fy: number;
  outcome: 'rewritten' | 'busy';
}

/**
 * Writes again the ITA page of every year of `orgIds` (default every org of the registry) that has
 * a document published or a page (one whose documents were all withdrawn: "ยังไม่เผยแพร่"), or of
 * `years` only (BE). Without `years`: from FISCAL_YEAR_MIN to the fiscal year after today's (a plan
 * document may be published the year before its year). A year with neither is skipped. Oldest year
 * first per org. NotFoundError for an org of `orgIds` that does not exist.
 */
export async function refreshItaPages(
  ports: PublishingPorts & { repos: Pick<Repositories, 'orgs'> },
  request: { orgIds?: readonly string[]; years?: readonly number[] } = {},
): Promise<ItaPageRefresh[]> {
  const last = fiscalYearOf(bangkokDate(ports.clock())) + 1;
  const years = request.years ?? Array.from({ length: last - FISCAL_YEAR_MIN + 1 }, (_, i) => FISCAL_YEAR_MIN + i);
  const done: ItaPageRefresh[] = [];
  for (const orgId of request.orgIds ?? (await allOrgIds(ports.repos))) {
    if (request.orgIds && !(await ports.orgs.getOrg(orgId)))
      throw new NotFoundError(`ไม่พบองค์กร "${orgId}"`, `no organisation "${orgId}"`);
    const published = await Promise.all(
      years.map(
        async (fy) =>
          (await ports.publications.list(orgId, fy)).length > 0 ||
          (await ports.publicFiles.get(publicObjectKey(itaPagePath(orgId, fy))!)) !== undefined,
      ),
    );
    for (const fy of years.filter((_, i) => published[i])) {
      try {
        await rewriteItaPage(ports, orgId, fy);
        done.push({ orgId, fy, outcome: 'rewritten' });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        done.push({ orgId, fy, outcome: 'busy' });
      }
    }
  }
  return done;
}
