// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildEvidencePack, canonicalJson, sha256 } from '@/lib/export/evidence';
import { buildReport } from '@/lib/export/report-data';
import { renderReportHtml } from '@/components/render-report';
import type { FlaggedItem, ThreadRecord } from '@/lib/db/types';
import { riskAt } from '../../helpers';

const XSS = '<img src=x onerror="alert(1)">';
const item = (i: number, author: string, extra: Partial<FlaggedItem> = {}): FlaggedItem => ({
  ...riskAt('high'),
  key: `youtube:${i}`,
  platform: 'youtube',
  commentId: String(i),
  author,
  text: `${XSS} oszuści ${i}`,
  pageUrl: 'https://www.youtube.com/watch?v=x',
  permalink: `https://www.youtube.com/watch?v=x&lc=${i}`,
  depth: 0,
  threadKey: `youtube:${i}`,
  severityRank: 3,
  status: 'new',
  firstSeen: i * 1000,
  lastSeen: i * 1000,
  textHash: 'h',
  ...extra,
});
const items = [item(1, 'jan'), item(2, 'ola', { goneFromPage: true }), item(3, 'jan')];
const threads: ThreadRecord[] = [
  {
    key: 'youtube:1',
    platform: 'youtube',
    threadId: '1',
    pageUrl: 'javascript:alert(1)',
    status: 'crisis',
    score: 0.9,
    derail: 0.8,
    reasons: [{ kind: 'pileOn', label: XSS, weight: 1 }],
    commentCount: 5,
    riskyCount: 5,
    firstSeen: 0,
    updatedAt: 5000,
  },
];
const html = renderReportHtml(buildReport(items, [], threads, { from: 0, to: 10_000 }), 'en');

async function unpack(pseudonymise: boolean) {
  const zip = await buildEvidencePack(items, { now: 10_000, pseudonymise, reportHtml: html, threads });
  const files = unzipSync(zip);
  return {
    files,
    manifest: JSON.parse(strFromU8(files['manifest.json']!)),
    data: JSON.parse(strFromU8(files['items.json']!)),
  };
}

describe('evidence pack', () => {
  test('holds items.json, items.csv, report.html and manifest.json; every hash recomputes', async () => {
    const { files, manifest, data } = await unpack(false);
    expect(Object.keys(files).sort()).toEqual(['items.csv', 'items.json', 'manifest.json', 'report.html']);
    expect(manifest.itemCount).toBe(3);
    for (const [i, rec] of (data.items as FlaggedItem[]).entries())
      expect(manifest.hashes[i].sha256).toBe(await sha256(canonicalJson(rec)));
    // A comment deleted from the platform since is still in the pack.
    expect(data.items.some((r: FlaggedItem) => r.goneFromPage)).toBe(true);
  });
  test('a changed record no longer matches its hash', async () => {
    const { manifest, data } = await unpack(false);
    expect(await sha256(canonicalJson({ ...data.items[0], text: 'edited' }))).not.toBe(manifest.hashes[0].sha256);
  });
  test('pseudonymised authors are consistent within the pack and the real names are gone', async () => {
    const { files, data, manifest } = await unpack(true);
    expect(data.items.map((r: FlaggedItem) => r.author)).toEqual(['Author 1', 'Author 2', 'Author 1']);
    expect(manifest.pseudonymised).toBe(true);
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    expect(all).not.toMatch(/\bjan\b|\bola\b/);
  });
  test('the report keeps untrusted text inert and links only to http(s)', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.body.textContent).toContain(XSS);
    expect([...doc.querySelectorAll('a')].every((a) => /^https?:/.test(a.getAttribute('href')!))).toBe(true);
    expect(doc.querySelector('h1')!.textContent).toBe('Crisis report');
  });
  test('the report carries the volume chart as static SVG with its text alternative', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const chart = doc.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toBe('Flagged volume over time');
    expect([...chart.querySelectorAll('rect')].map((r) => r.getAttribute('data-count'))).toEqual(['3']);
    expect(doc.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toMatch(/3 in all, peak 3/);
    expect(doc.querySelectorAll('.volume-chart tbody tr')).toHaveLength(1);
  });
  test('the report in Polish', () => {
    const pl = renderReportHtml(buildReport(items, [], [], { from: 0, to: 10_000 }), 'pl', 'Zefir');
    expect(pl).toContain('Raport kryzysowy — Zefir');
    expect(pl).toContain('Oznaczone komentarze');
  });
});
