import { useId } from 'react';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useImportStore, type ImportMode } from '../../stores/import-store';

const MODE_CHOICES: { value: ImportMode; label: string }[] = [
  { value: 'lenient', label: 'Lenient' },
  { value: 'strict', label: 'Strict' },
];

const MODE_HINTS: Record<ImportMode, string> = {
  lenient: 'Imports the lines that read well and quarantines the rest, each with its reason, to correct here afterwards or download.',
  strict: 'Rejects a whole file when any of its lines cannot be read, so nothing from it is counted.',
};

/** What the import does with a line that cannot be read, chosen once for all the files staged. */
export function ImportModeChoice() {
  const modeLabelId = useId();
  const mode = useImportStore((state) => state.mode);
  return (
    <div className="import-mode">
      {/* The group's own legend is for assistive technology only: this label shows it, and says it once. */}
      <span id={modeLabelId} className="import-mode-label">
        When a line cannot be read
      </span>
      <SegmentedControl legend="Import mode" options={MODE_CHOICES} value={mode} onChange={(value) => useImportStore.getState().setMode(value)} describedBy={modeLabelId} />
      <p className="import-mode-hint">{MODE_HINTS[mode]}</p>
    </div>
  );
}
