import { describe, expect, it } from 'vitest';
import { withWitnessedDate } from '../../../src/renderer/src/pages/import/day-first-note';

const IMPORTER_SAYS = 'This file writes its dates day first (it has dates such as 13/04 that cannot be month first): every numeric date in it was read as day/month/year.';

describe('the day-first note on a card', () => {
  it('names a date of the card’s own sample lines that can only be day first, as the wizard does', () => {
    const sample = [{ Date: '03/04/2025', Store: 'Spotify' }, { Date: '15/03/2025', Store: 'Deezer' }];
    expect(withWitnessedDate(IMPORTER_SAYS, sample)).toBe(
      'This file writes its dates day first (it has dates such as 15/03/2025 that cannot be month first): every numeric date in it was read as day/month/year.',
    );
  });

  it('leaves the importer’s words when the sample holds no such date, and leaves other warnings alone', () => {
    expect(withWitnessedDate(IMPORTER_SAYS, [{ Date: '03/04/2025' }])).toBe(IMPORTER_SAYS);
    expect(withWitnessedDate('Columns the app does not use yet: “Notes”.', [{ Date: '15/03/2025' }])).toBe('Columns the app does not use yet: “Notes”.');
  });
});
