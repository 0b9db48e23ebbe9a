// The styles of a Word file that hide their text (Font > Hidden: w:vanish in the style's w:rPr),
// themselves or through the styles they are based on (w:basedOn), from word/styles.xml (review 17
// s9, entry 32). A run's own w:vanish setting still wins over its styles (docx-visible-tokens.ts).

export interface HiddenStyles {
  /** character styles (w:rStyle) */
  character: ReadonlySet<string>;
  /** paragraph styles (w:pStyle): their runs and paragraph mark */
  paragraph: ReadonlySet<string>;
  /** the styles that strike their text through (w:strike, w:dstrike): read-docx.ts, struck-text.ts */
  struck?: { character: ReadonlySet<string>; paragraph: ReadonlySet<string> };
}

export const NO_HIDDEN_STYLES: HiddenStyles = { character: new Set(), paragraph: new Set() };

/** Each `<w:style ...>...</w:style>`: one pass with indexOf (no regex that backtracks over the file). */
export function* styleElements(xml: string): Generator<{ attrs: string; body: string }> {
  for (let at = xml.indexOf('<w:style'); at >= 0; at = xml.indexOf('<w:style', at)) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) return;
    const tag = xml.slice(at, tagEnd);
    at = tagEnd + 1;
    // <w:styles> and a self-closing style hold no style's content
    if (!/^<w:style\s/.test(tag) || tag.endsWith('/')) continue;
    const end = xml.indexOf('</w:style>', tagEnd);
    if (end < 0) return;
    at = end + '</w:style>'.length;
    yield { attrs: tag.slice('<w:style'.length), body: xml.slice(tagEnd + 1, end) };
  }
}
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];

/** The hidden styles of a styles part (undefined or unreadable: none). */
export function hiddenStyles(stylesXml: string | undefined): HiddenStyles {
  if (!stylesXml) return NO_HIDDEN_STYLES;
  const styles = new Map<string, { type: string; basedOn?: string; vanish?: boolean; strike?: boolean }>();
  for (const { attrs, body } of styleElements(stylesXml)) {
    const id = attr(attrs, 'w:styleId');
    if (!id) continue;
    const basedOn = /<w:basedOn\b([^>]*)\/?>/.exec(body)?.[1];
    const rPr = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const vanish = /<w:vanish\b([^>]*)\/?>/.exec(rPr);
    const strike = /<w:d?strike\b([^>]*)\/?>/.exec(rPr);
    styles.set(id, {
      type: attr(attrs, 'w:type') ?? 'paragraph',
      ...(basedOn ? { basedOn: attr(basedOn, 'w:val') } : {}),
      ...(vanish ? { vanish: toggledOn(vanish[1] ?? '') } : {}),
      ...(strike ? { strike: toggledOn(strike[1] ?? '') } : {}),
    });
  }
  const says = (id: string, property: 'vanish' | 'strike'): boolean => {
    // the nearest style in the chain that says, at most 20 deep (a cycle says nothing)
    let at: string | undefined = id;
    for (let depth = 0; at !== undefined && depth < 20; depth++) {
      const style = styles.get(at);
      if (!style) return false;
      if (style[property] !== undefined) return style[property];
      at = style.basedOn;
    }
    return false;
  };
  const sets = (property: 'vanish' | 'strike') => {
    const character = new Set<string>();
    const paragraph = new Set<string>();
    for (const [id, style] of styles) {
      if (!says(id, property)) continue;
      if (style.type === 'character') character.add(id);
      else if (style.type === 'paragraph') paragraph.add(id);
    }
    return { character, paragraph };
  };
  const struck = sets('strike');
  return {
    ...sets('vanish'),
    ...(struck.character.size + struck.paragraph.size > 0 ? { struck } : {}),
  };
}

/** A toggle property is on unless its w:val says off. */
const toggledOn = (attrs: string) => !/\bw:val\s*=\s*["'](0|false|off)["']/i.test(attrs);
