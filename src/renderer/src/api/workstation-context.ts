import { createContext, useContext } from 'react';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';

export const WorkstationContext = createContext<WorkstationApi | null>(null);

export function useWorkstation(): WorkstationApi {
  const api = useContext(WorkstationContext);
  if (!api) throw new Error('useWorkstation() needs a <WorkstationContext.Provider> above it');
  return api;
}
