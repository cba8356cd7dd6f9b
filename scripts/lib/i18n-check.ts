/**
 * What `npm run check:i18n` looks for: the dictionaries disagree (a key or a placeholder missing in
 * one language, an empty string), or a user-facing string is written outside them in interface code
 * (JSX text, a literal label or title, a `pl ? … : …` choice, an `{ en, pl }` pair, a sentence or a
 * Polish word in a string literal). Reads the source with the TypeScript parser: no type checking.
 * Not caught: a lone word without Polish letters in a plain string literal (`'Save'`), which cannot
 * be told from a key name or an identifier; JSX text and labels catch it where it is shown.
 */
import ts from 'typescript';

export interface Problem {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Words that are the same in every language: names of the product, formats and keys. */
export const ALLOWED_WORDS = ['Stormwatch', 'CSV', 'JSON', 'zip', 'p90', 'Enter', 'Esc', 'Ctrl', 'Shift'];

/** Attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const LETTERS = /\p{L}{2,}/u;
const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;
// A sentence: a capitalised word, then more words ("Reload this tab", "Not a valid selector").
const SENTENCE = /^\s*\p{Lu}\p{Ll}+(?:[\s,.:;!?'’–—-]+\p{L}+){1,}/u;

// "Stormwatch: possible crisis, …" is a sentence too, after the product's name.
const afterName = (s: string) => s.replace(/^\s*Stormwatch\s*[:—–-]\s*(\p{Ll})/u, (_, c: string) => c.toUpperCase());
const stripAllowed = (s: string) => ALLOWED_WORDS.reduce((x, w) => x.replace(new RegExp(`\\b${w}\\b`, 'g'), ''), s);
const isProse = (s: string) => LETTERS.test(stripAllowed(s));

/** Literals that are code, not text: ids, classes, CSS, selectors, URLs, MIME types, date formats. */
function looksLikeCode(s: string): boolean {
  return /^[\w.:/#@[\]=*-]*$/.test(s) || /[{};<>]|=>|\$\{/.test(s) || /^(https?:|chrome|\/)/.test(s);
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Problems in one interface source file. */
export function sourceProblems(file: string, source: string): Problem[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: Problem[] = [];
  const add = (node: ts.Node, text: string, why: string) =>
    out.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.trim().slice(0, 80),
      why,
    });
  const visit = (node: ts.Node): void => {
    // Imports, logging and thrown programmer errors are not interface text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node) && /^console\./.test(node.expression.getText(sf))) return;
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(sf))) return;
    if (ts.isJsxText(node)) {
      if (isProse(node.text)) add(node, node.text, 'text in JSX');
      return;
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init =
        ts.isJsxExpression(node.initializer) && node.initializer.expression
          ? node.initializer.expression
          : node.initializer;
      const text = literalText(init);
      if (text !== null && isProse(text)) add(node, text, `literal ${node.name.getText(sf)}`);
    }
    if (
      ts.isConditionalExpression(node) &&
      /(^|\W)(pl|lang\s*===?\s*'(pl|en)')(\W|$)/.test(node.condition.getText(sf))
    ) {
      const branches = [node.whenTrue, node.whenFalse].map(literalText);
      // Choosing a language code ('pl' / 'en') is not choosing a text.
      if (branches.some((b) => b !== null && isProse(b) && b !== 'pl' && b !== 'en'))
        add(node, node.getText(sf), 'a language chosen inline');
      return;
    }
    if (ts.isObjectLiteralExpression(node)) {
      const names = new Set(
        node.properties.flatMap((p) =>
          ts.isPropertyAssignment(p) && literalText(p.initializer) !== null ? [p.name.getText(sf)] : [],
        ),
      );
      if (names.has('en') && names.has('pl')) {
        add(node, node.getText(sf), 'an { en, pl } pair');
        return;
      }
    }
    const text = literalText(node);
    if (text !== null && !looksLikeCode(text) && (POLISH.test(text) || SENTENCE.test(stripAllowed(afterName(text))))) {
      add(node, text, 'a sentence in a string literal');
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Problems between the two dictionaries. */
export function dictionaryProblems(en: Record<string, string>, pl: Record<string, string>): Problem[] {
  const out: Problem[] = [];
  const holes = (s: string) =>
    [...s.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  for (const k of Object.keys(en))
    if (!(k in pl)) out.push({ file: 'lib/i18n/pl.ts', line: 0, text: k, why: 'key missing in Polish' });
  for (const k of Object.keys(pl))
    if (!(k in en)) out.push({ file: 'lib/i18n/en.ts', line: 0, text: k, why: 'key missing in English' });
  for (const [k, v] of Object.entries(en)) {
    const p = pl[k];
    if (p === undefined) continue;
    if (!v.trim() || !p.trim()) out.push({ file: 'lib/i18n', line: 0, text: k, why: 'empty string' });
    if (holes(v) !== holes(p))
      out.push({ file: 'lib/i18n', line: 0, text: k, why: `placeholders differ: {${holes(v)}} / {${holes(p)}}` });
  }
  return out;
}
