// The documents' cadence note, written in one pair of brackets since session 36 ("(ทุกไตรมาส)", not
// "(ทุกไตรมาส (ทุก ๓ เดือน))"), reads back to its cadence; so does the note of a document published
// before, which an org may import again.
import { describe, expect, it } from 'vitest';
import {
  CADENCE_LABELS,
  CADENCE_NOTES,
  cadenceOfNote,
  type NotedCadence,
  withoutCadenceNote,
} from '../../shared/domain/plan-labels.js';

const NOTED = Object.keys(CADENCE_NOTES) as NotedCadence[];
const TEXT = 'รายงานผลการใช้รถส่วนกลางให้ผู้บังคับบัญชาทราบ';

describe("a follow-up's cadence note", () => {
  it.each(NOTED)('%s: the note has no brackets of its own', (cadence) => {
    expect(CADENCE_NOTES[cadence]).not.toMatch(/[()]/);
  });

  it.each(NOTED)('%s: the note as written now reads back and comes off', (cadence) => {
    const written = `${TEXT} (${CADENCE_NOTES[cadence]})`;
    expect(cadenceOfNote(written)).toBe(cadence);
    expect(withoutCadenceNote(written, cadence)).toBe(TEXT);
  });

  it.each(NOTED)('%s: the note of a document published before session 36 still reads back', (cadence) => {
    const written = `${TEXT} (${CADENCE_LABELS[cadence]})`;
    expect(cadenceOfNote(written)).toBe(cadence);
    expect(withoutCadenceNote(written, cadence)).toBe(TEXT);
  });
});
