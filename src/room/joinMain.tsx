import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { JoinScreen } from './JoinScreen';
import './join.css';

// The code comes from the path (/j/CODE, what the QR code opens) or, from inside the app, #/join/CODE.
const code = /\/j\/([^/?#]+)/.exec(location.pathname)?.[1] ?? /#\/join\/([^/?]+)/.exec(location.hash)?.[1] ?? '';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <JoinScreen initialCode={decodeURIComponent(code)} />
  </StrictMode>,
);
