import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../src/preload/base64-encode';

function bytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 131 + 7) & 0xff);
}

/** atob is the browser's own decoder: what the encoder writes must come back byte for byte. */
function decoded(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

describe('bytesToBase64', () => {
  it('gives the standard encoding, padding only at the very end', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(bytesToBase64(text(''), 3)).toBe('');
    expect(bytesToBase64(text('M'), 3)).toBe('TQ==');
    expect(bytesToBase64(text('Ma'), 3)).toBe('TWE=');
    expect(bytesToBase64(text('Man'), 3)).toBe('TWFu');
    expect(bytesToBase64(text('Many hands'), 3)).toBe('TWFueSBoYW5kcw==');
    expect(bytesToBase64(text('Many hands'), 6)).toBe('TWFueSBoYW5kcw==');
  });

  it('round-trips every length around a chunk edge', () => {
    for (let length = 0; length <= 13; length++) {
      const input = bytes(length);
      expect(decoded(bytesToBase64(input, 6)), `length ${length}`).toEqual(input);
    }
  });

  it('encodes a file far larger than one spread into String.fromCharCode can take', () => {
    const input = bytes(1_200_001);
    const base64 = bytesToBase64(input);
    expect(base64).toHaveLength(1_600_004);
    const back = decoded(base64);
    // A plain loop: a deep equality over megabytes is slower than the encoding under test.
    const firstDifference = back.findIndex((byte, index) => byte !== input[index]);
    expect(back.length).toBe(input.length);
    expect(firstDifference).toBe(-1);
  });

  it('keeps every byte value, including the ones that are not text', () => {
    const input = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(decoded(bytesToBase64(input))).toEqual(input);
  });

  it('refuses a chunk size that would put padding in the middle', () => {
    expect(() => bytesToBase64(bytes(10), 4)).toThrow(RangeError);
    expect(() => bytesToBase64(bytes(10), 0)).toThrow(RangeError);
  });
});
