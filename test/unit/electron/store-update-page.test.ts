import { describe, expect, it } from 'vitest';
import { storeUpdatePage } from '../../../src/main/electron/store-update-page';
import { storeUpdateText } from '../../../src/main/store/store-update';

describe('the notice shown while an older store is migrated', () => {
  it('says how large the store is and that a large one takes minutes, once', () => {
    expect(storeUpdateText({ fromVersion: 13, toVersion: 14, lines: 10_000_000 })).toBe(
      'Updating the data file (10,000,000 statement lines) for this version of the workstation. It can take a few minutes for a store this size, and happens once; please leave the app open.',
    );
    expect(storeUpdateText({ fromVersion: 2, toVersion: 14, lines: 1 })).toBe(
      'Updating the data file (1 statement line) for this version of the workstation. It takes a moment, and happens once; please leave the app open.',
    );
  });

  it('is a page with no script, allowed none by its own policy, with the sentence as its status', () => {
    const page = storeUpdatePage({ fromVersion: 13, toVersion: 14, lines: 250_000 }, 'Label <Tools> & Co');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).toContain('<title>Label &#60;Tools&#62; &#38; Co</title>');
    expect(page).toContain('<p role="status">Updating the data file (250,000 statement lines)');
  });
});
