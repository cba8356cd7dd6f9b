/** Team mode strings in English and Polish (`teamPl` must have every key of `teamEn`; a test checks). */
export const teamEn = {
  title: 'Team',
  intro: 'Work as one team: one queue, one approved library and one response log, shared through your team’s server.',
  shared:
    'Shared with your team, including what this browser already holds: flagged comments (text, author, page, scores), status changes, claims, notes and inserted replies with who and when, incidents and their facts, the approved library (and drafts you propose). Your settings, false-positive overrides and caches stay in this browser.',
  server: 'Server address',
  server_hint: 'wss://… (given by your team lead)',
  token: 'Access token',
  join: 'Join team',
  joining_as: 'Joins team {team} as {name} ({role}).',
  bad_server: 'The server address must start with wss:// (or ws:// on this computer).',
  bad_token: 'This does not look like a Stormwatch team token.',
  permission_denied: 'The browser did not allow connecting to {host}. Nothing was shared.',
  leave: 'Leave team',
  left: 'You left the team. Data already in this browser stays here.',
  joined: 'Joined team {team}.',
  member: 'Team {team} · {name} ({role})',
  role_agent: 'agent',
  role_lead: 'lead',
  state_connecting: 'Connecting to the team…',
  state_connected: 'Connected to the team',
  state_offline: 'Offline: changes are kept and sent when the connection returns',
  state_refused: 'The team server refused this token',
  pending: '{n} changes waiting to sync',
  all_synced: 'everything synced',
  handling_other: '{name} is handling this',
  handling_me: 'You are handling this',
  claim: 'I’ll handle this',
  release: 'Let go',
  replying: '{name} is replying',
  viewing: '{name} is viewing',
  library_readonly: 'Only leads change the team’s approved library; your edits are proposed as drafts.',
} as const;

export const teamPl: Record<keyof typeof teamEn, string> = {
  title: 'Zespół',
  intro:
    'Pracujcie jako jeden zespół: jedna kolejka, jedna zatwierdzona biblioteka i jeden dziennik odpowiedzi, współdzielone przez serwer zespołu.',
  shared:
    'Zespół zobaczy, także to, co jest już w tej przeglądarce: oznaczone komentarze (treść, autor, strona, oceny), zmiany statusu, przejęcia, notatki i wstawione odpowiedzi z informacją kto i kiedy, incydenty i ich fakty, zatwierdzoną bibliotekę (oraz proponowane przez ciebie szkice). Twoje ustawienia, wyjątki fałszywych alarmów i pamięć podręczna zostają w tej przeglądarce.',
  server: 'Adres serwera',
  server_hint: 'wss://… (od lidera zespołu)',
  token: 'Token dostępu',
  join: 'Dołącz do zespołu',
  joining_as: 'Dołączysz do zespołu {team} jako {name} ({role}).',
  bad_server: 'Adres serwera musi zaczynać się od wss:// (albo ws:// na tym komputerze).',
  bad_token: 'To nie wygląda na token zespołu Stormwatch.',
  permission_denied: 'Przeglądarka nie pozwoliła połączyć się z {host}. Nic nie zostało udostępnione.',
  leave: 'Opuść zespół',
  left: 'Opuszczono zespół. Dane, które są już w tej przeglądarce, zostają.',
  joined: 'Dołączono do zespołu {team}.',
  member: 'Zespół {team} · {name} ({role})',
  role_agent: 'konsultant',
  role_lead: 'lider',
  state_connecting: 'Łączenie z zespołem…',
  state_connected: 'Połączono z zespołem',
  state_offline: 'Brak połączenia: zmiany są zachowane i zostaną wysłane po jego powrocie',
  state_refused: 'Serwer zespołu odrzucił ten token',
  pending: 'Zmiany czekające na wysłanie: {n}',
  all_synced: 'wszystko wysłane',
  handling_other: '{name} zajmuje się tym komentarzem',
  handling_me: 'Zajmujesz się tym komentarzem',
  claim: 'Zajmę się tym',
  release: 'Oddaj',
  replying: '{name} odpowiada',
  viewing: '{name} przegląda',
  library_readonly:
    'Zatwierdzoną bibliotekę zespołu zmieniają tylko liderzy; twoje zmiany trafiają do nich jako szkice.',
};

export type TeamKey = keyof typeof teamEn;

/** A team string with `{name}` placeholders filled as plain text. */
export function tt(lang: 'pl' | 'en', key: TeamKey, vars: Record<string, string | number> = {}): string {
  const s: string = (lang === 'pl' ? teamPl : teamEn)[key];
  return s.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
