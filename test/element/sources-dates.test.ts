import { expect } from '@open-wc/testing';
import { Guide } from '../support/guide.js';
import { OPERATORS } from '../../src/operators/index.js';
import { factsOf } from '../../src/panels/sources.js';

// The first Intl date or number format on a page loads ICU data: 25–40 ms on a cold page,
// most of a guide's first render. The sources disclosure shows its dates without one.
const newest = factsOf(OPERATORS.ooredoo)
  .map(({ checked }) => checked)
  .sort()
  .pop()!;
const inBengaliDigits = (text: string) => text.replace(/\d/g, (digit) => '০১২৩৪৫৬৭৮৯'[Number(digit)]);

/** Records every use of Intl's date and number formatting while `run` runs. */
async function intlUses(run: () => Promise<void>): Promise<string[]> {
  const uses: string[] = [];
  const restores: (() => void)[] = [];
  const spy = <T extends object>(owner: T, key: keyof T & string) => {
    const original = owner[key] as unknown as (...args: unknown[]) => unknown;
    const wrapped = new Proxy(original, {
      apply: (target, self, args) => (uses.push(key), Reflect.apply(target, self, args)),
      construct: (target, args, newTarget) => (uses.push(key), Reflect.construct(target, args, newTarget)),
    });
    Object.defineProperty(owner, key, { value: wrapped, configurable: true, writable: true });
    restores.push(() =>
      Object.defineProperty(owner, key, { value: original, configurable: true, writable: true }),
    );
  };
  spy(Intl, 'DateTimeFormat');
  spy(Intl, 'NumberFormat');
  spy(Intl.DateTimeFormat.prototype, 'formatToParts');
  spy(Date.prototype, 'toLocaleDateString');
  spy(Date.prototype, 'toLocaleString');
  // `format` is a getter returning a bound function: count reads of it.
  const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
  Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
    ...format,
    get() {
      uses.push('format');
      return format.get!.call(this);
    },
  });
  restores.push(() => Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', format));
  try {
    await run();
  } finally {
    for (const restore of restores.reverse()) restore();
  }
  return uses;
}

describe('sources: dates without Intl', () => {
  for (const [language, expected] of [
    ['en', newest],
    ['zh-Hans', newest],
    ['ar', newest],
    ['bn', inBengaliDigits(newest)],
  ]) {
    it(`${language}: the summary and the opened list show ISO dates in the language's digits, and nothing calls Intl`, async () => {
      let summary = '';
      let listed: { text: string; datetime: string }[] = [];
      const uses = await intlUses(async () => {
        const guide = await Guide.render({ operator: 'ooredoo', language });
        const details = await guide.openSources();
        summary = details.querySelector('summary')!.textContent!;
        listed = [...details.querySelectorAll('time')].map((time) => ({
          text: time.textContent!.trim(),
          datetime: time.dateTime,
        }));
      });
      expect(summary).to.contain(expected);
      expect(listed.length).to.be.greaterThan(0);
      for (const { text, datetime } of listed)
        expect(text).to.equal(language === 'bn' ? inBengaliDigits(datetime) : datetime);
      expect(uses).to.deep.equal([]);
    });
  }
});
