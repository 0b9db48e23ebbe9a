// tester s39: npm start's banner showed ITA_DATA_DIR=/tmp/t39x-data as "../t39x-data/" (relative
// to the project folder): a folder outside the project is shown whole.
import { describe, expect, it } from 'vitest';
import { shownDataDir } from '../../infra/local/banner.js';

describe("npm start's banner names its data folder as the officer can find it", () => {
  it.each([
    ['outside the project: the whole path', '/work/ita', '/tmp/t39x-data', '/tmp/t39x-data'],
    ["beside the project: the whole path, not '../'", '/work/ita', '/work/ita-data', '/work/ita-data'],
    ['inside the project: relative to it', '/work/ita', '/work/ita/.ita-local', '.ita-local'],
    ['a folder named "..x" inside it: still relative', '/work/ita', '/work/ita/..x', '..x'],
    ['the project folder itself: "."', '/work/ita', '/work/ita', '.'],
  ])('%s', (_case, cwd, dataDir, shown) => {
    expect(shownDataDir(cwd, dataDir)).toBe(shown);
  });
});
