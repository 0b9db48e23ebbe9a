// WordprocessingML is a namespace, not the prefix "w:" (review 17 s9, entry 5): a generator may
// bind it as the default namespace (<document xmlns="…/main"><body><p>…) or to another prefix
// (Python's ElementTree writes "ns0:"). Word and LibreOffice open such files; the Word readers
// match "w:" literally, so the part is given the "w:" prefix first.

const WORDPROCESSING_ML =
  /^(http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)$/;
const NAMESPACE = /\bxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*["']([^"']*)["']/g;
const TAG = /<(\/?)([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^<>]*)>/g;
const ATTRIBUTE = /(\s)([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?(\s*=)/g;

/**
 * A Word part (document.xml, styles.xml, numbering.xml) with WordprocessingML written with the
 * prefix "w:", whatever prefix (or none) its root element binds it to: unchanged when that is
 * already "w:" (as Word writes it). One pass over the tags.
 */
export function withWordPrefix(xml: string): string {
  const rootStart = xml.search(/<[A-Za-z_]/);
  const rootEnd = rootStart < 0 ? -1 : xml.indexOf('>', rootStart);
  if (rootEnd < 0) return xml;
  /** the prefixes the root binds to WordprocessingML ("" for the default namespace) */
  const bound = new Set<string>();
  for (const [, name, uri] of xml.slice(rootStart, rootEnd).matchAll(NAMESPACE)) {
    if (WORDPROCESSING_ML.test(uri ?? '')) bound.add(name ?? '');
  }
  bound.delete('w');
  if (bound.size === 0) return xml;
  const own = (p: string, local: string | undefined) => (local === undefined ? bound.has('') : bound.has(p));
  return xml.replace(TAG, (tag, slash: string, first: string, local: string | undefined, rest: string) => {
    if (!own(first, local)) return tag;
    const attrs = rest.replace(ATTRIBUTE, (whole, space: string, a: string, aLocal: string | undefined, eq: string) => {
      if (a === 'xmlns' || (aLocal === undefined && !bound.has(''))) return whole;
      if (aLocal === undefined) return `${space}w:${a}${eq}`;
      return a !== 'w' && bound.has(a) ? `${space}w:${aLocal}${eq}` : whole;
    });
    return `<${slash}w:${local ?? first}${attrs}>`;
  });
}
