import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { seedReport } from '../../support/report-seeding.js';
import { decodeEncodedWords } from '../../support/encoded-words.js';

const ORG = 'daily';
let f: JobsFixture;
const daily = (local: string) =>
  runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${local}T08:30:00`), orgId: ORG });
const to = (who: string) => `${who}@${ORG}.example.org`;
const mailsTo = async (who: string, subjectPart: string) =>
  (await mailFor(ORG)).filter((m) => m.to.includes(to(who)) && m.subject.includes(subjectPart));

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  // กองคลัง has reported everything of April on time; the other units have not.
  for (const id of ['i4.f2', 'i5.f1', 'i10.f1', 'i10.f4'])
    await seedReport(f.store, ORG, `${id}.2023-04.finance`, bangkok('2023-04-20T10:00:00'));
  await seedReport(f.store, ORG, 'i7.f1.H1.finance', bangkok('2023-04-20T10:00:00'));
  await seedReport(f.store, ORG, 'i9.f1.H1.finance', bangkok('2023-04-20T10:00:00'));
});
afterAll(async () => f?.close());

describe('the daily pass', () => {
  it('three days before the due date sends "due soon" to units that have not reported, and nothing to กองคลัง', async () => {
    await daily('2023-04-27');
    const soon = await mailsTo('staff.engineering', 'ใกล้ครบกำหนดส่งรายงาน');
    expect(soon).toHaveLength(1);
    expect(soon[0]!.html).toContain('i4.f2.2023-04.engineering');
    expect(soon[0]!.html).toContain('i7.f1.H1.engineering');
    expect(await mailsTo('staff.finance', 'ใกล้ครบกำหนด')).toHaveLength(0);
  });

  // tester s43b F13: the sender showed "ita-noreply@…" with no name, and the preview repeated the subject
  it('a phone lists it from "ITA <the org>" with the first due day and item as its preview line', async () => {
    const [soon] = await mailsTo('staff.engineering', 'ใกล้ครบกำหนดส่งรายงาน');
    expect(decodeEncodedWords(soon!.from)).toContain('ITA เทศบาลตำบลดอนอะระง');
    expect(soon!.from).toContain('<ita@demo.example.org>');
    const preheader = /<div class="preheader"[^>]*>([^<]*)<\/div>/.exec(soon!.html)?.[1];
    expect(preheader).toMatch(/^ครบกำหนด ๓๐ เม\.ย\. ๒๕๖๖: .+ และอีก [๐-๙]+ รายการ$/);
  });

  it('the day after the due date sends "overdue"; submitted obligations get nothing', async () => {
    await daily('2023-05-01');
    const overdue = await mailsTo('staff.education', 'เลยกำหนดส่งรายงาน');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.text).toContain('เลยกำหนด ๑ วัน');
    expect(overdue[0]!.html).toContain('i10.f4.2023-04.education');
    expect(await mailsTo('staff.finance', 'เลยกำหนด')).toHaveLength(0);
  });

  it('the next days repeat nothing already sent', async () => {
    const before = (await mailFor(ORG)).length;
    await daily('2023-05-01');
    await daily('2023-05-02');
    const after = await mailFor(ORG);
    expect(after.length).toBe(before);
  });

  it("at +7 days escalates to the unit head and the coordinators, not to กองคลัง's head", async () => {
    await daily('2023-05-07');
    const head = await mailsTo('head.engineering', 'รายงานค้างส่งเกิน ๗ วัน');
    expect(head).toHaveLength(1);
    expect(head[0]!.html).toContain('i4.f2.2023-04.engineering');
    expect(head[0]!.html).not.toContain('.education');
    const coordinators = await mailsTo('ita', 'รายงานค้างส่งเกิน ๗ วัน');
    expect(coordinators).toHaveLength(1);
    expect(coordinators[0]!.html).toContain('i4.f2.2023-04.education');
    expect(coordinators[0]!.html).toContain('กองช่าง');
    expect(await mailsTo('head.finance', 'ค้างส่ง')).toHaveLength(0);
  });

  it('at +14 days escalates to the executives', async () => {
    await daily('2023-05-14');
    // earlier days already escalated older obligations; April's reach +14 days now, in one email
    const exec = (await mailsTo('mayor', 'รายงานค้างส่งเกิน ๑๔ วัน')).filter((m) => m.html.includes('.2023-04.'));
    expect(exec).toHaveLength(1);
    expect(exec[0]!.text).toContain('เลยกำหนด ๑๔ วัน');
    expect(exec[0]!.html).toContain('i4.f2.2023-04.health');
    expect(exec[0]!.html).not.toContain('.2023-04.finance');
  });

  it("notifies the unit of a returned report once, with the coordinator's comment shown escaped", async () => {
    await new ReportRepository(f.store).review(
      { orgId: ORG, fy: 2566, obligationId: 'i4.f2.2023-04.finance' },
      { decision: 'return', comment: 'กรุณาแนบรายงานการประชุม <script>alert(1)</script>', version: 1 },
      { actor: `${ORG}-coordinator`, now: bangkok('2023-05-15T09:00:00') },
    );
    await daily('2023-05-16');
    await daily('2023-05-17');
    const returned = await mailsTo('staff.finance', 'รายงานถูกส่งกลับให้แก้ไข');
    expect(returned).toHaveLength(1);
    expect(returned[0]!.html).toContain('กรุณาแนบรายงานการประชุม &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(returned[0]!.html).not.toContain('<script>');
    expect(returned[0]!.text).toContain('ความเห็นของคณะทำงาน ITA: กรุณาแนบรายงานการประชุม');
    // the product's one name for the coordinators (tester s37, P3)
    expect(returned[0]!.text).toContain('คณะทำงาน ITA ได้ส่งรายงานต่อไปนี้กลับให้แก้ไข ตามความเห็นที่แนบ');
    expect(`${returned[0]!.text}${returned[0]!.html}`).not.toContain('ผู้ประสานงาน');
  });
});
