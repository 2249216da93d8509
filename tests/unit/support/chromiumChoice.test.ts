import { describe, expect, it } from 'vitest';
import { chooseChromium, defaultSystemChromium } from '../../support/chromiumExecutable.ts';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('which Chromium the browser tests launch', () => {
  it("takes the machine's Chromium when it is there", () => {
    expect(chooseChromium({}, only(defaultSystemChromium))).toEqual({
      kind: 'system',
      path: defaultSystemChromium,
    });
  });

  it('falls back to the npm-registry Chromium on a machine without one', () => {
    expect(chooseChromium({}, only())).toEqual({ kind: 'npm-package' });
    expect(
      chooseChromium({ CHROMIUM_SYSTEM_PATH: '/nowhere/chromium' }, only(defaultSystemChromium)),
    ).toEqual({ kind: 'npm-package' });
  });

  it('looks for the machine’s Chromium where CHROMIUM_SYSTEM_PATH says', () => {
    expect(
      chooseChromium({ CHROMIUM_SYSTEM_PATH: '/opt/chromium/chrome' }, only('/opt/chromium/chrome')),
    ).toEqual({ kind: 'system', path: '/opt/chromium/chrome' });
  });

  it('CHROMIUM_PATH overrides both, and a wrong one is an error naming it rather than a silent fallback', () => {
    expect(
      chooseChromium(
        { CHROMIUM_PATH: '/opt/chrome/chrome' },
        only('/opt/chrome/chrome', defaultSystemChromium),
      ),
    ).toEqual({ kind: 'configured', path: '/opt/chrome/chrome' });
    expect(() => chooseChromium({ CHROMIUM_PATH: '/opt/missing' }, only(defaultSystemChromium))).toThrow(
      /CHROMIUM_PATH=\/opt\/missing is not an executable file/,
    );
  });
});
