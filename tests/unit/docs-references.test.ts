/**
 * Comments and docs point only to documents in this repository (issue #25): a newcomer who clones
 * the project must be able to follow every reference. Fails when a file under lib/, entrypoints/,
 * components/, scripts/, bench/ or docs/, or README.md / CONTRIBUTING.md, names a `.md` file that
 * is not in the repository, cites a failure mode as a bare "RELIABILITY A1" instead of
 * "docs/RELIABILITY.md A1", cites a failure-mode id docs/RELIABILITY.md does not have, or cites a
 * section (`FILE.md, "Section"`, not `FILE.md §3.4`) that the file has no heading for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'demo-output', 'tmp']);
const SCANNED = ['lib', 'entrypoints', 'components', 'scripts', 'bench', 'docs', 'README.md', 'CONTRIBUTING.md'];
const BINARY = /\.(png|jpe?g|gif|webp|ico|zip|woff2?)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : walk(join(dir, e.name));
    return e.isFile() ? [join(dir, e.name)] : [];
  });
}

const toRepo = (abs: string) => relative(ROOT, abs).split(sep).join('/');
const allFiles = walk(ROOT).map(toRepo);
const repoFiles = new Set(allFiles);
const repoNames = new Set(allFiles.map((f) => basename(f)));
const scanned = allFiles.filter((f) => SCANNED.some((s) => f === s || f.startsWith(`${s}/`)) && !BINARY.test(f));

/**
 * Names of Markdown files in a text: a path (`docs/RELIABILITY.md`, `../CONTRIBUTING.md`) or a
 * bare name starting with a capital (`FORMAT.md`). Bare lower-case names are left out: they are
 * CSS (`div.md`, Reddit's comment body class), not documents. URLs are not references here.
 */
const MD_REF = /(?<![\w./-])((?:\.{1,2}\/)?(?:[\w.-]+\/)*[\w-]+\.md)(?![\w-])/g;
const looksLikeDoc = (ref: string) => ref.includes('/') || /^[A-Z]/.test(ref);

/** Does `ref`, found in `file`, name a file of the repository? */
function resolves(file: string, ref: string): string | null {
  const candidates = [posix.normalize(posix.join(dirname(file), ref)), posix.normalize(ref.replace(/^\.\//, ''))];
  const hit = candidates.find((c) => repoFiles.has(c));
  if (hit) return hit;
  return !ref.includes('/') && repoNames.has(ref) ? (allFiles.find((f) => basename(f) === ref) ?? null) : null;
}

interface Problem {
  file: string;
  line: number;
  text: string;
  why: string;
}

const reliabilityIds = new Set(
  [...readFileSync(join(ROOT, 'docs/RELIABILITY.md'), 'utf8').matchAll(/^\*\*([A-H]\d+)\.|^\| ([A-H]\d+) \|/gm)].map(
    (m) => m[1] ?? m[2],
  ),
);
const headingsOf = (path: string): string[] =>
  existsSync(join(ROOT, path))
    ? [...readFileSync(join(ROOT, path), 'utf8').matchAll(/^#{1,4}\s+(.+)$/gm)].map((m) => m[1]!.toLowerCase())
    : [];

function problemsIn(file: string): Problem[] {
  const out: Problem[] = [];
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/https?:\/\/\S+/g, ' ');
      const add = (text: string, why: string) => {
        out.push({ file, line: i + 1, text, why });
      };
      for (const m of line.matchAll(MD_REF)) {
        const ref = m[1]!;
        if (!looksLikeDoc(ref)) continue;
        const target = resolves(file, ref);
        if (!target) {
          add(ref, 'no such file in the repository');
          continue;
        }
        // `FILE.md, "Section"` or `(FILE.md, Section)`: the file has a heading starting so.
        const rest = line.slice(m.index + ref.length);
        const section = /^,\s*"([^"]+)"/.exec(rest)?.[1] ?? /^,\s*([^)"]+)\)/.exec(rest)?.[1];
        if (section && line[m.index - 1] !== '[' && !/^[A-H]\d/.test(section.trim())) {
          const want = section.trim().toLowerCase();
          if (!headingsOf(target).some((h) => h.startsWith(want)))
            add(`${ref}, ${section}`, `${target} has no heading "${section.trim()}"`);
        }
      }
      for (const m of line.matchAll(/(?<![\w/.])RELIABILITY\s+[A-H]\d+/g))
        add(m[0], 'bare citation: write "docs/RELIABILITY.md A1"');
      for (const m of line.matchAll(/[\w-]+\.md,?\s*§\s*[\d.]+/g))
        add(m[0], 'numbered section: cite a heading, FILE.md, "Heading"');
      for (const m of line.matchAll(/docs\/RELIABILITY\.md,?\s+([A-H]\d+(?:(?:,\s*|\s+and\s+)[A-H]\d+)*)/g)) {
        for (const id of m[1]!.split(/,\s*|\s+and\s+/))
          if (!reliabilityIds.has(id)) add(`docs/RELIABILITY.md ${id}`, 'no such failure mode in docs/RELIABILITY.md');
      }
    });
  return out;
}

describe('references to documents', () => {
  test('the scan covers the source folders and the docs', () => {
    for (const f of [
      'README.md',
      'CONTRIBUTING.md',
      'docs/ARCHITECTURE.md',
      'docs/RELIABILITY.md',
      'docs/PLATFORMS.md',
    ])
      expect(scanned).toContain(f);
    expect(scanned.some((f) => f.startsWith('lib/platforms/'))).toBe(true);
    expect(reliabilityIds.size).toBeGreaterThan(30);
  });

  test('every named document exists, failure modes are cited with their file, cited ids and sections exist', () => {
    const problems = scanned.flatMap(problemsIn).map((p) => `${p.file}:${p.line}: ${p.text} (${p.why})`);
    expect(problems).toEqual([]);
  });

  test('the check itself: a missing document, a bare citation and a wrong id are caught', () => {
    const probe = (text: string) => {
      const line = text.replace(/https?:\/\/\S+/g, ' ');
      const refs = [...line.matchAll(MD_REF)].map((m) => m[1]!).filter(looksLikeDoc);
      return {
        missing: refs.filter((r) => !resolves('lib/content/x.ts', r)),
        bare: [...line.matchAll(/(?<![\w/.])RELIABILITY\s+[A-H]\d+/g)].length,
      };
    };
    expect(probe('see DESIGN.md and PLATFORMS.md §3.4').missing).toEqual(['DESIGN.md']);
    expect(probe('see lib/export/FORMAT.md, FORMAT.md and docs/PLATFORMS.md').missing).toEqual([]);
    expect(probe('a div.md in the slot; https://example.com/NOTES.md').missing).toEqual([]);
    expect(probe('(RELIABILITY A1) but not docs/RELIABILITY.md A1').bare).toBe(1);
    expect(reliabilityIds.has('A1') && reliabilityIds.has('H10') && !reliabilityIds.has('Z9')).toBe(true);
  });
});
