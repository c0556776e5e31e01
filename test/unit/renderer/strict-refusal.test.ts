import { describe, expect, it } from 'vitest';
import { strictRefusalsText } from '../../../src/renderer/src/pages/import/strict-refusal';

describe('the files strict mode leaves out, beside the Import button', () => {
  it('says nothing when it leaves none, and counts them otherwise', () => {
    expect(strictRefusalsText(0)).toBeNull();
    expect(strictRefusalsText(1)).toBe('1 file would be refused in strict mode and stays here: choose Lenient to import its readable lines.');
    expect(strictRefusalsText(2)).toBe('2 files would be refused in strict mode and stay here: choose Lenient to import their readable lines.');
  });
});
