import { describe, expect, it } from 'vitest';
import { bringBackAllLabel, setAsideAllLabel, stillWaitingText, waitingCountText } from '../../../src/renderer/src/pages/import/quarantine/shown-lines';

describe('the quarantined lines a correction dialog lists, and what stands after it', () => {
  it('says how many of those waiting it lists only when it lists fewer, and names the action on all of them by what it takes', () => {
    expect(waitingCountText(40, 40)).toBeNull();
    expect(waitingCountText(500, 1200)).toBe('Showing 500 of 1,200 waiting');
    expect(setAsideAllLabel(40, 40)).toBe('Set aside all 40');
    expect(setAsideAllLabel(500, 1200)).toBe('Set aside the 500 shown');
    expect(setAsideAllLabel(1, 1)).toBe('Set aside the 1 line');
    expect(bringBackAllLabel(1, 1)).toBe('Bring back the 1 line');
    expect(bringBackAllLabel(40, 40)).toBe('Bring back all 40');
    expect(bringBackAllLabel(500, 1200)).toBe('Bring back the 500 shown');
  });

  it('tells a summary how many of the lines it quarantined still wait, and that none does once all were corrected or set aside', () => {
    expect(stillWaitingText(40, { rejected: 40, setAside: 0 })).toBeNull();
    expect(stillWaitingText(1200, { rejected: 1200, setAside: 500 })).toBe('700 lines of 1,200 quarantined still wait for correction.');
    expect(stillWaitingText(2, { rejected: 1, setAside: 0 })).toBe('1 line of 2 quarantined still waits for correction.');
    expect(stillWaitingText(40, { rejected: 40, setAside: 40 })).toBe('All quarantined lines corrected or set aside.');
    expect(stillWaitingText(3, { rejected: 1, setAside: 1 })).toBe('All quarantined lines corrected or set aside.');
    expect(stillWaitingText(3, { rejected: 0, setAside: 0 })).toBe('All quarantined lines corrected.');
  });
});
