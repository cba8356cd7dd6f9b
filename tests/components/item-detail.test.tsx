// @vitest-environment jsdom
import { inLang } from './helpers';
import { zeros } from '../helpers';
import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ItemDetail } from '@/components/ItemDetail';
import { SettingsForm } from '@/components/SettingsForm';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { FlaggedItem } from '@/lib/db/types';
import { CRISIS_SIGNALS, TOXICITY_KINDS } from '@/lib/risk/types';

const item: FlaggedItem = {
  key: 'demo:c4',
  platform: 'demo',
  commentId: 'c4',
  author: '<b>kamil</b>',
  text: 'Jesteście bandą idiotów',
  pageUrl: 'x',
  depth: 0,
  threadKey: 'demo:c4',
  language: 'pl',
  severity: 'critical',
  severityRank: 4,
  risk: 0.97,
  negativity: 0.9,
  toxicity: 0.97,
  toxicityBy: zeros(TOXICITY_KINDS),
  signals: zeros(CRISIS_SIGNALS),
  reasons: [
    {
      source: 'lexicon',
      target: 'insult',
      label: 'insult: "idiotów"',
      term: 'idiotów',
      span: { start: 16, end: 23 },
      weight: 0.8,
    },
  ],
  uncertain: false,
  engine: 'test',
  status: 'new',
  firstSeen: 0,
  lastSeen: 0,
  textHash: 'h',
};

describe('ItemDetail', () => {
  test('underlines the reason words, shows reasons, and reports status changes', () => {
    const onStatus = vi.fn();
    const { container } = render(
      <ItemDetail item={item} onStatus={onStatus} onFocus={() => undefined} onFalsePositive={() => undefined} />,
    );
    expect(container.querySelector('u')?.textContent).toBe('idiotów');
    expect(screen.getByText('insult: “idiotów”')).toBeTruthy();
    expect(screen.getByText('<b>kamil</b>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Escalated' }));
    expect(onStatus).toHaveBeenCalledWith('escalated');
  });
  test('bidi overrides in author and text are isolated (G1)', () => {
    const RLO = '\u202E';
    const { container } = render(
      <ItemDetail
        item={{ ...item, author: `${RLO}nimda`, text: `${RLO}gnp.exe idiotów`, reasons: [] }}
        onStatus={() => undefined}
        onFocus={() => undefined}
        onFalsePositive={() => undefined}
      />,
    );
    expect(screen.getByText(`${RLO}nimda`).tagName).toBe('BDI');
    const p = container.querySelector('.detail-text')!;
    expect(p.getAttribute('dir')).toBe('auto');
    expect(p.textContent).toBe(`${RLO}gnp.exe idiotów`);
  });
  test("shows the thread's escalation status with its reasons; a calm thread shows nothing", () => {
    const reasons = [
      'pile-on: 6 authors',
      'replies accelerating',
      'negativity rising',
      'brand in negative context',
      'reach: 300 likes',
    ].map((label) => ({ kind: 'x', label, weight: 0.5 }));
    const thread = {
      key: 'demo:c4',
      platform: 'demo' as const,
      threadId: 'c4',
      pageUrl: 'x',
      status: 'crisis' as const,
      score: 0.9,
      derail: 0.7,
      reasons,
      commentCount: 9,
      riskyCount: 7,
      firstSeen: 0,
      updatedAt: 1,
    };
    const { container, rerender } = render(
      <ItemDetail
        item={item}
        thread={thread}
        onStatus={() => undefined}
        onFocus={() => undefined}
        onFalsePositive={() => undefined}
      />,
    );
    expect(container.querySelector('.thread')!.textContent).toBe(
      '⚑ Thread: crisis — pile-on: 6 authors · replies accelerating · negativity rising',
    );
    expect(screen.getByRole('list', { name: 'Why the thread is escalating' }).textContent).toBe(
      'brand in negative contextreach: 300 likes',
    );
    rerender(
      <ItemDetail
        item={item}
        thread={{ ...thread, status: 'calm' }}
        onStatus={() => undefined}
        onFocus={() => undefined}
        onFalsePositive={() => undefined}
      />,
    );
    expect(container.querySelector('.thread')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Why the thread is escalating' })).toBeNull();
  });
  test('a false positive can be marked by a phrase the agent picks, or by author, each after a confirmation', () => {
    const onFp = vi.fn();
    const two = {
      ...item,
      text: 'Awaria znowu, idiotów zatrudniacie',
      reasons: [
        { ...item.reasons[0]!, target: 'complaint' as const, term: 'Awaria', span: { start: 0, end: 6 } },
        item.reasons[0]!,
      ],
    };
    render(<ItemDetail item={two} onStatus={() => undefined} onFocus={() => undefined} onFalsePositive={onFp} />, {
      wrapper: inLang('pl'),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fałszywy alarm…' }));
    // Nothing is picked for the agent: the outage itself must not be ignored by accident.
    const mark = screen.getByRole('button', { name: 'Oznacz jako fałszywy alarm' }) as HTMLButtonElement;
    expect(mark.disabled).toBe(true);
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([false, false]);
    fireEvent.click(screen.getByRole('radio', { name: 'idiotów' }));
    fireEvent.click(mark);
    fireEvent.click(screen.getByRole('button', { name: 'Ignoruj autora' }));
    expect(onFp).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Tak, ignoruj autora' }));
    expect(onFp.mock.calls).toEqual([
      ['phrase', 'idiotów'],
      ['author', '<b>kamil</b>'],
    ]);
  });
});

describe('SettingsForm', () => {
  test('saves brands and keywords as literal lists, sensitivity and platform switches', () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Brand names (comma-separated)'), {
      target: { value: 'Zefir, Zefir Mobile, Zefir' },
    });
    fireEvent.change(screen.getByLabelText('Watch keywords'), { target: { value: '(ab+)+$' } });
    fireEvent.change(screen.getByLabelText('Sensitivity: flag from'), { target: { value: 'high' } });
    fireEvent.click(screen.getByLabelText('YouTube'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      brands: ['Zefir', 'Zefir Mobile'],
      watchKeywords: ['(ab+)+$'],
      sensitivity: 'high',
      platforms: { youtube: false },
    });
  });
});
