import { describe, expect, it } from 'vitest';
import { guessDelimiter, guessHeaderRow, shownRows } from '../../../../src/main/import/column-mapping/inspected-rows';

describe('rows shown to the mapping wizard', () => {
  it('guesses the delimiter that splits the rows evenly, the wider split winning', () => {
    expect(guessDelimiter('Period;Store;Net\n2025-01;Spotify;1,50\n2025-01;Deezer;0,25\n')).toBe(';');
    expect(guessDelimiter('Period\tStore\tNet\n2025-01\tSpotify, Inc.\t1.50\n')).toBe('\t');
    expect(guessDelimiter('"Period","Store","Net"\n"2025-01","Spotify","1.50"\n')).toBe(',');
    expect(guessDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(guessDelimiter('just one column\n')).toBe(',');
  });

  it('takes the first row nearly as full as the fullest for the header, past a preamble', () => {
    const rows = [['Account', 'Acme'], ['Generated', '2025-05-01'], ['Period', 'Store', 'Artist', 'Title', 'Net'], ['2025-01', 'Spotify', 'A', 'T', '1']];
    expect(guessHeaderRow(rows)).toBe(3);
    expect(guessHeaderRow([['Period', 'Store'], ['2025-01', 'Spotify']])).toBe(1);
    expect(guessHeaderRow([])).toBe(1);
  });

  it('cuts long cells and keeps thirty rows', () => {
    const rows = shownRows(Array.from({ length: 40 }, (_, i) => [`row ${i}`, 'x'.repeat(500)]));
    expect(rows).toHaveLength(30);
    expect(rows[0]![1]).toHaveLength(200);
  });
});
