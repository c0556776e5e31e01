import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedParser, MAX_RECORD_CHARS, type DelimitedRecord } from '../../../src/main/import/delimited-parser';

function parseAll(text: string, delimiter = ',', chunkSize = text.length || 1, maxRecordChars?: number): DelimitedRecord[] {
  const parser = new DelimitedParser(delimiter, maxRecordChars);
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

  it('gives a record longer than the longest it reads as too long, with its line, length and start', () => {
    const long = `${'x'.repeat(MAX_RECORD_CHARS - 2)},y`;
    const text = `a,b\n${long}z\n${long}\n1,2\n`;
    for (const chunk of [text.length, 1 << 20, 64 * 1024, 4099]) {
      expect(parseAll(text, ',', chunk)).toEqual([
        { fields: ['a', 'b'], line: 1 },
        {
          fields: [],
          line: 2,
          tooLong: { reason: 'this line is 1,048,577 characters long; a statement line is at most 1,048,576 characters', raw: `${long}z`.slice(0, MAX_RECORD_CHARS) },
        },
        { fields: ['x'.repeat(MAX_RECORD_CHARS - 2), 'y'], line: 3 },
        { fields: ['1', '2'], line: 4 },
      ]);
    }
  });

  it('reads a record too long to keep on to its end across quoted line breaks, and counts them', () => {
    const text = 'a,b\r\n1,"one\r\ntwo\nthree ""quoted""\rfour"\r\n2,3\r\n';
    const record = text.split('\r\n').slice(1, 3).join('\r\n');
    for (let chunk = 1; chunk <= text.length; chunk++) {
      expect(parseAll(text, ',', chunk, 12)).toEqual([
        { fields: ['a', 'b'], line: 1 },
        { fields: [], line: 2, tooLong: { reason: `the record on lines 2–5 is ${record.length} characters long; a statement line is at most 12 characters`, raw: record.slice(0, 12) } },
        { fields: ['2', '3'], line: 6 },
      ]);
    }
  });

  it('still reports an unclosed quote that runs past the longest record, keeping only its start', () => {
    const text = `a,b\n1,2\n3,"never closed\n${'4,5\n'.repeat(100)}`;
    for (const chunk of [text.length, 7]) {
      expect(() => parseAll(text, ',', chunk, 32)).toThrow(/never closed/);
      try {
        parseAll(text, ',', chunk, 32);
      } catch (error) {
        expect(error).toMatchObject({ line: 3, raw: text.slice(8, 8 + 32) });
      }
    }
  });

  it('reads records up to the longest it reads, and refuses longer ones alike, whatever the chunks', () => {
    // Cells that need quotes get them, others at random: a quote inside an unquoted cell is text.
    const cellArb = fc.tuple(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n'), maxLength: 10 }), fc.boolean());
    const quoted = (cell: string, quote: boolean, alone: boolean) =>
      quote || /^"|[,\r\n]/.test(cell) || (alone && cell === '') ? `"${cell.replaceAll('"', '""')}"` : cell;
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (records, limit, chunk, eol) => {
        const written = records.map((cells) => cells.map(([cell, quote]) => quoted(cell, quote, cells.length === 1)).join(','));
        const expected: DelimitedRecord[] = [];
        let line = 1;
        records.forEach((cells, i) => {
          const text = written[i]!;
          const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
          if (text.length <= limit) expected.push({ fields: cells.map(([cell]) => cell), line });
          else expected.push({ fields: [], line, tooLong: { reason: expect.stringContaining(` is ${text.length} characters long`), raw: text.slice(0, limit) } });
          line += 1 + breaks;
        });
        expect(parseAll(written.join(eol) + eol, ',', chunk, limit)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
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
