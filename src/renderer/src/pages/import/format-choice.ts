import type { FormatAlternative, ImportPreview } from '../../../../shared/contract/imports';

/**
 * The layouts a file may be read as, kept from its first preview: once it is previewed as one of
 * them, that preview offers no alternative any more, and the user must still be able to go back.
 */
export interface FormatChoice {
  /** The layout detection picked, as "DistroKid (13-column)". */
  detected: string;
  alternatives: FormatAlternative[];
}

/** The "Read as" options: the detected layout first, by an empty value (let detection decide). */
export interface ReadAsOption {
  value: string;
  label: string;
}

const label = (name: string, variant: string | null) => (variant ? `${name} (${variant})` : name);

/** The choice a preview made without a chosen layout offers; null when only one layout fits. */
export function formatChoiceOf(preview: ImportPreview): FormatChoice | null {
  const alternatives = preview.alternatives ?? [];
  if (alternatives.length === 0 || preview.format === null) return null;
  return { detected: label(preview.format, preview.variant), alternatives };
}

export function readAsOptions(choice: FormatChoice): ReadAsOption[] {
  return [{ value: '', label: choice.detected }, ...choice.alternatives.map((a) => ({ value: a.formatId, label: label(a.name, a.variant) }))];
}

/** "Also fits: Team sheet (saved mapping Team sheet v1)". */
export function alsoFitsText(choice: FormatChoice): string {
  return `Also fits: ${choice.alternatives.map((a) => label(a.name, a.variant)).join(', ')}`;
}
