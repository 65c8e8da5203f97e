/** Renderer entry: mounts the app. Styles come from index.html (the CSP allows only 'self'). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('#root fehlt in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
