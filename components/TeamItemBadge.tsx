import { useTeamState } from '@/lib/team/use-team';
import { useT } from '@/lib/i18n/react';

/**
 * On an item, in a team: who handles it ("X is handling this", or a button to claim it) and who else
 * has it open or is replying to it, live. Renders nothing outside a team.
 */
export function TeamItemBadge({ itemKey }: { itemKey: string }) {
  const t = useT();
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
          {t('team_handling_other', { name: owner })}
        </p>
      ) : owner ? (
        <p className="team-owner">
          {t('team_handling_me')}{' '}
          <button type="button" onClick={() => client.release(itemKey)}>
            {t('team_release')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => client.claim(itemKey)}>
          {t('team_claim')}
        </button>
      )}
      {others.length ? (
        <ul className="team-presence">
          {others.map((p) => (
            <li key={p.name}>
              <bdi>{t(p.composing ? 'team_replying' : 'team_viewing', { name: p.name })}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
