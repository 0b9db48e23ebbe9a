// A PDF with a permissions password (no password to open it) imported with its Thai silently
// corrupted: "ใชู" for "ใช้" (review 17 s9, entry 31). pdfjs decrypts it for its glyphs, but the
// /ActualText reader (pdf-lib) read the raw, encrypted content streams and found nothing. The
// standard security handler's revisions 2-4 (RC4 40/128 bit, AES-128) are now decrypted with the
// empty user password (a file encrypted otherwise is read from its glyphs, with a warning).
// The encrypted files are made here from a LibreOffice fixture, as ISO 32000-1 7.6.3 says
// (Algorithms 1-5): pdfjs reading them is the check that they are what a PDF writer makes.
import { createCipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFHexString, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { md5, PASSWORD_PADDING, rc4 } from '../support/inflating-pdf.js';

const FIXTURE = '30-garuda-font.pdf';
const plain = readFileSync(new URL(`../fixtures/plans/${FIXTURE}`, import.meta.url));

const le = (n: number, bytes: number) => Buffer.from(Array.from({ length: bytes }, (_, i) => (n >>> (8 * i)) & 255));

/** The fixture encrypted with an owner password only (the user password empty), revision `r`. */
async function encrypted(r: 2 | 3 | 4, aes = false): Promise<Uint8Array> {
  const doc = await PDFDocument.load(plain, { updateMetadata: false });
  const n = r === 2 ? 5 : 16;
  const p = -1340;
  const id0 = randomBytes(16);
  // Algorithm 3: /O from the owner password
  let ownerKey = md5(Buffer.concat([Buffer.from('owner123'), PASSWORD_PADDING]).subarray(0, 32));
  if (r >= 3) for (let i = 0; i < 50; i++) ownerKey = md5(ownerKey.subarray(0, n));
  let o = rc4(ownerKey.subarray(0, n), PASSWORD_PADDING);
  if (r >= 3)
    for (let i = 1; i <= 19; i++)
      o = rc4(
        ownerKey.subarray(0, n).map((b) => b ^ i),
        o,
      );
  // Algorithm 2: the file key; Algorithms 4-5: /U
  let key = md5(PASSWORD_PADDING, o, le(p, 4), id0);
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  key = key.subarray(0, n);
  let u: Uint8Array;
  if (r === 2) u = rc4(key, PASSWORD_PADDING);
  else {
    u = rc4(key, md5(PASSWORD_PADDING, id0));
    for (let i = 1; i <= 19; i++)
      u = rc4(
        key.map((b) => b ^ i),
        u,
      );
    u = Buffer.concat([u, Buffer.alloc(16)]);
  }
  // Algorithm 1: every stream with its object's key
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const objectKey = md5(
      key,
      le(ref.objectNumber, 3),
      le(ref.generationNumber, 2),
      ...(aes ? [Buffer.from('sAlT')] : []),
    ).subarray(0, Math.min(n + 5, 16));
    let data: Uint8Array;
    if (aes) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-128-cbc', objectKey, iv);
      data = Buffer.concat([iv, cipher.update(object.contents), cipher.final()]);
    } else data = rc4(objectKey, object.contents);
    doc.context.assign(ref, PDFRawStream.of(object.dict, data));
  }
  const dict = doc.context.obj({
    Filter: 'Standard',
    V: r === 2 ? 1 : r === 3 ? 2 : 4,
    R: r,
    Length: n * 8,
    P: p,
    O: PDFHexString.of(Buffer.from(o).toString('hex')),
    U: PDFHexString.of(Buffer.from(u).toString('hex')),
    ...(r === 4
      ? {
          CF: { StdCF: { CFM: aes ? 'AESV2' : 'V2', AuthEvent: 'DocOpen', Length: 16 } },
          StmF: 'StdCF',
          StrF: 'StdCF',
        }
      : {}),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(dict);
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of(id0.toString('hex')),
    PDFHexString.of(id0.toString('hex')),
  ]);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

const read = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  const { plan, warnings } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return { measures: plan.measures, codes: warnings.map((w) => w.code) };
};

describe('a PDF with a permissions password reads as the same PDF without one', () => {
  it.each([
    ['RC4 128-bit (revision 3), as LibreOffice writes it', () => encrypted(3)],
    ['RC4 40-bit (revision 2)', () => encrypted(2)],
    ['AES-128 (revision 4, AESV2)', () => encrypted(4, true)],
  ])('%s: the same measures, word for word, and no new warning', async (_, make) => {
    const before = await read(new Uint8Array(plain));
    expect(JSON.stringify(before.measures)).toContain('ใช้');
    const after = await read(await make());
    expect(after.measures).toEqual(before.measures);
    expect(after.codes).toEqual(before.codes);
  });
});
