// Review 17 s11, S11-33: a workbook written by openpyxl/pandas with a chart (its drawing part in the
// default namespace, no "xdr:") was refused as "ไฟล์ Excel เสีย": exceljs could not read the drawing.
// Drawings, charts and chart sheets are no plan text: dropped before the workbook loads.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/09-standard.xlsx', import.meta.url)));
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (...items: string[]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
const rel = (id: string, type: string, target: string) =>
  `<Relationship Type="${REL}/${type}" Target="${target}" Id="${id}"/>`;

/** A drawing as openpyxl writes it: the spreadsheetDrawing namespace as the default, a chart in it. */
const DRAWING = `<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor><from><col>6</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000"/><graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>`;
const CHART = `<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart><plotArea><barChart><barDir val="col"/><grouping val="clustered"/><ser><idx val="0"/><order val="0"/><val><numRef><f>'แผน'!$A$1:$A$3</f></numRef></val></ser><axId val="10"/><axId val="100"/></barChart><catAx><axId val="10"/><scaling><orientation val="minMax"/></scaling><axPos val="l"/><crossAx val="100"/></catAx><valAx><axId val="100"/><scaling><orientation val="minMax"/></scaling><axPos val="l"/><crossAx val="10"/></valAx></plotArea></chart></chartSpace>`;

function withChartParts(zip: Record<string, Uint8Array>, drawing: number) {
  zip[`xl/drawings/drawing${drawing}.xml`] = strToU8(DRAWING);
  zip[`xl/drawings/_rels/drawing${drawing}.xml.rels`] = strToU8(
    rels(rel('rId1', 'chart', `/xl/charts/chart${drawing}.xml`)),
  );
  zip[`xl/charts/chart${drawing}.xml`] = strToU8(CHART);
  const types = strFromU8(zip['[Content_Types].xml']!);
  zip['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart${drawing}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    ),
  );
}

/** 09-standard.xlsx with a chart drawn on the plan sheet itself, as openpyxl writes it. */
function chartOnPlanSheet(): Uint8Array {
  const zip = unzipSync(standard);
  withChartParts(zip, 1);
  zip['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(rels(rel('rId1', 'drawing', '/xl/drawings/drawing1.xml')));
  const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
  zip['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace('</worksheet>', `<drawing xmlns:r="${REL}" r:id="rId1"/></worksheet>`),
  );
  return zipSync(zip);
}

/** 09-standard.xlsx with a chart sheet (before or after the plan sheet), as openpyxl writes it. */
function chartSheet(first: boolean): Uint8Array {
  const zip = unzipSync(standard);
  withChartParts(zip, 1);
  zip['xl/chartsheets/sheet1.xml'] = strToU8(
    `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0" zoomToFit="1"/></sheetViews><drawing xmlns:r="${REL}" r:id="rId1"/></chartsheet>`,
  );
  zip['xl/chartsheets/_rels/sheet1.xml.rels'] = strToU8(rels(rel('rId1', 'drawing', '/xl/drawings/drawing1.xml')));
  const bookRels = strFromU8(zip['xl/_rels/workbook.xml.rels']!);
  zip['xl/_rels/workbook.xml.rels'] = strToU8(
    bookRels.replace('</Relationships>', `${rel('rId9', 'chartsheet', '/xl/chartsheets/sheet1.xml')}</Relationships>`),
  );
  const chart = '<sheet sheetId="2" name="กราฟ" state="visible" r:id="rId9"/>';
  const book = strFromU8(zip['xl/workbook.xml']!);
  zip['xl/workbook.xml'] = strToU8(
    first ? book.replace('<sheets>', `<sheets>${chart}`) : book.replace('</sheets>', `${chart}</sheets>`),
  );
  zip['[Content_Types].xml'] = strToU8(
    strFromU8(zip['[Content_Types].xml']!).replace(
      '</Types>',
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
    ),
  );
  return zipSync(zip);
}

const read = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
};

describe('a workbook with charts reads as without them', () => {
  it.each([
    ['a chart drawn on the plan sheet (openpyxl: drawing in the default namespace)', chartOnPlanSheet],
    ['a chart sheet before the plan sheet', () => chartSheet(true)],
    ['a chart sheet after the plan sheet', () => chartSheet(false)],
  ])('%s: the same measures and warnings, not "a damaged workbook"', async (_, make) => {
    const plain = await read(standard);
    const charted = await read(make());
    expect(charted.plan.measures).toEqual(plain.plan.measures);
    expect(charted.warnings).toEqual(plain.warnings);
  });
});
