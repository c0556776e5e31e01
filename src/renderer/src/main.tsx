import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectWorkstation } from './api/connect-workstation';
import { WorkstationContext } from './api/workstation-context';
import { App } from './App';
import { applyThemeToDocument } from './stores/theme-store';
import './styles/theme.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/connection.css';
import './styles/controls.css';
import './styles/welcome.css';
import './styles/overview.css';
import './styles/dialog.css';
import './styles/pages.css';
import './styles/import.css';
import './styles/fx-rates.css';
import './styles/platforms.css';

applyThemeToDocument(document.documentElement);
const api = connectWorkstation(window);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <WorkstationContext.Provider value={api}>
      <App />
    </WorkstationContext.Provider>
  </StrictMode>,
);
