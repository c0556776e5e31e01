import { useEffect, useState } from 'react';
import type { MappingInspectRequest, MappingInspection } from '../../../../../shared/contract/column-mapping';
import { useWorkstation } from '../../../api/workstation-context';

export type InspectionState =
  | { phase: 'loading' }
  | { phase: 'ready'; inspection: MappingInspection }
  | { phase: 'failed'; message: string };

export type SourceChoice = Omit<MappingInspectRequest, 'stagedId'>;

/** The staged file's first rows, read again whenever the user picks another delimiter, encoding or sheet. */
export function useInspection(stagedId: string, source: SourceChoice): InspectionState {
  const api = useWorkstation();
  const [state, setState] = useState<InspectionState>({ phase: 'loading' });
  const { delimiter, encoding, sheet } = source;
  useEffect(() => {
    let current = true;
    setState({ phase: 'loading' });
    void api.inspectForMapping({ stagedId, delimiter, encoding, sheet }).then((answer) => {
      if (!current) return;
      setState(answer.ok ? { phase: 'ready', inspection: answer.value } : { phase: 'failed', message: answer.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, stagedId, delimiter, encoding, sheet]);
  return state;
}
