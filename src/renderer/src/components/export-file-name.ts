const RESERVED = /[/\\:*?"<>|]/;

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => char.charCodeAt(0) < 0x20);
}

/** Why a file name cannot be used, in words, or null when it can. Mirrors the export contract. */
export function fileNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the file a name.';
  if (trimmed.length > 120) return 'Keep the file name under 120 characters.';
  if (RESERVED.test(trimmed) || hasControlCharacter(trimmed)) return 'A file name cannot contain / \\ : * ? " < > | or control characters.';
  return null;
}
