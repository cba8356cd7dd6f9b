import type { FlaggedItem } from '@/lib/db/types';
import { AUTHOR_TAGS, type AuthorTag } from '@/lib/db/authors';
import { useT } from '@/lib/i18n/react';
import { SeverityBadge } from './SeverityBadge';
import { statusName } from '@/lib/i18n/names';

export interface AuthorMemoryProps {
  author: string;
  /** All flagged items of this author on this platform, the selected one included. */
  items: FlaggedItem[];
  tags: readonly AuthorTag[];
  selectedKey: string;
  onToggleTag(tag: AuthorTag): void;
  onSelect(key: string): void;
}

/** Everything flagged from one author, and the team's local tags for them. */
export function AuthorMemory({ author, items, tags, selectedKey, onToggleTag, onSelect }: AuthorMemoryProps) {
  const t = useT();
  const others = items.filter((i) => i.key !== selectedKey);
  return (
    <section className="author-memory" aria-label={t('author_memory')}>
      <h3>
        {t('author_memory')}: <bdi>{author}</bdi>
      </h3>
      <div className="actions" role="group" aria-label={t('author_tags')}>
        {AUTHOR_TAGS.map((tag) => (
          <button key={tag} type="button" aria-pressed={tags.includes(tag)} onClick={() => onToggleTag(tag)}>
            {t(`tag_${tag}`)}
          </button>
        ))}
      </div>
      <p className="hint">{t('author_items', { count: items.length })}</p>
      {others.length ? (
        <ul className="author-items">
          {others.slice(0, 20).map((i) => (
            <li key={i.key}>
              <button type="button" className="link" onClick={() => onSelect(i.key)}>
                <SeverityBadge severity={i.severity} /> {statusName(t, i.status)} ·{' '}
                <bdi dir="auto">{i.text.length > 90 ? `${i.text.slice(0, 90)}…` : i.text}</bdi>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
