/**
 * Roughly what a value holds on the heap: strings at two bytes a character, numbers and
 * references at eight, a small header per object. Good enough to keep a cache near its budget.
 */
export function approximateBytes(value: unknown): number {
  if (value === null || value === undefined) return 8;
  switch (typeof value) {
    case 'string':
      return 16 + 2 * value.length;
    case 'number':
    case 'boolean':
    case 'bigint':
      return 8;
    case 'object': {
      if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
      if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + 8 + approximateBytes(item), 16);
      return Object.entries(value).reduce((sum, [key, item]) => sum + approximateBytes(key) + approximateBytes(item), 16);
    }
    default:
      return 8;
  }
}
