// Review 17 s9, entry 5: a Word file whose WordprocessingML is the default namespace (<document
// xmlns="…/wordprocessingml/2006/main"><body><p>…, no "w:" prefix), valid XML that Word and
// LibreOffice open, gave 0 measures and "no measures table was found": the reader matched the
// prefix "w:" literally. The namespace decides now, whatever prefix it is bound to.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { withWordPrefix } from '../../shared/import/ooxml-prefix.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));

/** 05-standard.docx with the "w:" prefix of its Word parts rewritten by `rename` (elements and attributes). */
function reprefixed(rename: (xml: string) => string): Uint8Array {
  const zip = unzipSync(standard);
  for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml']) {
    if (zip[part]) zip[part] = strToU8(rename(strFromU8(zip[part])));
  }
  return zipSync(zip);
}
/** The WordprocessingML namespace as the default namespace: no prefix on its elements and attributes. */
const asDefault = (xml: string) =>
  xml
    .replace(/xmlns:w=/, 'xmlns=')
    .replace(/<(\/?)w:/g, '<$1')
    .replace(/(\s)w:([A-Za-z]+=)/g, '$1$2');
/** Bound to "ns0", as Python's ElementTree writes it. */
const asNs0 = (xml: string) =>
  xml
    .replace(/xmlns:w=/, 'xmlns:ns0=')
    .replace(/<(\/?)w:/g, '<$1ns0:')
    .replace(/(\s)w:([A-Za-z]+=)/g, '$1ns0:$2');
/** Default namespace for the elements, while the attributes keep "w:" (bound too). */
const defaultElementsOnly = (xml: string) =>
  xml.replace(/xmlns:w="([^"]*)"/, 'xmlns="$1" xmlns:w="$1"').replace(/<(\/?)w:/g, '<$1');

const summary = async (bytes: Uint8Array) => {
  const { kind, document } = await readPlanFile(bytes);
  const { plan, warnings } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return {
    kind,
    title: plan.title,
    warnings: warnings.map((w) => w.code),
    measures: plan.measures.map((m) => [
      m.indicator,
      m.title,
      m.followUps.map((f) => f.cadence),
      m.responsible.unitIds,
    ]),
  };
};

describe('WordprocessingML under another prefix reads as the file Word wrote', () => {
  it.each([
    ['as the default namespace, no prefix on elements or attributes (was 0 measures, no-measures)', asDefault],
    ['bound to "ns0" (ElementTree)', asNs0],
    ['as the default namespace for elements, attributes still "w:"', defaultElementsOnly],
  ])('%s', async (_, rename) => {
    const plain = await summary(standard);
    expect(plain.measures.length).toBeGreaterThan(2);
    const got = await summary(reprefixed(rename));
    expect(got).toEqual(plain);
  });

  it('a part already written with "w:" is left as it is; a namespace other than WordprocessingML is not renamed', () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>';
    expect(withWordPrefix(xml)).toBe(xml);
    const other = '<document xmlns="urn:other"><p val="1"/></document>';
    expect(withWordPrefix(other)).toBe(other);
  });
});
