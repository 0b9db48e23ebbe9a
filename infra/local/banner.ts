// What npm start prints: where everything is, how to get a token, three requests to try.
import { isAbsolute, relative, sep } from 'node:path';
import type { LocalConfig } from './local-config.js';

/**
 * The data folder as the banner shows it: relative to `cwd` when inside it (".ita-local"; "." for
 * `cwd` itself), else absolute (tester s39: ITA_DATA_DIR=/tmp/x showed as "../x").
 */
export function shownDataDir(cwd: string, dataDir: string): string {
  const inside = relative(cwd, dataDir);
  if (inside === '') return '.';
  return inside.split(sep)[0] === '..' || isAbsolute(inside) ? dataDir : inside;
}

export function banner(
  config: LocalConfig,
  facts: { seeded: boolean; dataDir: string; today?: string | undefined },
): string {
  const api = `http://localhost:${config.ports.api}`;
  return `
ita-measures is running · ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) พร้อมใช้งาน
${facts.seeded ? '  Seeded the demo municipality (เทศบาลตำบลดอนอะระง) with the FY2566 plan · สร้างข้อมูลตัวอย่างแล้ว\n' : ''}${facts.today ? `  Pretending today is ${facts.today} · สมมติว่าวันนี้คือ ${facts.today}\n` : ''}
  Web page        ${api}/          หน้าเว็บสำหรับเจ้าหน้าที่และคณะทำงาน / the staff and coordinator page
  API             ${api}/v1          (OpenAPI: ${api}/v1/openapi.json)
  Mail viewer     http://localhost:${config.ports.ses}       อีเมลที่ระบบส่ง / emails the system sent
  S3 emulator     http://localhost:${config.ports.s3}       bucket ${config.bucket}
  DynamoDB Local  ${config.dynamodbEndpoint ?? `http://localhost:${config.ports.dynamodb}`}       table ${config.tableName}
  Data            ${facts.dataDir}/   (kept between starts; npm start -- --fresh resets it)

Get a token for a demo person · ขอ token ของผู้ใช้ตัวอย่าง:
  TOKEN=$(npm run -s token -- staff.finance@demo.example.org)
  people: staff.<clerk|finance|engineering|education|health>@demo.example.org, head.<unit>@…,
          ita@demo.example.org (coordinator), mayor@demo.example.org (executive)

Try · ลองใช้:
  curl -s -H "Authorization: Bearer $TOKEN" "${api}/v1/fiscal-years/2566/obligations?from=2023-04-01&to=2023-04-30"
  curl -s -X PUT -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"progress":"done","summary":"รายงานผลต่อที่ประชุมประจำเดือนแล้ว"}' ${api}/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance/report
  curl -s -X POST -H "Authorization: Bearer $(npm run -s token -- ita@demo.example.org)" ${api}/v1/fiscal-years/2566/annual-report

Time travel · ส่งอีเมลแจ้งเตือนย้อนหลัง: npm run job -- reminders --kind monthly --at 2023-05-01T08:30:00+07:00
Ctrl-C stops everything · กด Ctrl-C เพื่อหยุดระบบ
`;
}
