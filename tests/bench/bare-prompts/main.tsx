import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The reference the candidate's key press is measured against: React swapping the same headings
// and answers (a06's prompts, handed in at build time) on the same keys, 1-5 then Enter, with no
// engine behind it. Whatever the app takes beyond this is the loop's and the screen's own cost.
declare const __PROMPTS__: Array<{ id: string; text: string; options: string[] }>;

function Prompts() {
  const [at, setAt] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);
  const prompt = __PROMPTS__[at];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (/^[1-5]$/.test(e.key)) setChosen(Number(e.key) - 1);
      else if (e.key === 'Enter' && chosen !== null) {
        setAt((i) => i + 1);
        setChosen(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chosen]);
  if (!prompt) return <p>The end.</p>;
  return (
    <section>
      <h2 id="prompt-heading">{prompt.text}</h2>
      <ol>
        {prompt.options.map((o, i) => (
          <li key={o} aria-selected={chosen === i}>
            {o}
          </li>
        ))}
      </ol>
    </section>
  );
}

createRoot(document.getElementById('root')!).render(<Prompts />);
