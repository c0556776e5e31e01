import { describe, expect, it } from 'vitest';
import { rangesIntersect, statementsOverlap, territoriesMeet, type StatementSpan } from '../../../src/shared/period/statement-overlap';

/** A DistroKid statement reported in April 2024 for sales of February 2024, its territories not known, unless told otherwise. */
const span = (overrides: Partial<StatementSpan> = {}): StatementSpan => ({
  formatId: 'distrokid',
  saleFrom: 20240201,
  saleTo: 20240229,
  reportingFrom: 20240405,
  reportingTo: 20240405,
  basis: 'unknown',
  territories: null,
  ...overrides,
});

describe('inclusive day ranges', () => {
  it('share a day when they touch or cross, in either order', () => {
    expect(rangesIntersect(20240101, 20240131, 20240131, 20240228)).toBe(true);
    expect(rangesIntersect(20240131, 20240228, 20240101, 20240131)).toBe(true);
    expect(rangesIntersect(20240101, 20240331, 20240201, 20240229)).toBe(true);
    expect(rangesIntersect(20240101, 20240130, 20240131, 20240228)).toBe(false);
  });

  it('share nothing when either end of either range is missing', () => {
    expect(rangesIntersect(null, 20240131, 20240101, 20240131)).toBe(false);
    expect(rangesIntersect(20240101, null, 20240101, 20240131)).toBe(false);
    expect(rangesIntersect(20240101, 20240131, null, 20240131)).toBe(false);
    expect(rangesIntersect(20240101, 20240131, 20240101, null)).toBe(false);
  });
});

describe('two statements over the same period', () => {
  it('come from the same source only: another format never overlaps', () => {
    expect(statementsOverlap(span(), span())).toBe(true);
    expect(statementsOverlap(span(), span({ formatId: 'tunecore' }))).toBe(false);
  });

  it('need their reporting periods to meet too where both have one: the same sales reported in another month are new money', () => {
    const may = span({ reportingFrom: 20240505, reportingTo: 20240505 });
    expect(statementsOverlap(span(), may)).toBe(false);
    // Other sale months reported the same day hold other lines: no overlap, whatever the cut.
    expect(statementsOverlap(span(), span({ saleFrom: 20240301, saleTo: 20240331 }))).toBe(false);
    const byReporting = span({ basis: 'reporting', saleFrom: 20240101, saleTo: 20240331 });
    expect(statementsOverlap(byReporting, span({ basis: 'reporting', saleFrom: 20231001, saleTo: 20231130 }))).toBe(false);
  });

  it('overlap where both periods meet, a corrected statement or a longer export of the same account', () => {
    expect(statementsOverlap(span(), span({ saleFrom: 20240215, saleTo: 20240315, reportingFrom: 20240401, reportingTo: 20240410 }))).toBe(true);
    // An export cut by sale month spreads its month over many reporting dates; one of them is enough.
    const saleCut = span({ basis: 'sale', reportingFrom: 20240301, reportingTo: 20240630 });
    expect(statementsOverlap(saleCut, span())).toBe(true);
    expect(statementsOverlap(span(), saleCut)).toBe(true);
    // The same sale month reported after the cut was made: lines the cut cannot hold.
    expect(statementsOverlap(saleCut, span({ reportingFrom: 20241005, reportingTo: 20241005 }))).toBe(false);
    expect(statementsOverlap(saleCut, span({ saleFrom: 20240101, saleTo: 20240131, reportingFrom: 20240405, reportingTo: 20240405 }))).toBe(false);
  });

  it('are compared by sale period alone when either prints no reporting date', () => {
    const noReporting = span({ reportingFrom: null, reportingTo: null });
    expect(statementsOverlap(noReporting, span({ reportingFrom: 20241005, reportingTo: 20241005 }))).toBe(true);
    expect(statementsOverlap(span(), span({ reportingFrom: null, reportingTo: null, saleFrom: 20240301, saleTo: 20240331 }))).toBe(false);
  });

  it('never overlap when the periods compared are missing', () => {
    const noPeriods = span({ saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null });
    expect(statementsOverlap(noPeriods, span())).toBe(false);
    expect(statementsOverlap(span(), noPeriods)).toBe(false);
  });
});

describe('two statements of one period for different territories', () => {
  it('do not overlap when their territories share no code, as a store\'s regional reports of a month do', () => {
    const europe = span({ territories: ['DE', 'FR', 'NL'] });
    const uk = span({ territories: ['GB'] });
    expect(statementsOverlap(europe, uk)).toBe(false);
    expect(statementsOverlap(uk, europe)).toBe(false);
    expect(statementsOverlap(europe, span({ territories: ['FR', 'IT'] }))).toBe(true);
  });

  it('may overlap where a line is placed nowhere in particular (unknown, worldwide) or the territories are not known', () => {
    const uk = span({ territories: ['GB'] });
    expect(statementsOverlap(uk, span({ territories: ['DE', 'ZZ'] }))).toBe(true);
    expect(statementsOverlap(span({ territories: ['WW'] }), uk)).toBe(true);
    expect(statementsOverlap(uk, span())).toBe(true);
    expect(territoriesMeet(null, null)).toBe(true);
    expect(territoriesMeet(['ZZ'], ['ZZ'])).toBe(true);
  });

  it('still need the same source and meeting periods', () => {
    const uk = span({ territories: ['GB'] });
    expect(statementsOverlap(uk, span({ territories: ['GB'], formatId: 'tunecore' }))).toBe(false);
    expect(statementsOverlap(uk, span({ territories: ['ZZ'], saleFrom: 20240301, saleTo: 20240331 }))).toBe(false);
  });
});
