import { describe, expect, it } from 'vitest';
import { CsvOptions } from '../../../src/shared/export/csv-options';
import { resultToCsv } from '../../../src/main/export/csv-writer';

const result = {
  columns: [
    { name: 'platform', label: 'Platform', type: 'text' as const },
    { name: 'revenue', label: 'Revenue (USD)', type: 'decimal' as const },
  ],
  rows: [
    ['Spotify', '12.34567890'],
    ['Say "hi"; now', '-1.50000000'],
    ['=HYPERLINK("http://x")', '0.00000000'],
  ],
};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('CSV writer', () => {
  it('writes the defaults: comma, header, CRLF, no BOM, formulas guarded', () => {
    expect(text(resultToCsv(result, CsvOptions.parse({})))).toBe(
      'Platform,Revenue (USD)\r\nSpotify,12.34567890\r\n"Say ""hi""; now",-1.50000000\r\n"\'=HYPERLINK(""http://x"")",0.00000000\r\n',
    );
  });

  it('honours delimiter, header, BOM and line endings', () => {
    const bytes = resultToCsv(result, CsvOptions.parse({ delimiter: ';', header: false, bom: true, lineEnding: 'lf', guardFormulas: false }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes.slice(3))).toBe('Spotify;12.34567890\n"Say ""hi""; now";-1.50000000\n"=HYPERLINK(""http://x"")";0.00000000\n');
    expect(text(resultToCsv(result, CsvOptions.parse({ delimiter: '\t' }))).split('\r\n')[0]).toBe('Platform\tRevenue (USD)');
  });
});
