import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedParser, type DelimitedRecord } from '../../../src/main/import/delimited-parser';

function parseAll(text: string, delimiter = ',', chunkSize = text.length || 1): DelimitedRecord[] {
  const parser = new DelimitedParser(delimiter);
  const out: DelimitedRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...parser.push(text.slice(i, i + chunkSize)));
  out.push(...parser.end());
  return out;
}

describe('delimited parser', () => {
  it('reads CRLF, LF and CR-only line endings with correct line numbers', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const records = parseAll(`a,b${eol}1,2${eol}${eol}3,4${eol}`);
      expect(records).toEqual([
        { fields: ['a', 'b'], line: 1 },
        { fields: ['1', '2'], line: 2 },
        { fields: ['3', '4'], line: 4 },
      ]);
    }
  });

  it('handles quotes, doubled quotes and line breaks inside quotes', () => {
    const records = parseAll('"x","say ""hi""","two\r\nlines"\n"",end,"a,b"\n');
    expect(records).toEqual([
      { fields: ['x', 'say "hi"', 'two\r\nlines'], line: 1 },
      { fields: ['', 'end', 'a,b'], line: 3 },
    ]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'h1\th2\r\n"q\r\nq"\tv\r\n1\t2\r3\t"4"\n';
    const whole = parseAll(text, '\t');
    for (let size = 1; size < text.length; size++) expect(parseAll(text, '\t', size)).toEqual(whole);
  });

  it('keeps a quote in the middle of a cell as text', () => {
    expect(parseAll('12" vinyl,1\n')).toEqual([{ fields: ['12" vinyl', '1'], line: 1 }]);
  });

  it('reads back any cells written the RFC 4180 way, quoted or not, in any chunks', () => {
    // Cells drawn from the characters that matter to the reader; a cell that needs quotes gets them,
    // others are quoted at random, so one-line records, quoted line breaks and doubled quotes mix.
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '"', '\r', '\n', 'é'), maxLength: 8 });
    const recordArb = fc.array(fc.tuple(cellArb, fc.boolean()), { minLength: 1, maxLength: 6 });
    const fileArb = fc.record({
      records: fc.array(recordArb, { minLength: 1, maxLength: 12 }),
      delimiter: fc.constantFrom(',', ';', '\t'),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      chunk: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(fileArb, ({ records, delimiter, eol, chunk }) => {
        const written = records.map((cells) =>
          cells.map(([cell, quote]) => {
            const needsQuotes = cell === '' ? cells.length === 1 : /["\r\n]/.test(cell) || cell.includes(delimiter);
            return needsQuotes || quote ? `"${cell.replaceAll('"', '""')}"` : cell;
          }).join(delimiter));
        const expected: DelimitedRecord[] = [];
        let line = 1;
        records.forEach((cells, i) => {
          expected.push({ fields: cells.map(([cell]) => cell), line });
          line += 1 + (written[i]!.match(/\r\n|\r|\n/g)?.length ?? 0);
        });
        expect(parseAll(written.join(eol) + eol, delimiter, chunk)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads text after a closing quote as part of the cell, as spreadsheets do', () => {
    expect(parseAll('"12" vinyl,"a"b\n')).toEqual([{ fields: ['12 vinyl', 'ab'], line: 1 }]);
  });

  it('reports an unclosed quote with the line it starts on', () => {
    expect(() => parseAll('a,b\n1,"never closed\n2,3\n')).toThrow(/never closed/);
    try {
      parseAll('a,b\n1,"never closed\n2,3\n');
    } catch (error) {
      expect((error as { line: number }).line).toBe(2);
    }
  });
});
