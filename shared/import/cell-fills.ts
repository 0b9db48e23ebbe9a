// A cell's fill (background colour) as one short key, for a Gantt's bars drawn by colour (review 17
// s24, S24-15): an Excel pattern fill, a Word cell's shading (w:shd in w:tcPr). "" is no fill: none,
// white, or automatic. Keys only compare fills of one document ("5B9BD5", "theme4:-0.25", "indexed10").
import type ExcelJS from 'exceljs';
import { isWhite } from './xlsx-hidden-cells.js';

/** Excel's palette indexes that colour no cell: white (1, 9) and the system's automatic colours (64, 65). */
const UNCOLOURED_INDEXES = new Set([1, 9, 64, 65]);

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
  return typeof indexed === 'number' && !UNCOLOURED_INDEXES.has(indexed) ? `indexed${indexed}` : '';
}

/**
 * An Excel cell's fill as a key ("" for none): a solid pattern is its colour (fgColor), another
 * pattern (a hatch, "lightGray") its name and colour, a gradient its first coloured stop. Pattern
 * "none", and a white or automatic colour, are no fill.
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
  const colour = excelColour(fill.fgColor);
  return fill.pattern === 'solid' || !colour ? colour : `${fill.pattern}:${colour}`;
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
 * "auto"; another pattern ("pct25") its name and colours; "nil" nothing. White and "auto" are no fill.
 */
export function wordShadingColour(attrs: string): string {
  const pattern = shadingAttribute(attrs, 'val') ?? 'clear';
  if (pattern === 'nil') return '';
  const fill = wordColour(shadingAttribute(attrs, 'fill'));
  if (pattern === 'clear') return fill;
  const color = wordColour(shadingAttribute(attrs, 'color'));
  if (pattern === 'solid') return color || fill;
  return color || fill ? `${pattern}:${color}:${fill}` : '';
}
