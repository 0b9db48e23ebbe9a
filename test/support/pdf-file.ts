// A PDF file written byte by byte from its numbered objects (object i+1 is objects[i]; object 1 the
// catalog), with the cross-reference table and trailer (ISO 32000-1 §7.5). An object is its text, or
// byte parts (a stream's binary data between its dictionary and `endstream`).

/** A string of code points 0-255 as bytes. */
export const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The file's bytes; `version` goes in the header ("%PDF-1.4"), `trailer` into the trailer's dictionary. */
export function pdfFile(objects: readonly (string | Uint8Array[])[], version = '1.4', trailer = ''): Uint8Array {
  const chunks: Uint8Array[] = [latin1(`%PDF-${version}\n`)];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const add = (bytes: Uint8Array) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    add(latin1(`${i + 1} 0 obj\n`));
    for (const part of typeof body === 'string' ? [latin1(body)] : body) add(part);
    add(latin1('\nendobj\n'));
  });
  const xref = length;
  let end = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) end += `${String(offset).padStart(10, '0')} 00000 n \n`;
  end += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  add(latin1(end));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

/**
 * A real one-page PDF (A4, `label` written on it in Helvetica, printable ASCII without parentheses
 * or backslashes): the stand-in for a signed scan, which pdf.js opens.
 */
export function onePagePdf(label: string): Buffer {
  const content = `BT /F1 12 Tf 72 770 Td (${label}) Tj ET`;
  return Buffer.from(
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]),
  );
}
