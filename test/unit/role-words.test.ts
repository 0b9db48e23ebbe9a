// Tester s38 #1: the page said "ความเห็นผู้ตรวจ" above a returned report's comment where the
// emails say "ความเห็นของคณะทำงาน ITA". The page and the emails name the roles that review,
// coordinate, lead and administer only through ROLE_LABELS (shared/domain/status-labels.ts): no
// text of theirs writes such a role out, in its words or in others.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REVIEW_COMMENT_LABEL, ROLE_LABELS } from '../../shared/domain/status-labels.js';

/** Words for those roles (ROLE_LABELS' and others'): text must take them from ROLE_LABELS. */
const ROLE_WORDS = ['คณะทำงาน', 'ผู้ตรวจ', 'ผู้ประสานงาน', 'ผู้ดูแล', 'ผู้บริหาร', 'แอดมิน'];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });

/** The text of every string and template piece of a source (comments are not text anyone reads). */
function textsOf(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node))
      texts.push(node.text);
    node.forEachChild(visit);
  };
  visit(file);
  return texts;
}

/** The role words written out in `source`'s texts. */
const roleWordsIn = (source: string): string[] =>
  textsOf(source).flatMap((text) =>
    ROLE_WORDS.filter((word) => text.includes(word)).map((word) => `${word} in "${text}"`),
  );

describe('the page and the emails name the roles by ROLE_LABELS only', () => {
  it.each(['web/src', 'shared/mail'])('no text under %s writes a role out', (dir) => {
    const found = filesUnder(dir).flatMap((path) =>
      roleWordsIn(readFileSync(path, 'utf8')).map((hit) => `${path}: ${hit}`),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ["the reviewer's comment as the page wrote it", "h('strong', {}, 'ความเห็นผู้ตรวจ: ')", ['ผู้ตรวจ']],
    ['another name for the coordinators, in a template', '`กรุณาติดต่อผู้ประสานงาน ITA ของ${org}`', ['ผู้ประสานงาน']],
    ["ROLE_LABELS' own words typed out", "const WHO = 'คณะทำงาน ITA และผู้บริหาร';", ['คณะทำงาน', 'ผู้บริหาร']],
    [
      'the label taken from ROLE_LABELS, and a comment naming it',
      '// คณะทำงาน ITA\nconst L = `ความเห็นของ${ROLE_LABELS.coordinator}`;',
      [],
    ],
  ])('the check catches %s', (_, source, words) => {
    expect(roleWordsIn(source).map((hit) => hit.split(' in ')[0])).toEqual(words);
  });

  it("the label above a reviewed report's comment, on the page and in the emails, names the coordinators", () => {
    expect(REVIEW_COMMENT_LABEL).toBe(`ความเห็นของ${ROLE_LABELS.coordinator}`);
    expect(REVIEW_COMMENT_LABEL).toBe('ความเห็นของคณะทำงาน ITA');
  });
});
