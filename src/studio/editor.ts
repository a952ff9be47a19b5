import { autocompletion, closeBrackets, completionKeymap, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab, redo, undo } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { Pack } from '../../machines/content/schema';
import { complete } from './completions';
import { hoverAt } from './hover';
import type { JsonSchema } from './schemaLookup';
import type { DraftProblem } from './checkDraft';

export interface EditorOptions {
  parent: HTMLElement;
  text: string;
  schema: JsonSchema;
  packs: () => ReadonlyArray<Pack>;
  ruleKinds: ReadonlyArray<string>;
  onChange: (text: string) => void;
  onCursorLine: (line: number) => void;
}

// CodeMirror's default token colours, each through a CSS variable (`--code-00c` for #00c) that the
// studio's stylesheet sets lighter in a dark scheme: the defaults are dark ink, unreadable on a dark page.
const schemeHighlight = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) =>
    spec.color ? { ...spec, color: `var(--code-${spec.color.slice(1)}, ${spec.color})` } : spec,
  ),
);

/** The studio's editor: CodeMirror 6 with YAML, the schema's completion and hover, and the validator's problems. */
export interface StudioEditor {
  view: EditorView;
  text(): string;
  replaceAll(text: string): void;
  showProblems(problems: DraftProblem[], file: string): void;
  goToLine(line: number): void;
  undo(): void;
  redo(): void;
  destroy(): void;
}

const TYPES = { key: 'property', id: 'variable', value: 'enum' } as const;

function hoverDom(help: NonNullable<ReturnType<typeof hoverAt>>): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'studio-hover';
  const head = dom.appendChild(document.createElement('p'));
  head.className = 'studio-hover-path';
  head.textContent = help.path;
  if (help.description) dom.appendChild(document.createElement('p')).textContent = help.description;
  if (help.expects) {
    const expects = dom.appendChild(document.createElement('p'));
    expects.className = 'studio-hover-expects';
    expects.textContent = `Expects ${help.expects}.`;
  }
  return dom;
}

/** Mount the editor; problems arrive from the worker and are drawn as underlines at their lines. */
export function createEditor(o: EditorOptions): StudioEditor {
  const source = (cx: CompletionContext) => {
    const found = complete(cx.state.doc.toString(), cx.pos, o.schema, o.packs(), o.ruleKinds);
    if (!found || (!found.suggestions.length && !cx.explicit)) return null;
    // Typing a value only prompts where the field refers to something; a key prompts as soon as it is begun.
    if (!cx.explicit && found.from === cx.pos && !cx.matchBefore(/:\s$|-\s$|\[\s*$|,\s*$/)) return null;
    return {
      from: found.from,
      to: found.to,
      validFor: /^[\w$-]*$/,
      options: found.suggestions.map((s) => ({
        label: s.label,
        type: TYPES[s.type],
        detail: s.detail,
        info: s.info,
        apply: s.type === 'key' ? `${s.label}: ` : s.label,
        boost: s.type === 'key' && s.detail?.startsWith('required') ? 1 : 0,
      })),
    };
  };
  const view = new EditorView({
    parent: o.parent,
    state: EditorState.create({
      doc: o.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightSelectionMatches(),
        syntaxHighlighting(schemeHighlight, { fallback: true }),
        yaml(),
        // Scenario prose runs long: wrapped, a whole answer reads without scrolling sideways.
        EditorView.lineWrapping,
        lintGutter(),
        autocompletion({ override: [source], activateOnTyping: true }),
        hoverTooltip((v, pos) => {
          const help = hoverAt(v.state.doc.toString(), pos, o.schema);
          return help ? { pos: help.from, end: help.to, above: true, create: () => ({ dom: hoverDom(help) }) } : null;
        }),
        keymap.of([
          ...completionKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
          ...lintKeymap,
          indentWithTab,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) o.onChange(u.state.doc.toString());
          if (u.docChanged || u.selectionSet) o.onCursorLine(u.state.doc.lineAt(u.state.selection.main.head).number);
        }),
        // An explicit tab stop, so checkers (axe) see the scrolling editor as reachable by keyboard, which it is.
        EditorView.contentAttributes.of({ 'aria-label': 'Scenario file (YAML)', tabindex: '0' }),
      ],
    }),
  });
  const lineRange = (line: number) => {
    const l = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
    // Underline the text of the line, not its indentation.
    const indent = /^\s*/.exec(l.text)![0].length;
    return { from: l.from + Math.min(indent, l.length), to: l.to };
  };
  return {
    view,
    text: () => view.state.doc.toString(),
    replaceAll(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showProblems(problems, file) {
      const diagnostics: Diagnostic[] = problems
        .filter((p) => p.file === file)
        .map((p) => ({
          ...(p.line ? lineRange(p.line) : { from: 0, to: 0 }),
          severity: 'error',
          source: p.path,
          message: `${p.path}: ${p.message}`,
        }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goToLine(line) {
      const { from } = lineRange(line);
      view.dispatch({
        selection: EditorSelection.cursor(from),
        effects: EditorView.scrollIntoView(from, { y: 'center' }),
      });
      view.focus();
    },
    undo: () => undo(view),
    redo: () => redo(view),
    destroy: () => view.destroy(),
  };
}
