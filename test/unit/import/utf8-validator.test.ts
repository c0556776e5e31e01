import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Validator } from '../../../src/main/import/text-encoding';

/** The reference: a strict decoder over the whole text at once. */
function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function validInChunks(bytes: Uint8Array, cuts: number[]): boolean {
  const validator = new Utf8Validator();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    validator.push(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  validator.push(bytes.subarray(from));
  return validator.end();
}

describe('the UTF-8 check of a statement read in chunks', () => {
  it('agrees with a strict decoder of the whole text, wherever the chunks are cut', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', 'é', 'ß', '€', '日', '本', '𝄞', '\n') });
    // Valid text, text with a byte changed, and raw bytes (mostly not UTF-8).
    const bytes = fc.oneof(
      text.map((t) => new TextEncoder().encode(t)),
      fc.tuple(text, fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([t, at, byte]) => {
        const b = new TextEncoder().encode(t);
        if (b.length) b[at % b.length] = byte;
        return b;
      }),
      fc.uint8Array({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(bytes, fc.array(fc.nat({ max: 60 }), { maxLength: 6 }), (b, cuts) => {
        expect(validInChunks(b, cuts)).toBe(decodes(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a file that ends inside a character, and a Windows-1252 accent', () => {
    expect(validInChunks(new Uint8Array([0x61, 0xe2, 0x82]), [2])).toBe(false);
    expect(validInChunks(new Uint8Array([0x50, 0x65, 0xf1, 0x61]), [])).toBe(false);
    expect(validInChunks(new TextEncoder().encode('Peñalba €'), [3, 9, 10])).toBe(true);
  });
});
