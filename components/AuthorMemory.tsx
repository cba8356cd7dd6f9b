import type { FlaggedItem } from '@/lib/db/types';
import { AUTHOR_TAGS, type AuthorTag } from '@/lib/db/authors';
import { pt } from '@/lib/i18n/panel';
import { SeverityBadge } from './SeverityBadge';
import { STATUS_LABEL } from './labels';

export interface AuthorMemoryProps {
  author: string;
  /** All flagged items of this author on this platform, the selected one included. */
  items: FlaggedItem[];
  tags: readonly AuthorTag[];
  selectedKey: string;
  lang: 'pl' | 'en';
  onToggleTag(tag: AuthorTag): void;
  onSelect(key: string): void;
}

/** Everything flagged from one author, and the team's local tags for them. */
export function AuthorMemory({ author, items, tags, selectedKey, lang, onToggleTag, onSelect }: AuthorMemoryProps) {
  const others = items.filter((i) => i.key !== selectedKey);
  return (
    <section className="author-memory" aria-label={pt(lang, 'author_memory')}>
      <h3>
        {pt(lang, 'author_memory')}: <bdi>{author}</bdi>
      </h3>
      <div className="actions" role="group" aria-label={pt(lang, 'author_tags')}>
        {AUTHOR_TAGS.map((t) => (
          <button key={t} type="button" aria-pressed={tags.includes(t)} onClick={() => onToggleTag(t)}>
            {pt(lang, `tag_${t}`)}
          </button>
        ))}
      </div>
      <p className="hint">{pt(lang, 'author_items', { count: items.length })}</p>
      {others.length ? (
        <ul className="author-items">
          {others.slice(0, 20).map((i) => (
            <li key={i.key}>
              <button type="button" className="link" onClick={() => onSelect(i.key)}>
                <SeverityBadge severity={i.severity} lang={lang} /> {STATUS_LABEL[i.status][lang]} ·{' '}
                <bdi dir="auto">{i.text.length > 90 ? `${i.text.slice(0, 90)}…` : i.text}</bdi>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
