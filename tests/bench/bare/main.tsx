import { createRoot } from 'react-dom/client';

// The reference the budget is measured against: React rendering one heading, nothing else.
createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);
