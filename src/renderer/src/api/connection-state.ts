import { create } from 'zustand';

interface ConnectionState {
  /** The workstation stopped answering: its event stream broke, or a request never reached it. */
  lost: boolean;
}

/**
 * Whether the browser page still reaches the workstation. Only the bridge transport says so: in
 * the desktop app the workstation lives and dies with the window.
 */
export const useConnectionState = create<ConnectionState>()(() => ({ lost: false }));

export function noteConnectionLost(): void {
  if (!useConnectionState.getState().lost) useConnectionState.setState({ lost: true });
}

export function noteConnectionBack(): void {
  if (useConnectionState.getState().lost) useConnectionState.setState({ lost: false });
}
