import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/risk/classify';
import { matchFrames, withFrames } from '@/lib/risk/frames';
import { FRAMES } from '@/lib/risk/lexicons/frames';
import { tokenize } from '@/lib/risk/tokenize';
import type { CrisisSignal } from '@/lib/risk/types';

const framed = (text: string) =>
  matchFrames(text, tokenize(text).tokens, new Set()).map((h) => [h.target, text.slice(h.start, h.end)]);
const raised = (text: string) =>
  Object.entries(classify(text).signals)
    .filter(([k, v]) => k !== 'brandMention' && v > 0)
    .map(([k]) => k as CrisisSignal);

describe('situation frames: a thing and what went wrong with it, in the writer’s own words', () => {
  test.each([
    [
      'Zamawiałam 12 listopada, dziś grudzień a paczki jak nie było tak nie ma',
      'refundDelayDefect',
      'paczki jak nie było',
    ],
    ['zamawialam 12 listopada a paczki jak nie bylo tak nie ma', 'refundDelayDefect', 'paczki jak nie bylo'],
    ['Odesłałem buty 20 dni temu i dalej żadnego przelewu zwrotnego', 'refundDelayDefect', 'żadnego przelewu'],
    ['you took the money from my account twice', 'refundDelayDefect', 'account twice'],
    ["The blender's blade came loose on day one", 'refundDelayDefect', 'blade came loose'],
    ['Pani na kasie rzuciła mi resztą', 'employeeMisconduct', 'Pani na kasie rzuciła'],
    ['the guy at the counter rolled his eyes at me', 'employeeMisconduct', 'guy at the counter rolled his eyes'],
    ['Someone logged into my account from Brazil', 'dataLeak', 'logged into my account'],
    ['Sprawa idzie do rzecznika konsumentów', 'legalThreat', 'idzie do rzecznika'],
    ['Usuwam aplikację i namawiam rodzinę do tego samego', 'boycott', 'namawiam rodzinę'],
    ['po waszych pierogach corka wymiotowala cala noc', 'healthSafety', 'corka wymiotowala'],
    ['my cousin works there and says they are laying off half the staff', 'rumour', 'says they are laying off'],
    ['Pociąg do Gdańska odwołany, a my na peronie z walizkami', 'refundDelayDefect', 'Pociąg do Gdańska odwołany'],
    ['Dostałam SMS o dopłacie, a link wyglądał jak wasza strona', 'dataLeak', 'link wyglądał jak wasza'],
    ['kierowca zaśmiał się i pokazał środkowy palec', 'employeeMisconduct', 'kierowca zaśmiał'],
    ['Kurier wydarł się na mnie na klatce schodowej', 'employeeMisconduct', 'Kurier wydarł'],
    ['kupiłem kilogram krewetek, zostało ledwo 700 gram', 'scamFraud', 'ledwo 700 gram'],
    ['Sąsiadka mówi, że w tych telefonach baterie puchną', 'healthSafety', 'baterie puchną'],
    ['The mechanic reeked of alcohol', 'employeeMisconduct', 'mechanic reeked of alcohol'],
    ['The mechanic at your garage reeked of alcohol', 'employeeMisconduct', 'garage reeked of alcohol'],
    ['our new dishwasher started making a grinding noise', 'refundDelayDefect', 'dishwasher started making a grinding'],
    ['Flight to Dublin pushed back three times now', 'refundDelayDefect', 'Flight to Dublin pushed back'],
    ['the rider ate some of my fries on the way', 'employeeMisconduct', 'rider ate some'],
    ['home broadband keeps dropping every night', 'complaint', 'broadband keeps dropping'],
    ['Everyone, stop ordering from them', 'boycott', 'Everyone, stop ordering'],
    ['Rachunek za wodę trzy razy wyższy niż zwykle', 'refundDelayDefect', 'Rachunek za wodę trzy razy wyższy'],
    ['Reklamację odrzucili po dwóch dniach bez oględzin', 'refundDelayDefect', 'Reklamację odrzucili'],
    ['z odszkodowania do dziś ani grosza', 'refundDelayDefect', 'odszkodowania do dziś ani grosza'],
    ['kierownik klepie kasjerki po plecach', 'employeeMisconduct', 'kierownik klepie'],
    ['kurierzy rzucają kartonami o ziemię', 'employeeMisconduct', 'kurierzy rzucają kartonami'],
    ['infolinia nie odbiera od samego rana', 'complaint', 'infolinia nie odbiera'],
    ['Charged $64.99 twice for the same plan', 'refundDelayDefect', 'Charged $64.99 twice'],
    ['Kurtka po praniu, zamek się rozłazi', 'refundDelayDefect', 'zamek się rozłazi'],
    ['Lodówka od nowości nie trzyma temperatury', 'refundDelayDefect', 'Lodówka od nowości nie trzyma'],
    ['the kettle switch won’t stay down', 'refundDelayDefect', 'switch won’t stay'],
    ['paczkomat pusty, a status doręczona', 'refundDelayDefect', 'paczkomat pusty'],
    ['Kelnerka przewróciła oczami i odeszła', 'employeeMisconduct', 'Kelnerka przewróciła oczami'],
    ['kurier zostawił awizo, a byłam w domu', 'employeeMisconduct', 'kurier zostawił awizo'],
  ] as const)('%s → %s', (text, signal, span) => {
    expect(framed(text)).toContainEqual([signal, span]);
  });

  test.each([
    ['the two parts in different sentences', 'The parcel came. Still love the colour'],
    ['the two parts too far apart', 'Paczka, którą zamówiłam dla mamy na urodziny w zeszłym roku w maju, dalej stoi'],
    ['a user name is no account', '@anonymized_account ktoś to jeszcze czyta?'],
    ['the writer broke it', 'cracked screen is my fault, I dropped it hiking'],
    ['a thing alone', 'Where is the nearest parcel locker?'],
    ['what went wrong alone', 'still waiting for season two'],
    ['a question whether anyone reads the mail', 'Czy ktoś u was w ogóle czyta maile?'],
    ['the brand’s own warning about fake texts', 'Dzięki za ostrzeżenie, fałszywy SMS wyglądał jak wasz'],
    ['a person asked to stop, not a device', 'gadał przez telefon, a jak poprosiłam, żeby przestał, to się obraził'],
    ['a price with a point is one sentence, then a new one', 'It was $64.99. Twice the fun though'],
  ])('none for %s', (_name, text) => {
    expect(framed(text)).toEqual([]);
  });

  test('one hit per signal, spanning both parts', () => {
    const hits = matchFrames(
      'paczka nadal nie doszła, a paczka od was nadal stoi',
      tokenize('paczka nadal nie doszła, a paczka od was nadal stoi').tokens,
      new Set(),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ target: 'refundDelayDefect', frame: true, token: 0 });
  });

  test('a negated phrase leaves its signal to the frames', () => {
    const text = 'Ceny w górę, porcje coraz mniejsze. Nie tak się traktuje stałych klientów';
    expect(raised(text)).toContain('complaint');
    const { tokens } = tokenize(text);
    const phrase = {
      target: 'complaint',
      weight: 0.6,
      start: 40,
      end: 56,
      token: 7,
      tokens: 3,
      source: 'lexicon',
    } as const;
    const framed = (negated: boolean) =>
      withFrames(text, tokens, [{ ...phrase, negated }])
        .filter((h) => h.frame)
        .map((h) => h.target);
    expect(framed(true)).toEqual(['complaint']);
    expect(framed(false)).toEqual([]);
  });

  test('a signal a phrase already raised is skipped', () => {
    const text = 'paczka nadal nie doszła';
    expect(matchFrames(text, tokenize(text).tokens, new Set(['refundDelayDefect']))).toEqual([]);
  });

  test('every frame has both parts', () => {
    for (const f of FRAMES) expect([f.signal, f.thing.length > 0 && f.wrong.length > 0]).toEqual([f.signal, true]);
  });
});

