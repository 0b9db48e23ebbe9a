// `npm run admin -- add-people --org <id> --file <people.xlsx|.csv>`: add-person for each row of a
// sheet, the rows that fail said by their row number while the others go on (tester s44 F8).
import { closeSync, openSync, readSync } from 'node:fs';
import { CreatePersonBody } from '../../shared/api/coordinator-schemas.js';
import { DomainError, ValidationError } from '../../shared/domain/errors.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';
import { type AdminContext, addPerson } from '../../shared/use-cases/administer-org.js';
import { InvitationNotSentError } from '../../shared/use-cases/person-invitation.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { OptionValueRefusal } from './cli-options.js';
import type { CliIo } from './run-cli.js';
import {
  COLUMN_FIELD,
  HEADING_ROWS,
  headingOf,
  NotTextError,
  type PeopleColumn,
  type PeopleRow,
  readPeopleSheet,
  rolesOf,
  unitIdOf,
  unitListOf,
  yesOf,
} from './people-sheet.js';

/** The column each field of the API's body comes from (COLUMN_FIELD inverted), to name it in a row's message. */
const COLUMN_OF = new Map(Object.entries(COLUMN_FIELD).map(([column, field]) => [field, column as PeopleColumn]));

/** A sheet's field path (`body.unitId`, `actingHeadOf.1`) as its column's heading. */
const columnSaid = (path: string, lang: 'th' | 'en') => {
  const field = path.replace(/^body\./u, '').split('.')[0] ?? '';
  const column = COLUMN_OF.get(field);
  return column ? (lang === 'th' ? headingOf(column) : column) : path;
};

/**
 * The sheet's rows, read before anything is opened. Errors: OptionValueRefusal on --file (exit 2)
 * for a file that cannot be read or lacks the email, name or roles heading.
 */
export async function readSheetOption(path: string): Promise<PeopleRow[]> {
  const refuse = (th: string, en: string) =>
    new OptionValueRefusal('ค่าตัวเลือกไม่ถูกต้อง', 'an option value is not valid', [
      { path: '--file', message_th: th, message_en: en },
    ]);
  // an Excel 97-2003 file (.xls, or one renamed .xlsx): said what it is and how to save it (tester s54)
  const oldExcel = () =>
    refuse(
      `ไฟล์นี้เป็นไฟล์ Excel รุ่นเก่า (.xls) ซึ่งอ่านไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกเป็น "สมุดงาน Excel (.xlsx)" หรือ CSV`,
      'this is an Excel 97-2003 file (.xls), which cannot be read: open it in Excel and save it as an Excel workbook (.xlsx) or CSV',
    );
  if (/\.xls$/iu.test(path)) throw oldExcel();
  if (!/\.(xlsx|csv)$/iu.test(path)) throw refuse('รับไฟล์ .xlsx หรือ .csv เท่านั้น', 'only a .xlsx or a .csv file');
  let sheet: Awaited<ReturnType<typeof readPeopleSheet>>;
  try {
    sheet = await readPeopleSheet(path);
  } catch (error) {
    // the text decoder's own words (UTF-16 without its mark: save it as UTF-8)
    if (error instanceof ValidationError && error.fields[0])
      throw refuse(error.fields[0].message_th, error.fields[0].message_en);
    if (error instanceof NotTextError) throw refuse(`ไฟล์ ${path} ไม่ใช่ไฟล์ข้อความ CSV`, `${path} is not a CSV text file`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined && /\.xlsx$/iu.test(path)) {
      // exceljs could not open it: an old .xls renamed, or no workbook at all (not jszip's words)
      if (isOle2(path)) throw oldExcel();
      throw refuse(
        `${path} ไม่ใช่ไฟล์ .xlsx ที่อ่านได้ (ไฟล์อาจเสีย หรือเป็นไฟล์ชนิดอื่นที่เปลี่ยนนามสกุล) กรุณาเปิดใน Excel แล้วบันทึกเป็น "สมุดงาน Excel (.xlsx)" อีกครั้ง`,
        `${path} is not a readable .xlsx (damaged, or another kind of file renamed): open it in Excel and save it as an Excel workbook (.xlsx) again`,
      );
    }
    const why = code === 'ENOENT' ? 'ไม่พบไฟล์' : 'อ่านไฟล์ไม่ได้';
    throw refuse(`${why} ${path}`, `cannot read ${path}: ${(error as Error).message}`);
  }
  if (sheet.missing)
    throw refuse(
      `ไม่พบแถวหัวคอลัมน์ใน ${toThaiDigits(HEADING_ROWS)} แถวแรกของไฟล์ ยังขาด ${sheet.missing.map(headingOf).join(', ')}`,
      `no heading row in the file's first ${HEADING_ROWS} rows; missing ${sheet.missing.join(', ')}`,
    );
  return sheet.rows;
}

