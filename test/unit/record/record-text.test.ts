import { describe, expect, it } from 'vitest';
import { DelimitedParser } from '../../../src/main/import/delimited-parser';
import { joinRecord, splitRecord } from '../../../src/shared/record/record-text';

const readByImporter = (text: string, delimiter: string) => {
  const parser = new DelimitedParser(delimiter);
  return [...parser.push(text), ...parser.end()].map((record) => record.fields);
};

describe('a record as a file writes it', () => {
  const awkward = ['Love, "Actually"', 'two\nlines', '', 'plain', ' spaced ', 'tab\there'];

  it('quotes only the cells that need it, doubling their quotes', () => {
    expect(joinRecord(['a', 'b,c', 'say "hi"', ''], ',')).toBe('a,"b,c","say ""hi""",');
    expect(joinRecord(['a', 'b,c', 'tab\there'], '\t')).toBe('a\tb,c\t"tab\there"');
  });

  it("is read back into the same cells by the importer's parser and by splitRecord", () => {
    for (const delimiter of [',', ';', '\t', '|']) {
      const text = joinRecord(awkward, delimiter);
      expect(readByImporter(text, delimiter)).toEqual([awkward]);
      expect(splitRecord(text, delimiter)).toEqual(awkward);
    }
  });

  it('splits what the importer splits, empty cells and a quoted empty cell included', () => {
    for (const text of ['a,,c', '"",b', 'a,"b ""x""",c', ',', 'only']) {
      expect(splitRecord(text, ',')).toEqual(readByImporter(text, ',')[0]);
    }
  });

  it('is no record when a quote is left open, text follows a closing quote, or a line break is outside quotes', () => {
    expect(splitRecord('a,"b', ',')).toBeNull();
    expect(splitRecord('a,"b"x,c', ',')).toBeNull();
    expect(splitRecord('a,b\nc,d', ',')).toBeNull();
  });
});