describe('frames count in a negative or hostile comment (health, data and staff in any tone); a warm comment names news, not grievances', () => {
  test.each([
    [
      'a late parcel, told angrily',
      'Zamawiałam 12 listopada, dziś grudzień a paczki jak nie było tak nie ma',
      'refundDelayDefect',
    ],
    ['a rude cashier', 'Pani na kasie rzucila mi reszta i powiedziala zebym sie pospieszyl', 'employeeMisconduct'],
    ['an account taken over', 'ktos zamowil na moje konto za 2 tysiace, haslo bylo tylko u was', 'dataLeak'],
    [
      'sarcasm about a grave situation keeps it',
      "Great security. Logged in and saw a total stranger's purchase history.",
      'dataLeak',
    ],
    ['irony keeps the signal', 'Great job, another outage, scammers', 'scamFraud'],
    [
      'a courier filming, told flatly',
      'Your delivery guy was filming my front door and laughing, I have it on my doorbell camera',
      'employeeMisconduct',
    ],
    [
      'a waiter spitting, told flatly',
      "Waiter spat in my friend's food, we saw it through the kitchen window",
      'employeeMisconduct',
    ],
    [
      'hotel staff in the room, told flatly',
      'Obsługa hotelu weszła do pokoju pod naszą nieobecność i grzebała w walizkach',
      'employeeMisconduct',
    ],
    ['mobbing at the brand', 'Wasz kierownik zmiany molestuje młode dziewczyny z obsługi', 'employeeMisconduct'],
    [
      'a rep demeaning a customer',
      'Your rep told my dad he was too old to understand the contract',
      'employeeMisconduct',
    ],
  ])('raised: %s', (_name, text, signal) => {
    expect(raised(text)).toContain(signal);
  });

  test.each([
    ['a delay told kindly', 'My order was delayed by the snowstorm but support kept me updated, great job'],
    ['a refund that arrived', 'Happy to report the refund arrived today, thanks for sorting it so quickly!'],
    [
      'a lawyer who recommends the app',
      "my lawyer friend recommended your invoicing app and she was right, it's great",
    ],
    ['a parcel lost, still a fan', 'The parcel is lost. I still love your shop though'],
    ['a parcel still on its way, told flatly', 'My parcel is still on its way, the courier comes tomorrow'],
    ['the writer’s own boss', 'Moja szefowa krzyczy na mnie o 8 rano, a ja tylko chcę kawy xD'],
    ['a boss in a series', 'W serialu szef molestuje pracownice, ciężko się to ogląda'],
    ['staff praised', 'Wasz pracownik był super pomocny, dziękuję za cierpliwość!'],
    ['staff throwing a party', "The staff threw a little party for my daughter's birthday, so sweet"],
  ])('none: %s', (_name, text) => {
    expect(raised(text)).toEqual([]);
  });
});

