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

  it('reports an unclosed quote with the line it starts on', () => {
    expect(() => parseAll('a,b\n1,"never closed\n2,3\n')).toThrow(/never closed/);
    try {
      parseAll('a,b\n1,"never closed\n2,3\n');
    } catch (error) {
      expect((error as { line: number }).line).toBe(2);
    }
  });
});
