// Sign-in: Cognito managed login in AWS; locally, a list of every org's people to act as (grouped
// under each org's Thai name when there is more than one org, the demo org first). Someone in two
// orgs is listed under each; their entry signs them in to that org.
import { h, replaceContent } from '../dom.js';
import { chooseOrg, type DemoPerson, demoPeople, signInAsDemoPerson, startCognitoSignIn } from '../session.js';
import type { WebConfig } from '../web-config.js';
import { keptDraft } from '../kept-draft.js';
import { keptFormsAddress } from '../leave-guard.js';
import { ROLE_LABELS, toThaiDigits } from '../thai.js';

/** `next()`: the address a sign-in leads to; `signedIn`: draws it when the address is already that. */
export function signInScreen(config: WebConfig, next: () => string, signedIn: () => void): HTMLElement {
  const body = h('div', {});
  const kept = keptDraft();
  const main = h(
    'main',
    { id: 'main', class: 'sign-in' },
    h('h1', {}, 'เข้าสู่ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส'),
    kept &&
      h(
        'p',
        { class: 'kept-draft', role: 'status' },
        `หมดเวลาการเข้าสู่ระบบ ร่างแผนมาตรการปีงบประมาณ ${toThaiDigits(kept.fy)} ที่ยังไม่บันทึกเก็บไว้แล้ว เข้าสู่ระบบอีกครั้งแล้วร่างจะกลับมาให้ตรวจและบันทึก`,
      ),
    !kept &&
      keptFormsAddress() !== undefined &&
      h(
        'p',
        { class: 'kept-draft', role: 'status' },
        'หมดเวลาการเข้าสู่ระบบ ข้อมูลที่กรอกไว้แต่ยังไม่ได้ส่งเก็บไว้แล้ว เข้าสู่ระบบอีกครั้งแล้วข้อมูลจะกลับมาในหน้าเดิมให้ตรวจและส่ง',
      ),
    body,
  );
  if (config.auth.kind === 'cognito') {
    const auth = config.auth;
    replaceContent(
      body,
      h('p', {}, `ใช้อีเมลและรหัสผ่านที่${ROLE_LABELS.admin}ขององค์กรแจ้งให้ทราบ`),
      h('button', { type: 'button', class: 'primary', onclick: () => void startCognitoSignIn(auth) }, 'เข้าสู่ระบบ'),
    );
    return main;
  }
  replaceContent(body, h('p', { class: 'loading' }, 'กำลังโหลดรายชื่อ…'));
  demoPeople()
    .then((people) => {
      const orgsOf = (email: string) => people.filter((p) => p.email === email).length;
      const choose = async (p: DemoPerson) => {
        await signInAsDemoPerson(p.email);
        // someone listed under several orgs works in the one whose entry they chose, not asked
        // again; someone in one org names none, as before
        if (orgsOf(p.email) > 1) chooseOrg(p.orgId);
        const to = next();
        if (location.hash === to) signedIn();
        else location.hash = to;
      };
      const list = (of: DemoPerson[]) =>
        h(
          'ul',
          { class: 'people' },
          of.map((p) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'person', 'data-email': p.email, onclick: () => void choose(p) },
                h('strong', {}, p.name),
                h('span', {}, p.description),
                // two people of one name (and unit) told apart
                h('span', { class: 'email' }, p.email),
              ),
            ),
          ),
        );
      // the server's order: the demo org's people first, then each other org's
      const orgs = [...new Set(people.map((p) => p.orgId))];
      replaceContent(
        body,
        h('p', {}, 'ระบบทดลองในเครื่องนี้: เลือกผู้ใช้ที่จะเข้าใช้งาน'),
        ...(orgs.length > 1
          ? orgs.map((orgId) => {
              const of = people.filter((p) => p.orgId === orgId);
              return h('section', { class: 'org-people', 'data-org': orgId }, h('h2', {}, of[0]!.orgName), list(of));
            })
          : [list(people)]),
      );
    })
    .catch(() => replaceContent(body, h('p', { class: 'alert', role: 'alert' }, 'โหลดรายชื่อผู้ใช้ตัวอย่างไม่สำเร็จ')));
  return main;
}
