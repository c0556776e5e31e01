import { describe, expect, it } from 'vitest';
import { blamedColumn, lineCells, withCell } from '../../../src/renderer/src/pages/import/quarantine/line-cells';

const csv = { columns: ['Title', 'Units', 'Earned', ''], delimiter: ',', quoted: true };
const sheet = { columns: ['Title', 'Units', 'Earned'], delimiter: '\t', quoted: false };

describe('a quarantined line cell by cell', () => {
  it('splits a text line as its file wrote it, padded to the header, a blank column name numbered', () => {
    expect(lineCells('"Love, Actually",3', csv)).toEqual({ cells: ['Love, Actually', '3', '', ''], names: ['Title', 'Units', 'Earned', 'Column 4'] });
    expect(lineCells('a,b,c,d,e', csv)!.names).toEqual(['Title', 'Units', 'Earned', 'Column 4', 'Column 5']);
  });

  it('is no cells when the text is no single record: it is corrected as text then', () => {
    expect(lineCells('"Love, Actually,3', csv)).toBeNull();
  });

  it('writes a changed cell back quoted as the file would, and the cells a short line lacked once filled', () => {
    const { cells } = lineCells('"Love, Actually",3', csv)!;
    expect(withCell(cells, 2, '1.50', csv)).toBe('"Love, Actually",3,1.50,');
    expect(withCell(cells, 0, 'Say "hi"', csv)).toBe('"Say ""hi""",3,,');
  });

  it("keeps a sheet row's cells as they are, quotes and all, joined by its delimiter", () => {
    const { cells } = lineCells('He said "Hi"\t4\tn/a', sheet)!;
    expect(cells).toEqual(['He said "Hi"', '4', 'n/a']);
    expect(withCell(cells, 2, '2.5', sheet)).toBe('He said "Hi"\t4\t2.5');
  });

  it('drops empty cells past the header again, so a mended line is not widened', () => {
    const { cells } = lineCells('a,1,2,x,', csv)!;
    expect(withCell(cells, 3, '', csv)).toBe('a,1,2,');
  });

  it('knows the column a reason blames by the name the importer quotes', () => {
    expect(blamedColumn('column "Earned": "1,x" is not an amount', 'Earned')).toBe(true);
    expect(blamedColumn('column "Earned": "1,x" is not an amount', 'Units')).toBe(false);
  });
});
