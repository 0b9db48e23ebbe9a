// The plan's history (anyone in the org): who imported or replaced the year's plan, and when. A
// coordinator may take an earlier version back as a draft ("คืนฉบับที่ N": review 17 s14, S14-17),
// to check and save through the usual guarded save, or download it as plan JSON, and see what each
// save changed from the version before (tester s43a F5).
import type { Me, StoredMeasures, Units } from '../api-types.js';
import { planChangesTh } from '../../../shared/domain/plan-changes.js';
import { api, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { h, replaceContent, setText } from '../dom.js';
import { href } from '../routes.js';
import { toThaiDigits } from '../thai.js';
import { managesPlan, seesWholeOrgOf } from '../caller.js';
import { storedPlanOf } from '../stored-plan.js';
import { auditTrail } from './audit-trail.js';
import { restoreVersion } from './plan-screen.js';

/** Version `version` of the plan, as the API keeps it. */
const planVersion = (fy: number, version: number) =>
  api<StoredMeasures>('GET', apiPath('/v1/fiscal-years/{fy}/plan/versions/{version}', { fy, version }));

/** The plan as a .json file the page's import reads back (format json: PUT /plan's body). */
function download(plan: StoredMeasures): void {
  const body = { format: 'json', title: plan.title, measures: plan.measures };
  const url = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
  const a = h('a', { href: url, download: `plan-${plan.fy}-v${plan.version}.json` });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "สิ่งที่เปลี่ยนจากฉบับที่ N-1" under a save of version `version` (≥ 2): opened, it loads both
 * versions and lists the changes (planChangesTh); a version no longer kept says so.
 */
function changesOf(fy: number, version: number, unitName: () => Promise<(id: string) => string>): HTMLElement {
  const list = h('ul', { class: 'plan-changes' });
  const summary = h('summary', {}, `สิ่งที่เปลี่ยนจากฉบับที่ ${toThaiDigits(version - 1)}`);
  const details = h('details', { class: 'plan-changes' }, summary, list);
  let loaded = false;
  details.ontoggle = () => {
    if (!details.open || loaded) return;
    loaded = true;
    replaceContent(list, h('li', { class: 'hint' }, 'กำลังโหลด…'));
    void Promise.all([planVersion(fy, version - 1), planVersion(fy, version), unitName()])
      .then(([before, after, name]) => {
        const lines = planChangesTh(before, after, name);
        replaceContent(
          list,
          ...(lines.length > 0 ? lines : ['ไม่มีการเปลี่ยนแปลงมาตรการหรือการติดตามผล']).map((line) => h('li', {}, line)),
        );
      })
      .catch((error: unknown) => {
        loaded = false;
        replaceContent(list, h('li', { class: 'field-error' }, messageOf(error)));
      });
  };
  return details;
}

export async function planHistoryScreen(main: HTMLElement, me: Me, fy: number): Promise<void> {
  const back = seesWholeOrgOf(me) ? href.overview(fy) : href.myObligations(fy);
  const current = managesPlan(me) ? (await storedPlanOf(me, fy))?.version : undefined;
  const status = h('p', { class: 'hint', role: 'status' });
  /** the units' names, loaded once when a list of changes is first opened */
  let names: Promise<(id: string) => string> | undefined;
  const unitNames = () =>
    (names ??= api<Units>('GET', apiPath('/v1/units')).then((units) => {
      const byId = new Map(units.items.map((u) => [u.unitId, u.name]));
      return (id: string) => byId.get(id) ?? id;
    }));
  /** "คืนฉบับที่ N" and its download, beside each save that made an earlier version than the current one */
  const actionsOf = (item: { action: string; version?: number | undefined }) => {
    const version = item.version;
    if (current === undefined || version === undefined || item.action !== 'plan.save') return false;
    const changes = version >= 2 && version <= current && changesOf(fy, version, unitNames);
    if (version === current) return h('div', {}, h('p', { class: 'hint current-version' }, 'ฉบับปัจจุบัน'), changes);
    if (version > current) return false;
    const fetchVersion = async (then: (plan: StoredMeasures) => void) => {
      setText(status, `กำลังโหลดแผนฉบับที่ ${toThaiDigits(version)}…`);
      try {
        then(await planVersion(fy, version));
        setText(status, '');
      } catch (error) {
        setText(status, messageOf(error));
      }
    };
    const actions = h(
      'p',
      { class: 'version-actions' },
      h(
        'button',
        { type: 'button', onclick: () => void fetchVersion((plan) => restoreVersion(plan)) },
        `คืนฉบับที่ ${toThaiDigits(version)}`,
      ),
      ' ',
      h(
        'button',
        { type: 'button', class: 'quiet', onclick: () => void fetchVersion(download) },
        `ดาวน์โหลดฉบับที่ ${toThaiDigits(version)} (JSON)`,
      ),
    );
    return h('div', {}, actions, changes);
  };
  replaceContent(
    main,
    h('p', { class: 'back' }, h('a', { href: back }, '‹ กลับ')),
    h('h1', {}, `ประวัติแผนมาตรการ ปีงบประมาณ ${toThaiDigits(fy)}`),
    current !== undefined &&
      h(
        'p',
        { class: 'hint' },
        '"คืนฉบับที่ N" เปิดแผนฉบับนั้นเป็นร่างในหน้าแผนมาตรการ ตรวจแล้วกดบันทึกจึงจะใช้แทนแผนปัจจุบัน (มาตรการที่หน่วยงานรายงานผลแล้วยังอยู่กับรหัสเดิม)',
      ),
    await auditTrail(apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }), 'การเปลี่ยนแปลงแผน', actionsOf),
    status,
  );
}
