import { useTeamState } from '@/lib/team/use-team';
import { tt } from '@/lib/team/strings';

/**
 * On an item, in a team: who handles it ("X is handling this", or a button to claim it) and who else
 * has it open or is replying to it, live. Renders nothing outside a team.
 */
export function TeamItemBadge({ itemKey, lang }: { itemKey: string; lang: 'pl' | 'en' }) {
  const { client, snapshot } = useTeamState();
  if (!client || !snapshot) return null;
  const owner = client.itemState(itemKey).owner;
  // One line per person (several open panels of one person: replying wins over viewing).
  const byName = new Map<string, boolean>();
  for (const p of snapshot.presence)
    if (p.itemKey === itemKey && p.name !== client.me.name)
      byName.set(p.name, (byName.get(p.name) ?? false) || p.composing);
  const others = [...byName].map(([name, composing]) => ({ name, composing }));
  return (
    <div className="team-item" aria-live="polite">
      {owner && owner !== client.me.name ? (
        <p className="team-owner" role="alert">
          {tt(lang, 'handling_other', { name: owner })}
        </p>
      ) : owner ? (
        <p className="team-owner">
          {tt(lang, 'handling_me')}{' '}
          <button type="button" onClick={() => client.release(itemKey)}>
            {tt(lang, 'release')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => client.claim(itemKey)}>
          {tt(lang, 'claim')}
        </button>
      )}
      {others.length ? (
        <ul className="team-presence">
          {others.map((p) => (
            <li key={p.name}>
              <bdi>{tt(lang, p.composing ? 'replying' : 'viewing', { name: p.name })}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