/** Whether the file starts with the OLE2 compound file signature (Excel 97-2003 .xls, Word .doc). */
function isOle2(path: string): boolean {
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 8, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
}

/**
 * Adds each row's person as add-person does (the same use case and schema, one invitation each), in
 * sheet order; a row that fails is said with its row number and column, and the rest go on.
 * Returns the lines to print; exit code 1 when any row was not added or not invited.
 */
export async function addPeopleFromSheet(
  ctx: AdminContext,
  io: CliIo,
  orgId: string,
  rows: PeopleRow[],
): Promise<string> {
  const units = await ctx.orgs.listUnits(orgId);
  const lines: string[] = [];
  let added = 0;
  let failed = 0;
  for (const { row, cells } of rows) {
    // Thai digits in the Thai half (tester s50), as every other command says its numbers
    const at = `แถว ${toThaiDigits(row)} (row ${row})`;
    const head = yesOf(cells.head);
    try {
      const parsed = CreatePersonBody.safeParse({
        email: cells.email,
        name: cells.name,
        roles: rolesOf(cells.roles),
        headOfUnit: head ?? cells.head,
        ...(cells.unit ? { unitId: unitIdOf(cells.unit, units, 'unit') } : {}),
        ...unitListOf('actingHeadOf', cells, units),
        ...unitListOf('alsoStaffOf', cells, units),
      });
      if (!parsed.success) {
        const fields = fieldMessages(parsed.error, '');
        throw new OptionValueRefusal('ข้อมูลไม่ถูกต้อง', 'not valid', fields);
      }
      const person = await addPerson(ctx, { orgId, ...parsed.data });
      added++;
      lines.push(
        `${at}: เพิ่ม ${person.name} แล้ว${person.invited ? ` ส่งอีเมลเชิญไปที่ ${person.email} แล้ว` : ' (ใช้บัญชีเข้าสู่ระบบที่มีอยู่แล้วในองค์กรอื่น)'} · added ${person.email}`,
      );
    } catch (error) {
      failed++;
      if (error instanceof InvitationNotSentError) {
        added++;
        lines.push(
          `${at}: เพิ่มแล้ว แต่ส่งอีเมลเชิญไม่สำเร็จ ส่งอีกครั้งด้วย npm run admin -- resend-invitation --org ${orgId} --email ${cells.email} · added, the invitation failed`,
        );
        continue;
      }
      if (!(error instanceof DomainError)) throw error;
      const said = error.fields.length
        ? error.fields.map((f) => `${columnSaid(f.path, 'th')}: ${f.message_th}`).join('; ')
        : error.message_th;
      const en = error.fields.length
        ? error.fields.map((f) => `${columnSaid(f.path, 'en')}: ${f.message_en}`).join('; ')
        : error.message_en;
      lines.push(`${at}: ไม่ได้เพิ่ม ${said} · not added: ${en}`);
    }
  }
  if (failed > 0) io.exitCode = 1;
  const notAdded = rows.length - added;
  lines.push(
    `เพิ่มผู้ใช้งาน ${toThaiDigits(added)} คน จาก ${toThaiDigits(rows.length)} แถว${notAdded ? ` ไม่ได้เพิ่ม ${toThaiDigits(notAdded)} แถว แก้แถวเหล่านั้นแล้วใช้ไฟล์ที่มีเฉพาะแถวนั้นอีกครั้ง (แถวที่เพิ่มแล้วจะได้คำตอบว่าอีเมลนี้มีอยู่แล้ว)` : ''}`,
    `added ${added} of ${rows.length} rows${notAdded ? `; ${notAdded} not added: fix them and run again with those rows only` : ''}`,
  );
  return lines.join('\n');
}
