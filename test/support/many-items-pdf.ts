// A PDF of one landscape page holding many short text items (review 17 s17, S17-5's PDF addendum:
// /tmp/rev17s17-in/adv/mkpdf.py): `count` Helvetica "ab" items at 4 pt, placed at random (seeded),
// on one line, or along a diagonal, with or without 120 ruled lines drawing a 59 x 59 grid. Written
// byte by byte, uncompressed: ~40 bytes an item, so 25,000 items make ~1 MB.

import { pdfFile } from './pdf-file.js';
import { seededRandom } from './seeded-random.js';

export type ItemPlacement = 'random' | 'line' | 'diagonal';

/** `marked`: each item in a marked-content sequence ("/P BMC … EMC"), as tagged PDFs write text. */
export function manyItemsPdf(count: number, placement: ItemPlacement, ruled = true, marked = false): Uint8Array {
  const random = seededRandom(1);
  const ops: string[] = [];
  for (let i = 0; i < count; i++) {
    const [x, y] =
      placement === 'line'
        ? [(i * 0.01) % 800, 300]
        : placement === 'diagonal'
          ? [(i * 0.013) % 800, 580 - ((i * 0.0105) % 570)]
          : [random() * 800, random() * 590];
    const item = `BT /F1 4 Tf ${x.toFixed(2)} ${y.toFixed(2)} Td (ab) Tj ET`;
    ops.push(marked ? `/P BMC ${item} EMC` : item);
  }
  if (ruled)
    for (let k = 0; k < 60; k++) {
      ops.push(`${10 + k * 13} 10 m ${10 + k * 13} 585 l S`);
      ops.push(`10 ${10 + k * 9.5} m 790 ${10 + k * 9.5} l S`);
    }
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return pdfFile(objects);
}
