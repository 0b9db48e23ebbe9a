// A .docx made in Word Online (main part word/document2.xml) was refused as "neither .docx nor
// .xlsx" (review 17 s9, entry 2): the main part is the target of the package's officeDocument
// relationship (_rels/.rels), for Word and Excel files alike.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));

/** The package with its part `from` renamed `to` (its relationships part too), as the package names it. */
function renamedMainPart(bytes: Uint8Array, from: string, to: string, keepOld?: string): Uint8Array {
  const zip = unzipSync(bytes);
  const rels = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');
  zip[to] = zip[from]!;
  if (zip[rels(from)]) zip[rels(to)] = zip[rels(from)]!;
  delete zip[from];
  delete zip[rels(from)];
  if (keepOld !== undefined) zip[from] = strToU8(keepOld);
  const swap = (name: string) => (zip[name] = strToU8(strFromU8(zip[name]!).split(from).join(to)));
  swap('_rels/.rels');
  swap('[Content_Types].xml');
  return zipSync(zip);
}
const summary = async (bytes: Uint8Array) => {
  const { kind, document } = await readPlanFile(bytes);
  const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return {
    kind,
    measures: plan.measures.map((m) => [m.indicator, m.followUps.map((f) => f.cadence), m.responsible.unitIds]),
  };
};

describe('the main part is the one _rels/.rels names', () => {
  it.each([
    [
      'a Word Online file (word/document2.xml)',
      '05-standard.docx',
      'word/document.xml',
      'word/document2.xml',
      undefined,
    ],
    [
      'a Word file whose main part is word/main.xml, beside a stale word/document.xml',
      '05-standard.docx',
      'word/document.xml',
      'word/main.xml',
      '<w:document><w:body><w:p><w:r><w:t>เก่า</w:t></w:r></w:p></w:body></w:document>',
    ],
    // the main part at the package root, as some generators write it (was "neither .docx nor .xlsx")
    [
      'a Word file whose main part is document.xml at the package root',
      '05-standard.docx',
      'word/document.xml',
      'document.xml',
      undefined,
    ],
    [
      'a Word file whose main part is in another folder (doc/main.xml)',
      '05-standard.docx',
      'word/document.xml',
      'doc/main.xml',
      undefined,
    ],
    [
      'a Word file whose main part is at the root, beside a stale word/document.xml',
      '05-standard.docx',
      'word/document.xml',
      'plan.xml',
      '<w:document><w:body><w:p><w:r><w:t>เก่า</w:t></w:r></w:p></w:body></w:document>',
    ],
    ['a workbook whose part is xl/workbook2.xml', '09-standard.xlsx', 'xl/workbook.xml', 'xl/workbook2.xml', undefined],
  ])('%s reads as the plain file', async (_, name, from, to, keepOld) => {
    const plain = await summary(fixture(name));
    expect(plain.measures).toHaveLength(3);
    expect(await summary(renamedMainPart(fixture(name), from, to, keepOld))).toEqual(plain);
  });
});
