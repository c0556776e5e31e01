import { describe, expect, it } from 'vitest';
import { looksLikeDdexDsr } from '../../../../src/main/import/ddex';
import { splitDsrRecord, splitMultiValue } from '../../../../src/main/import/ddex/dsr-cells';
import { durationSeconds, readIsoDuration } from '../../../../src/main/import/ddex/dsr-duration';
import { readDsrFileName } from '../../../../src/main/import/ddex/dsr-file-name';
import { readDsrDate, readDsrPeriod, readDsrTimestampDay } from '../../../../src/main/import/ddex/dsr-period';

describe('DSR cells', () => {
  it('splits cells on tabs and values on pipes', () => {
    expect(splitDsrRecord('AS02\t1\tNOA1Z2500001|NOA1Z2500099\t\tPolar Night')).toEqual([
      ['AS02'], ['1'], ['NOA1Z2500001', 'NOA1Z2500099'], [''], ['Polar Night'],
    ]);
  });

  it('keeps an escaped pipe, tab or backslash inside its value, and a quote as printed', () => {
    expect(splitDsrRecord('AS02\tLet Me \\| Be "Free"\tA\\\tB\tC:\\\\D')).toEqual([['AS02'], ['Let Me | Be "Free"'], ['A\tB'], ['C:\\D']]);
  });

  it('keeps a backslash that escapes nothing', () => {
    expect(splitDsrRecord('AS02\tAC\\DC|x')).toEqual([['AS02'], ['AC\\DC', 'x']]);
  });

  it.each([
    ['A|B|C', ['A', 'B', 'C']],
    ['A|B\\|C', ['A', 'B|C']],
    ['Lennon|McCartney', ['Lennon', 'McCartney']],
    ['', ['']],
    ['solo', ['solo']],
    ['|', ['', '']],
    ['trailing\\', ['trailing\\']],
  ])('multi-value cell %j', (cell, values) => {
    expect(splitMultiValue(cell)).toEqual(values);
  });
});

describe('ISO 8601 durations', () => {
  it.each([
    ['PT2M44S', 164_000],
    ['PT1H2M3S', 3_723_000],
    ['PT1M30.5S', 90_500],
    ['PT4M05.25S', 245_250],
    ['PT0H0M0S', 0],
    ['PT45S', 45_000],
    ['PT3M', 180_000],
    ['P1DT1S', 86_401_000],
    ['pt2m44s', 164_000],
  ])('%s is %i ms', (text, ms) => {
    expect(readIsoDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '2:44', 'PT2M44', 'P1Y', 'P2M', 'P1W', 'PT-5S', 'PT1H2M3ST'])('%j is not a recording length', (text) => {
    expect(readIsoDuration(text)).toBeNull();
  });

  it('prints seconds without float noise', () => {
    expect(durationSeconds(164_000)).toBe('164');
    expect(durationSeconds(245_500)).toBe('245.5');
    expect(durationSeconds(245_250)).toBe('245.25');
    expect(durationSeconds(1)).toBe('0.001');
  });
});

describe('DSR periods and dates', () => {
  it.each([
    ['2015', { start: 20150101, end: 20151231 }],
    ['2015-02', { start: 20150201, end: 20150228 }],
    ['2016-02', { start: 20160201, end: 20160229 }],
    ['2015-02-14', { start: 20150214, end: 20150214 }],
    ['2015-Q4', { start: 20151001, end: 20151231 }],
    ['2015-W01', { start: 20141229, end: 20150104 }],
    ['2020-W53', { start: 20201228, end: 20210103 }],
    ['2015-02-01--2015-02-14', { start: 20150201, end: 20150214 }],
  ])('%s', (text, range) => {
    expect(readDsrPeriod(text)).toEqual(range);
  });

  it.each(['2015-13', '2015-02-30', '2015-Q5', '2015-W54', '2015-02-14--2015-02-01', 'Feb 2015', '', '3025', '3025-02', '0025-Q1', '3025-W07'])('%j is not a DSR period', (text) => {
    expect(readDsrPeriod(text)).toBeNull();
  });

  it('reads HEAD dates and timestamps as printed', () => {
    expect(readDsrDate('2025-03')).toEqual({ start: 20250301, end: 20250331 });
    expect(readDsrTimestampDay('2016-01-21T15:09:26Z')).toBe(20160121);
    expect(readDsrTimestampDay('20160121T150926')).toBe(20160121);
    expect(readDsrTimestampDay('yesterday')).toBeNull();
  });

  it('takes no year statements never date anything in: a slip, and past what the rollups count months to', () => {
    expect(readDsrDate('3025-03-05')).toBeNull();
    expect(readDsrDate('1899-12')).toBeNull();
    expect(readDsrTimestampDay('3025-0305T12:00:00Z')).toBeNull();
    expect(readDsrDate('2200-12-31')).toEqual({ start: 22001231, end: 22001231 });
  });
});

describe('DSR file names', () => {
  it('reads recipient, sender, service, period, territory, part and time stamp (recipient first, as DSR Part 1 says)', () => {
    expect(readDsrFileName('/in/DSR_PADPIDA2014999999Z_PADPIDA2014111801Y_AdSupport_2015-02_AU_1of2_20150723T092522.tsv')).toEqual({
      recipient: 'PADPIDA2014999999Z', sender: 'PADPIDA2014111801Y', service: 'AdSupport', period: '2015-02', territory: 'AU',
      part: { n: 1, of: 2 }, created: '20150723T092522',
    });
  });

  it('accepts a name without xofy, empty elements and a .tsv.gz extension', () => {
    expect(readDsrFileName('DSR__YouTube_AdSupport-music_2015-Q4__20160121T150926.tsv.gz')).toEqual({
      recipient: '', sender: 'YouTube', service: 'AdSupport-music', period: '2015-Q4', territory: '', part: null, created: '20160121T150926',
    });
  });

  it.each(['results.tsv', 'DSR_A_B_C_2015-02_AU_1of2.tsv', 'DSR_A_B_C_2015-02_AU_one_20150723T092522.tsv', 'ACK_A_B_C_2015_AU_20150723T092522.tsv'])(
    '%s is not a DSR file name',
    (name) => {
      expect(readDsrFileName(name)).toBeNull();
    },
  );
});

describe('recognising a DSR flat file from its first bytes', () => {
  it.each([
    ['HEAD\tdsrf/30\tUGCProfile\t1.0\t1\n#HEAD\tMessageVersion\n', true],
    ['\uFEFFHEAD\tID1\tUgcProfile\t1.1\r\nSY03\tx\r\n', true],
    ['HEAD\tv1\tsomething\t1\nSY02.02\t1\tx\nFOOT\t3\n', true],
    ['Reporting Date\tSale Month\tStore\n2025-01-01\t2024-12\tSpotify\n', false],
    ['HEAD,dsrf/30,UGCProfile\n', false],
    ['HEAD\tonly one line about a head of lettuce\n', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeDdexDsr(text)).toBe(expected);
  });
});