describe('hate against a group of people is an identity attack, at least "high"; a group named alone is not', () => {
  const attack = (text: string) => classify(text).toxicityBy.identityAttack;
  test.each([
    ['Cyganie tylko kradną, powinni ich wywieźć'],
    ['Ruscy to dzikusy'],
    ['Romowie to pasożyty na naszym socjalu'],
    ['Muzułmanie to terroryści, nie wpuszczać ich do Polski'],
    ['Geje i lesbijki to zaraza, trzeba to wyplenić ze szkół'],
    ['uchodzcy to same gwalciciele, precz z nimi'],
    ['Muslims are a cancer on this country'],
    ['Refugees are parasites living off our taxes'],
    ['cyganie jak to cyganie, ukradną wszystko co nie jest przykręcone'],
    ['Chińczyki jedzą psy i nietoperze'],
    ['a czego się spodziewałeś po ruskim, to cały naród pijaków'],
    ['szwaby to szwaby, zawsze tak mieli'],
    ['moskale won z Polski, wszyscy co do jednego'],
    ['kobiety powinny wrócić do kuchni'],
    ['żyd polakom rządzi, sprawdźcie nazwiska'],
    ['The Irish are alcoholics, the whole lot of them'],
  ])('"%s"', (text) => {
    expect(attack(text)).toBeGreaterThanOrEqual(0.8);
    expect(['high', 'critical']).toContain(classify(text).severity);
  });

  test.each([
    ['Ukraińcy w naszym zespole świetnie się spisali, dziękujemy!'],
    ['Zatrudniacie uchodźców? Chętnie pomogę w tłumaczeniu'],
    ['Czy w sklepie są produkty koszerne dla Żydów?'],
    ['Niemcy mają lepsze ceny na te same produkty, dlaczego?'],
    ['Smutne, że ludzie wciąż obrażają Romów w komentarzach'],
    ['The refugees you hired are the friendliest staff in the store'],
    ['Muslims in our neighbourhood cleaned up the park after the storm'],
    ['Jestem lesbijką i szukam fajnej kawiarni w Krakowie'],
    ['My sister is a lesbian and she loves your shop'],
    ['pedał gazu mi się zaciął po tygodniu'],
    ['my delay pedal broke after a week'],
    ['murzynek wyszedł mi za suchy, ile dajecie kakao?'],
    ['nazywanie ludzi ciapatymi to zwykły rasizm'],
    ['admin zbanuj gościa, co pisze o czarnuchach'],
    ['Deportation flights are a policy we can debate without dehumanising the people on them'],
    ['These are kids fleeing a war, not invaders'],
    ['Broniszewski to szkoła Moskala, zmiany w 90 minucie'],
  ])('"%s" is none', (text) => {
    expect(attack(text)).toBe(0);
  });
});
