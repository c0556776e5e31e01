import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildWorkstationApi } from './workstation-bridge';

/**
 * Runs sandboxed before the page. The renderer receives plain functions only: the IPC event
 * object (which carries the sender) never crosses into the page, nor does a dropped file's path.
 */
const api = buildWorkstationApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (channel, listener) => {
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, relay);
    return () => {
      ipcRenderer.removeListener(channel, relay);
    };
  },
  (file) => webUtils.getPathForFile(file),
);

contextBridge.exposeInMainWorld('workstation', api);
