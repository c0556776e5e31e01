import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { statementStillArriving } from '../../../../src/main/import/statement-still-arriving';
import { zipBytes } from '../../../fixtures/make-containers';
import { tempDataFolder } from '../../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
beforeEach(() => {
  folder = tempDataFolder('tunemantra-arriving-');
});
afterEach(() => folder.remove());

const judged = (name: string, bytes: Uint8Array | string) => statementStillArriving(folder.write(name, bytes));
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from(utf16le(text)).swap16();

/** A zip whose end record is followed by a comment, as some archivers write. */
function zipWithComment(comment: string): Buffer {
  const zip = zipBytes([{ name: 'april.csv', data: 'Title,Earnings\nLuz,2.50\n' }]);
  zip.writeUInt16LE(comment.length, zip.length - 2);
  return Buffer.concat([zip, Buffer.from(comment, 'latin1')]);
}

describe('whether a settled statement may still be arriving', () => {
  it('reads a text statement as whole when it ends with a line break, CR or LF', () => {
    expect(judged('a.csv', 'Title,Earnings\nLuz,2.50\n')).toBeNull();
    expect(judged('a.tsv', 'Title\tEarnings\r\nLuz\t2.50\r\n')).toBeNull();
    expect(judged('a.txt', 'Title,Earnings\rLuz,2.50\r')).toBeNull();
    expect(judged('a.csv', 'Title,Earnings\nLuz,2.5')).toBe('it does not end with a line break yet');
    expect(judged('a.csv', '')).toBe('it is still empty');
  });

  it('reads a UTF-16 line break as its two bytes, in either byte order, with or without a byte-order mark', () => {
    expect(judged('le.csv', utf16le('Title\tEarnings\r\nLuz\t2.50\r\n'))).toBeNull();
    expect(judged('le.csv', utf16le('Title\tEarnings\nLuz\t2.50\n').subarray(2))).toBeNull();
    expect(judged('le.csv', utf16le('Title\tEarnings\r\nLuz\t2.50'))).toBe('it does not end with a line break yet');
    // Cut between the two bytes of its last line break.
    expect(judged('le.csv', utf16le('Title\tEarnings\nLuz\t2.50\n').subarray(0, -1))).toBe('it ends in the middle of a UTF-16 character');
    expect(judged('be.csv', utf16be('Title\tEarnings\nLuz\t2.50\n'))).toBeNull();
    expect(judged('be.csv', utf16be('Title\tEarnings\n\u0A00'))).toBe('it does not end with a line break yet');
  });

  it('reads Shift_JIS and Windows-1252 statements by their last byte, which a character never makes a line break', () => {
    // 曲 (8B C8) and ア (83 41), as TuneCore Japan writes them.
    const shiftJis = Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0d, 0x0a, 0x8b, 0xc8, 0x83, 0x41]);
    expect(judged('tunecore.csv', Buffer.concat([shiftJis, Buffer.from([0x0d, 0x0a])]))).toBeNull();
    expect(judged('tunecore.csv', shiftJis)).toBe('it does not end with a line break yet');
    expect(judged('cdbaby.csv', Buffer.from('Title\nCaf\xe9\n', 'latin1'))).toBeNull();
    expect(judged('cdbaby.csv', Buffer.from('Title\nCaf\xe9', 'latin1'))).toBe('it does not end with a line break yet');
  });

  it('reads a zip or workbook as whole once its end record is there, comment and all', () => {
    const zip = zipBytes([{ name: 'april.csv', data: 'Title,Earnings\nLuz,2.50' }]);
    expect(judged('april.zip', zip)).toBeNull();
    expect(judged('april.zip', zip.subarray(0, -22))).toBe('it has no zip end record yet');
    expect(judged('april.zip', zip.subarray(0, -1))).toBe('it has no zip end record yet');
    expect(judged('april.xlsx', zip)).toBeNull();
    expect(judged('april.xlsx', zip.subarray(0, zip.length / 2))).toBe('it has no zip end record yet');
    expect(judged('commented.zip', zipWithComment('Exported by the label'))).toBeNull();
    expect(judged('commented.zip', zipWithComment('Exported by the label').subarray(0, -5))).toBe('it has no zip end record yet');
  });

  it('leaves a gzip file to its import, which refuses one cut short whole', () => {
    const gzip = gzipSync('Title,Earnings\nLuz,2.50\n');
    expect(judged('april.csv.gz', gzip.subarray(0, -4))).toBeNull();
  });
});
