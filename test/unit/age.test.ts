import { expect } from '@open-wc/testing';
import { monthsSince, staleMonths } from '../../src/operators/age.js';

/** A local-time instant on the reader's clock. */
const at = (year: number, month: number, day: number, hour = 12) =>
  new Date(year, month - 1, day, hour).getTime();

describe('fact age (pure)', () => {
  it('counts whole calendar months', () => {
    expect(monthsSince('2026-11-28', at(2026, 11, 28))).to.equal(0);
    expect(monthsSince('2026-11-28', at(2026, 12, 27))).to.equal(0);
    expect(monthsSince('2026-11-28', at(2026, 12, 28))).to.equal(1);
    expect(monthsSince('2026-11-28', at(2028, 2, 1))).to.equal(14);
    expect(monthsSince('2026-11-28', at(2020, 1, 1)), 'a clock set in the past').to.equal(0);
  });

  it('is fresh up to twelve months, and stale from the day after', () => {
    expect(staleMonths('2026-11-28', at(2026, 11, 29))).to.equal(undefined);
    expect(staleMonths('2026-11-28', at(2027, 11, 28, 23))).to.equal(undefined);
    expect(staleMonths('2026-11-28', at(2027, 11, 29, 0))).to.equal(12);
    expect(staleMonths('2026-11-28', at(2029, 1, 30))).to.equal(26);
  });

  it('handles month ends (31 January → the last days of February)', () => {
    expect(staleMonths('2026-01-31', at(2027, 1, 31))).to.equal(undefined);
    expect(staleMonths('2026-01-31', at(2027, 2, 1))).to.equal(12);
    expect(monthsSince('2026-01-31', at(2026, 2, 28))).to.equal(0);
  });
});
