// A cell's fill (background colour) as one short key, for a Gantt's bars drawn by colour (review 17
// s24, S24-15): an Excel pattern fill, a Word cell's shading (w:shd in w:tcPr). "" is no fill: none,
// white, or automatic. Keys only compare fills of one document ("5B9BD5", "theme4:-0.25", "indexed10").
import type ExcelJS from 'exceljs';
import { isWhite } from './xlsx-hidden-cells.js';

/** Excel's palette indexes of white (1, 9) and of the system's automatic colours (64, 65). */
const WHITE_INDEXES = new Set([1, 9]);
const AUTO_INDEXES = new Set([64, 65]);

/** An Excel colour's key; "" for none, white or automatic. */
function excelColour(color: Partial<ExcelJS.Color> | undefined): string {
  if (!color || isWhite(color)) return '';
  if (typeof color.argb === 'string') {
    // the alpha byte is not shown: "FF5B9BD5" and "5B9BD5" are one colour
    const rgb = color.argb.slice(-6).toUpperCase();
    return rgb === 'FFFFFF' ? '' : rgb;
  }
  const tint = (color as { tint?: number }).tint;
  if (typeof color.theme === 'number') return `theme${color.theme}${tint ? `:${tint}` : ''}`;
  const indexed = (color as { indexed?: number }).indexed;
  return typeof indexed === 'number' && !WHITE_INDEXES.has(indexed) && !AUTO_INDEXES.has(indexed)
    ? `indexed${indexed}`
    : '';
}

/** A colour that is white (no mark even as a pattern's dots). */
const whiteColour = (color: Partial<ExcelJS.Color> | undefined) =>
  !!color &&
  (isWhite(color) ||
    (typeof color.argb === 'string' && color.argb.slice(-6).toUpperCase() === 'FFFFFF') ||
    WHITE_INDEXES.has((color as { indexed?: number }).indexed ?? -1));

/**
 * An Excel cell's fill as a key ("" for none): a solid pattern is its colour (fgColor; white or
 * automatic: none), another pattern (a hatch, "lightGray") its name and colour (black dots when
 * automatic: a shade, unless white), a gradient its first coloured stop. Pattern "none" is none.
 */
export function excelFillColour(fill: ExcelJS.Fill | undefined): string {
  if (!fill) return '';
  if (fill.type === 'gradient') {
    for (const stop of fill.stops ?? []) {
      const colour = excelColour(stop.color);
      if (colour) return `gradient:${colour}`;
    }
    return '';
  }
  if (!fill.pattern || fill.pattern === 'none') return '';
  if (fill.pattern === 'solid') return excelColour(fill.fgColor);
  return whiteColour(fill.fgColor) ? '' : `${fill.pattern}:${excelColour(fill.fgColor) || 'auto'}`;
}

/** A Word colour attribute's value as a key: "" for none, "auto" or white. */
const wordColour = (value: string | undefined) => {
  const rgb = (value ?? '').toUpperCase();
  return rgb === '' || rgb === 'AUTO' || rgb === 'FFFFFF' ? '' : rgb;
};

const shadingAttribute = (attrs: string, name: string) => new RegExp(`\\bw:${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];

/**
 * A Word cell's shading (`<w:shd w:val="clear" w:fill="5B9BD5"/>`, the attributes given) as a key:
 * "clear" shows the fill colour; "solid" its pattern colour (w:color), or the fill when that is
 * "auto"; another pattern ("pct25", a hatch) its name and colours, a shade unless its colour is white
 * ("auto" dots are black: old Word's grey); "nil" nothing. A white or "auto" fill is no fill.
 */
export function wordShadingColour(attrs: string): string {
  const pattern = shadingAttribute(attrs, 'val') ?? 'clear';
  if (pattern === 'nil') return '';
  const fill = wordColour(shadingAttribute(attrs, 'fill'));
  if (pattern === 'clear') return fill;
  const color = wordColour(shadingAttribute(attrs, 'color'));
  if (pattern === 'solid') return color || fill;
  const dots = (shadingAttribute(attrs, 'color') ?? 'auto').toUpperCase();
  return dots === 'FFFFFF' && !fill ? '' : `${pattern}:${color || 'auto'}:${fill}`;
}

/** An HTML cell's colour: its bgcolor, or its style's background(-color) (values bounded: linear). */
const BGCOLOR = /\bbgcolor\s*=\s*["']?\s*([^"'\s>]{1,40})/i;
const BACKGROUND = /(?:^|[\s;"'])background(?:-color)?\s*:\s*([^;"'>]{1,80})/i;
/** CSS values that colour nothing */
const NO_CSS_COLOUR = new Set(['white', 'transparent', 'none', 'inherit', 'initial', 'unset', 'auto', 'window']);

/** A CSS colour as a key: "#5b9bd5" and "rgb(91, 155, 213)" as "5B9BD5", a name as itself; "" for white or none. */
function cssColour(value: string): string {
  const first = value.trim().split(/\s+/)[0]!.toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(first)?.[1];
  const rgb = /^rgba?\((\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(value.replace(/\s+/g, '').toLowerCase());
  const key = hex
    ? (hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex).toUpperCase()
    : rgb
      ? rgb
          .slice(1, 4)
          .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
          .join('')
          .toUpperCase()
      : /^[a-z]{3,20}$/.test(first) && !NO_CSS_COLOUR.has(first)
        ? first
        : '';
  return key === 'FFFFFF' ? '' : key;
}

/**
 * An HTML table cell's fill as a key, from its tag's attributes (`<td style='background:#5B9BD5'>`,
 * as Word's "Save as Web Page" writes it, or `bgcolor="yellow"`): "" for none, white or transparent.
 */
export function htmlCellColour(attrs: string): string {
  const value = BACKGROUND.exec(attrs)?.[1] ?? BGCOLOR.exec(attrs)?.[1];
  return value === undefined ? '' : cssColour(value);
}
