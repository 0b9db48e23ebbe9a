// What a public address with nothing to serve answers, locally (infra/local/public-area.ts) and in
// AWS (functions/public-not-found, CloudFront's fallback origin for /ita/*): a Thai page, 404, that
// says the document may have been withdrawn or replaced, and links to the pages the address leads to.
// Built from the org id and year read from the address and the years that have a page, never from
// the address's text itself.
import { OrgId } from '../domain/ids.js';
import { itaPagePath, PAGE_CONTENT_TYPE } from '../domain/public-addresses.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { ITA_PAGE_STYLE } from './ita-page.js';

export const NOT_FOUND_STATUS = 404;
export const NOT_FOUND_CONTENT_TYPE = PAGE_CONTENT_TYPE;
/** as the public copies: a document published at the address shows within a minute */
export const NOT_FOUND_CACHE_CONTROL = 'max-age=60';

/** The org id an address under /ita/ names, if it is one; and its year segment as written. */
export function notFoundAddress(path: string): { orgId?: string; fy?: string } {
  const [, root, org, fy] = path.split('/');
  if (root !== 'ita' || !org || !OrgId.safeParse(org).success) return {};
  return { orgId: org, ...(fy ? { fy } : {}) };
}

const yearLink = (orgId: string, fy: number) =>
  `<a href="${itaPagePath(orgId, fy)}">ข้อมูลเผยแพร่ ITA ปีงบประมาณ พ.ศ. ${toThaiDigits(fy)}</a>`;

/**
 * The page for `path`, given the years the org named in it has a page for (newest first): the
 * address's own year first when it has one, else every year the org has; none for an org with none.
 */
export function renderNotFoundPage(path: string, years: readonly number[]): string {
  const { orgId, fy } = notFoundAddress(path);
  const own = orgId && years.find((y) => String(y) === fy);
  const where = !orgId
    ? ''
    : own
      ? `<p>ดูเอกสารที่เผยแพร่อยู่ในปัจจุบันได้ที่หน้า ${yearLink(orgId, own)}</p>`
      : years.length
        ? `<h2>หน้าข้อมูลเผยแพร่ ITA ของหน่วยงานนี้</h2><ul class="files">${years.map((y) => `<li>${yearLink(orgId, y)}</li>`).join('')}</ul>`
        : '';
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>ไม่พบเอกสาร</title><style>${ITA_PAGE_STYLE}</style></head>
<body><main>
<h1>ไม่พบเอกสารตามที่อยู่นี้</h1>
<p>เอกสารอาจถูกถอนการเผยแพร่ หรือถูกแทนที่ด้วยฉบับใหม่กว่า หรือที่อยู่อาจพิมพ์ไม่ถูกต้อง</p>
<p lang="en">Document not found: it may have been withdrawn or replaced by a newer edition, or the address may be mistyped.</p>
${where || '<p class="none">ไม่พบหน้าข้อมูลเผยแพร่ ITA ของหน่วยงานตามที่อยู่นี้ กรุณาตรวจสอบที่อยู่กับหน่วยงานอีกครั้ง</p>'}
<footer>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</footer>
</main></body></html>
`;
}

/** The page for `path`, asking the years of the org it names; without them when that fails. */
export async function notFoundPage(
  path: string,
  yearsOf: (orgId: string) => Promise<number[]>,
  onError: (error: unknown) => void = () => {},
): Promise<string> {
  const { orgId } = notFoundAddress(path);
  let years: number[] = [];
  if (orgId) {
    try {
      years = await yearsOf(orgId);
    } catch (error) {
      onError(error);
    }
  }
  return renderNotFoundPage(path, years);
}
