import { useEffect, useState } from 'react';
import type { MappingSpec } from '../../../../../shared/contract/column-mapping';
import type { ImportPreview } from '../../../../../shared/contract/imports';
import { useWorkstation } from '../../../api/workstation-context';

/** Long enough that typing a platform name or flicking through columns asks once, not per key. */
export const PREVIEW_DEBOUNCE_MS = 350;

export type MappingPreviewState =
  | { phase: 'idle' }
  /** `previous` stays on screen while the next answer is on its way, so the panel does not flash empty. */
  | { phase: 'loading'; previous: ImportPreview | null }
  | { phase: 'ready'; preview: ImportPreview }
  | { phase: 'failed'; message: string };

export function shownPreview(state: MappingPreviewState): ImportPreview | null {
  if (state.phase === 'ready') return state.preview;
  return state.phase === 'loading' ? state.previous : null;
}

/**
 * A dry run of the file read with the mapping as it stands, asked for a moment after the last
 * change. Answers to a mapping since changed are dropped.
 */
export function useMappingPreview(stagedId: string, spec: MappingSpec | null): MappingPreviewState {
  const api = useWorkstation();
  const [state, setState] = useState<MappingPreviewState>({ phase: 'idle' });
  // Compared as text: the wizard builds a new but equal spec object on every render.
  const key = spec === null ? null : JSON.stringify(spec);
  useEffect(() => {
    if (key === null) {
      setState({ phase: 'idle' });
      return;
    }
    let current = true;
    setState((before) => ({ phase: 'loading', previous: shownPreview(before) }));
    const timer = setTimeout(() => {
      void api.previewMapping({ stagedId, mapping: JSON.parse(key) as MappingSpec }).then((answer) => {
        if (!current) return;
        setState(answer.ok ? { phase: 'ready', preview: answer.value } : { phase: 'failed', message: answer.error.message });
      });
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, stagedId, key]);
  return state;
}
