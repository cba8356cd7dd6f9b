/**
 * The default reply library, Polish and English, written along the crisis-communication rules in
 * README.md in this folder: say what happened, what we are doing and what comes next; say nothing
 * the team has not confirmed (each template's `claims` lists the incident facts it asserts, and
 * it is suggested only once they are declared); stay polite; never blame anyone; answer legal
 * threats formally, without admitting fault and without arguing; thank people once the problem is
 * solved. Polish replies avoid second-person forms so that "ty" and "Pan/Pani" are never mixed.
 * Installed on first run; user edits are never overwritten on update (see install-defaults.ts).
 */
import type { Fact } from './facts';
import type { CrisisStage, ReplyTemplate, TemplateCategory, TemplateVariable, Tone } from './types';

export const DEFAULT_LIBRARY_VERSION = 2;
/** Who "approved" the shipped templates (the library shows it in the interface language). */
export const DEFAULTS_APPROVER = 'Stormwatch defaults';

type Def = [id: string, lang: 'pl' | 'en', tone: Tone, categories: TemplateCategory[], stage: CrisisStage | undefined, claims: Fact[], title: string, body: string];

const DEFS: Def[] = [
  // complaint (one person's problem: an apology for their trouble asserts no incident)
  ['complaint-empathy', 'pl', 'empathetic', ['complaint'], 'holding', [], 'Skarga: rozumiemy i sprawdzamy', 'Dzień dobry {{author}}, rozumiemy frustrację i dziękujemy za otwartą wiadomość. Już sprawdzamy, co poszło nie tak. Prosimy o wiadomość prywatną z numerem zamówienia lub konta – wrócimy z odpowiedzią {{eta}}. {{agent}}, zespół {{brand}}'],
  ['complaint-empathy', 'en', 'empathetic', ['complaint'], 'holding', [], 'Complaint: we hear you and are checking', 'Hi {{author}}, we understand how frustrating this is and thank you for telling us. We are looking into what went wrong right now. Please send us a private message with your order or account number and we will get back to you {{eta}}. {{agent}}, {{brand}} team'],
  ['complaint-apology', 'pl', 'apologetic', ['complaint'], 'update', [], 'Skarga: przeprosiny i konkretne kroki', 'Dzień dobry {{author}}, przepraszamy – to nie jest poziom obsługi, jaki chcemy zapewniać. Sprawa ma już numer {{ticket}} i zajmuje się nią nasz zespół. Kolejną informację przekażemy tutaj lub w wiadomości prywatnej {{eta}}.'],
  ['complaint-apology', 'en', 'apologetic', ['complaint'], 'update', [], 'Complaint: apology and next steps', 'Hi {{author}}, we are sorry – this is not the service we want to give. Your case is now ticket {{ticket}} and our team is on it. We will update you here or by private message {{eta}}.'],
  // refund, delay, defect
  ['refund-holding', 'pl', 'apologetic', ['refundDelayDefect'], 'holding', [], 'Zwrot / opóźnienie: przyjęliśmy zgłoszenie', 'Dzień dobry {{author}}, przepraszamy za opóźnienie i kłopot. Zgłoszenie dotyczące zwrotu zostało przyjęte (numer {{ticket}}). Sprawdzamy je w pierwszej kolejności, a decyzję przekażemy {{eta}}. W razie pytań jesteśmy do dyspozycji {{contact:loc}}.'],
  ['refund-holding', 'en', 'apologetic', ['refundDelayDefect'], 'holding', [], 'Refund / delay: request received', 'Hi {{author}}, we are sorry for the delay and the trouble. Your refund request is registered as {{ticket}}. We are reviewing it as a priority and will confirm the outcome {{eta}}. You can also reach us {{contact}}.'],
  ['delivery-delay', 'pl', 'empathetic', ['refundDelayDefect', 'complaint'], 'holding', [], 'Opóźniona przesyłka: sprawdzamy u przewoźnika', 'Dzień dobry {{author}}, przepraszamy, że przesyłka wciąż nie dotarła – rozumiemy, jak to irytuje. Prosimy o numer zamówienia w wiadomości prywatnej: sprawdzimy, gdzie jest paczka, i odezwiemy się {{eta}}. Jeśli się nie odnajdzie, wyślemy ją ponownie albo zwrócimy pieniądze.'],
  ['delivery-delay', 'en', 'empathetic', ['refundDelayDefect', 'complaint'], 'holding', [], 'Late parcel: we are tracing it', 'Hi {{author}}, we are sorry your parcel has still not arrived – we know how annoying that is. Please send us your order number in a private message: we will trace the parcel and get back to you {{eta}}. If it cannot be found, we will send it again or refund you.'],
  ['outage-update', 'pl', 'informative', ['refundDelayDefect', 'update'], 'update', ['incident-confirmed'], 'Awaria: aktualizacja', 'Aktualizacja: potwierdzamy, że usługa nie działa u części klientów. Nasi technicy pracują nad przywróceniem działania. Kolejna informacja {{next_update}}. Dziękujemy za cierpliwość.'],
  ['outage-update', 'en', 'informative', ['refundDelayDefect', 'update'], 'update', ['incident-confirmed'], 'Outage: status update', 'Update: we confirm that some customers are affected by a service outage. Our engineers are working to restore service. Next update {{next_update}}. Thank you for your patience.'],
  ['outage-cause', 'pl', 'informative', ['refundDelayDefect', 'update', 'question'], 'update', ['incident-confirmed', 'cause-known'], 'Awaria: znamy przyczynę', 'Aktualizacja: ustaliliśmy przyczynę awarii – {{finding}}. Przywracamy działanie region po regionie. Kolejna informacja {{next_update}}.'],
  ['outage-cause', 'en', 'informative', ['refundDelayDefect', 'update', 'question'], 'update', ['incident-confirmed', 'cause-known'], 'Outage: cause found', 'Update: we have identified the cause of the outage – {{finding}}. We are restoring service region by region. Next update {{next_update}}.'],
  ['compensation', 'pl', 'informative', ['refundDelayDefect', 'complaint', 'update'], 'update', ['incident-confirmed', 'compensation'], 'Awaria: rekompensata', 'Za czas awarii przysługuje rekompensata: {{compensation}}. Nie trzeba niczego zgłaszać – naliczymy ją automatycznie. Szczegóły: {{contact}}.'],
  ['compensation', 'en', 'informative', ['refundDelayDefect', 'complaint', 'update'], 'update', ['incident-confirmed', 'compensation'], 'Outage: compensation', 'Affected customers will receive compensation for the downtime: {{compensation}}. There is nothing to claim – it will be applied automatically. Details: {{contact}}.'],
  ['incident-apology', 'pl', 'apologetic', ['complaint', 'refundDelayDefect', 'dataLeak', 'healthSafety', 'update'], 'update', ['incident-confirmed'], 'Potwierdzony incydent: przeprosiny i co dalej', 'Dzień dobry {{author}}, przepraszamy za ten incydent i kłopoty, które spowodował. Potwierdzamy, że doszło do problemu, i pracujemy nad jego usunięciem. Kolejna informacja {{next_update}}; szczegóły: {{contact}}.'],
  ['incident-apology', 'en', 'apologetic', ['complaint', 'refundDelayDefect', 'dataLeak', 'healthSafety', 'update'], 'update', ['incident-confirmed'], 'Confirmed incident: apology and next steps', 'Hi {{author}}, we apologise for this incident and the trouble it caused. We confirm there is a problem and we are working on it. Next update {{next_update}}; details: {{contact}}.'],
  ['defect-formal', 'pl', 'formal', ['refundDelayDefect'], 'update', [], 'Wada produktu: procedura reklamacji', 'Dzień dobry {{author}}, dziękujemy za zgłoszenie wady. Produkt przyjmiemy do reklamacji bez dodatkowych kosztów; wysyłka jest po naszej stronie. Formularz i etykietę zwrotną udostępniamy {{contact:loc}}, a reklamację rozpatrzymy {{eta}}.'],
  ['defect-formal', 'en', 'formal', ['refundDelayDefect'], 'update', [], 'Product defect: how the return works', 'Hello {{author}}, thank you for reporting the defect. We will take the product back at no cost to you, shipping included. The form and return label are {{contact}}, and we will decide {{eta}}.'],
  // scam / fraud accusation
  ['scam-transparent', 'pl', 'formal', ['scamFraud'], 'holding', [], 'Zarzut oszustwa: wyjaśniamy', 'Dzień dobry {{author}}, traktujemy ten sygnał poważnie. Sprawdzamy naliczenia na koncie i wyjaśnimy każdą pozycję. Prosimy o wiadomość prywatną z numerem umowy – odpowiedź z zestawieniem opłat przekażemy {{eta}}.'],
  ['scam-transparent', 'en', 'formal', ['scamFraud'], 'holding', [], 'Fraud accusation: we will explain every charge', 'Hello {{author}}, we take this seriously. We are checking the charges on your account and will explain each one. Please send us a private message with your contract number – we will reply with a breakdown {{eta}}.'],
  ['scam-empathy', 'pl', 'empathetic', ['scamFraud', 'complaint'], 'update', [], 'Zarzut oszustwa: rozumiemy nieufność', 'Rozumiemy, że nieoczekiwana opłata budzi nieufność. Sprawdzamy sprawę {{ticket}} i wyjaśnimy każdą pozycję. Jeśli pobraliśmy za dużo, zwrot wykonamy automatycznie – odezwiemy się {{eta}}. Dziękujemy, że daliście nam znać.'],
  ['scam-empathy', 'en', 'empathetic', ['scamFraud', 'complaint'], 'update', [], 'Fraud accusation: we understand the distrust', 'We understand that an unexpected charge feels wrong. We are checking case {{ticket}} and will explain every item. If we charged too much, the refund will be made automatically – we will get back to you {{eta}}. Thank you for letting us know.'],
  // data leak
  ['leak-holding', 'pl', 'formal', ['dataLeak', 'rumour'], 'holding', [], 'Wyciek danych: komunikat wstępny', 'Wiemy o doniesieniach dotyczących bezpieczeństwa danych. Zespół bezpieczeństwa sprawdza je; na tę chwilę nie potwierdzamy naruszenia. Gdyby się potwierdziło, poinformujemy bezpośrednio osoby, których dotyczy, oraz UODO. Kolejna informacja {{next_update}}. Nigdy nie prosimy o hasła w wiadomościach.'],
  ['leak-holding', 'en', 'formal', ['dataLeak', 'rumour'], 'holding', [], 'Data leak: holding statement', 'We are aware of reports about the security of customer data. Our security team is looking into them; at this point we have not confirmed any breach. If one is confirmed, we will contact affected customers directly and notify the regulator. Next update {{next_update}}. We never ask for passwords in messages.'],
  ['leak-update', 'pl', 'informative', ['dataLeak', 'update'], 'update', ['incident-confirmed'], 'Wyciek danych: co robić teraz', 'Aktualizacja w sprawie bezpieczeństwa danych: potwierdzamy incydent i wyjaśniamy jego zakres. Co zrobiliśmy: zablokowaliśmy podejrzane logowania i wymusiliśmy zmianę haseł. Co warto zrobić: zmienić hasło i włączyć logowanie dwuetapowe. Kolejne kroki opiszemy {{next_update}}.'],
  ['leak-update', 'en', 'informative', ['dataLeak', 'update'], 'update', ['incident-confirmed'], 'Data leak: what to do now', 'Security update: we confirm a security incident and are establishing its scope. What we did: blocked suspicious sign-ins and required a password reset. What helps now: change your password and turn on two-step sign-in. We will describe the next steps {{next_update}}.'],
  ['leak-apology', 'pl', 'apologetic', ['dataLeak'], 'resolution', ['incident-confirmed', 'cause-known', 'fixed'], 'Wyciek danych: przeprosiny i naprawa', 'Przepraszamy za naruszenie bezpieczeństwa danych. Przyczyna została usunięta, a osoby, których dotyczyło, otrzymały wiadomości z zaleceniami. Wprowadzamy dodatkowe zabezpieczenia: {{fix}}. Pytania: {{contact}}.'],
  ['leak-apology', 'en', 'apologetic', ['dataLeak'], 'resolution', ['incident-confirmed', 'cause-known', 'fixed'], 'Data leak: apology and fix', 'We apologise for the data security incident. The cause has been fixed and every affected customer has received guidance. We are adding further safeguards: {{fix}}. Questions are welcome: {{contact}}.'],
  // employee misconduct
  ['staff-apology', 'pl', 'apologetic', ['employeeMisconduct'], 'holding', [], 'Zachowanie pracownika: przepraszamy i wyjaśniamy', 'Dzień dobry {{author}}, bardzo przepraszamy – tak nie powinna wyglądać rozmowa z nami. Przekazaliśmy sprawę kierownikowi zespołu, który ją wyjaśni. Prosimy o wiadomość prywatną z datą i godziną rozmowy; odezwiemy się {{eta}}.'],
  ['staff-apology', 'en', 'apologetic', ['employeeMisconduct'], 'holding', [], 'Staff behaviour: apology and review', 'Hi {{author}}, we are very sorry – this is not how a conversation with us should go. The team manager is now reviewing what happened. Please send us a private message with the date and time of the call; we will be in touch {{eta}}.'],
  ['staff-formal', 'pl', 'formal', ['employeeMisconduct'], 'resolution', ['incident-confirmed', 'cause-known'], 'Zachowanie pracownika: wynik wyjaśnień', 'Dziękujemy za cierpliwość. Sprawa {{ticket}} została wyjaśniona i wyciągnęliśmy wnioski: {{fix}}. Zależy nam, aby każda rozmowa była uprzejma i rzeczowa.'],
  ['staff-formal', 'en', 'formal', ['employeeMisconduct'], 'resolution', ['incident-confirmed', 'cause-known'], 'Staff behaviour: outcome', 'Thank you for your patience. Case {{ticket}} has been reviewed and we have acted on it: {{fix}}. Every conversation with us should be courteous and helpful.'],
  // legal threat: formal, no admission of fault, no argument
  ['legal-formal', 'pl', 'formal', ['legalThreat'], 'holding', [], 'Groźba pozwu: kanał kontaktu', 'Dzień dobry {{author}}, dziękujemy za wiadomość. Aby sprawa została rozpatrzona formalnie, prosimy o kontakt z działem reklamacji: {{contact}}. Otrzymają Państwo pisemną odpowiedź {{eta}}.'],
  ['legal-formal', 'en', 'formal', ['legalThreat'], 'holding', [], 'Legal threat: the right channel', 'Hello {{author}}, thank you for your message. So that it can be handled formally, please contact our claims team: {{contact}}. You will receive a written reply {{eta}}.'],
  ['legal-received', 'pl', 'formal', ['legalThreat', 'complaint'], 'update', [], 'Sprawa prawna: przyjęliśmy pismo', 'Dzień dobry {{author}}, potwierdzamy otrzymanie zgłoszenia (numer {{ticket}}). Sprawę prowadzi dział prawny, który odpowie pisemnie {{eta}}. Publicznie nie komentujemy szczegółów toczących się spraw.'],
  ['legal-received', 'en', 'formal', ['legalThreat', 'complaint'], 'update', [], 'Legal matter: received', 'Hello {{author}}, we confirm we have received your claim (reference {{ticket}}). Our legal team is handling it and will reply in writing {{eta}}. We do not comment publicly on the details of open cases.'],
  // boycott / call to action
  ['boycott-holding', 'pl', 'empathetic', ['boycott', 'complaint'], 'holding', [], 'Bojkot: słuchamy', 'Słyszymy Wasze głosy i traktujemy je poważnie. Sprawdzamy, co się wydarzyło, i opiszemy to otwarcie – kolejna informacja {{next_update}}. Dziękujemy za każdą uwagę.'],
  ['boycott-holding', 'en', 'empathetic', ['boycott', 'complaint'], 'holding', [], 'Boycott: we are listening', 'We hear you and we take this seriously. We are looking into what happened and will explain it openly – next update {{next_update}}. Thank you for every comment.'],
  ['boycott-empathy', 'pl', 'empathetic', ['boycott', 'complaint'], 'update', ['incident-confirmed', 'fixed'], 'Bojkot: pokazujemy zmiany', 'Słyszymy Wasze głosy i rozumiemy rozczarowanie. Oto co już zmieniliśmy: {{fix}}. Kolejne kroki i terminy: {{contact}}. Dziękujemy za każdą uwagę – pomagają nam poprawić się szybciej.'],
  ['boycott-empathy', 'en', 'empathetic', ['boycott', 'complaint'], 'update', ['incident-confirmed', 'fixed'], 'Boycott: what we changed', 'We hear you and understand the disappointment. Here is what we have already changed: {{fix}}. Next steps and dates: {{contact}}. Thank you for every comment – they help us improve faster.'],
  // health and safety
  ['safety-holding', 'pl', 'formal', ['healthSafety'], 'holding', [], 'Bezpieczeństwo: komunikat wstępny', 'Bezpieczeństwo klientów jest najważniejsze. Sprawdzamy zgłoszenie i partię produktu; do czasu wyjaśnień prosimy nie używać produktu z partii {{batch}}. W razie objawów prosimy o kontakt z lekarzem. Kolejna informacja {{next_update}}, kontakt: {{contact}}.'],
  ['safety-holding', 'en', 'formal', ['healthSafety'], 'holding', [], 'Safety: holding statement', 'Customer safety comes first. We are investigating the report and the product batch; until then, please do not use products from batch {{batch}}. If you have symptoms, please see a doctor. Next update {{next_update}}, contact: {{contact}}.'],
  ['safety-empathy', 'pl', 'empathetic', ['healthSafety'], 'holding', [], 'Bezpieczeństwo: troska o zdrowie', 'Dzień dobry {{author}}, bardzo nam przykro i mamy nadzieję, że wszystko jest już dobrze. Prosimy o wiadomość prywatną z numerem partii i miejscem zakupu – sprawę przejmie nasz dział jakości, a wyniki analizy przekażemy {{eta}}.'],
  ['safety-empathy', 'en', 'empathetic', ['healthSafety'], 'holding', [], 'Safety: we care about your health', 'Hi {{author}}, we are very sorry and we hope you are feeling better. Please send us a private message with the batch number and where you bought it – our quality team will take over and share the results {{eta}}.'],
  // rumour / misinformation: say what is known, confirm nothing that is not
  ['rumour-informative', 'pl', 'informative', ['rumour', 'question'], 'holding', [], 'Plotka: co wiemy', 'Dziękujemy za pytanie. Sprawdzamy te doniesienia i przekazujemy wyłącznie potwierdzone informacje – na tę chwilę niczego takiego nie potwierdzamy. Aktualny stan sprawy: {{contact}}. Kolejna informacja {{next_update}}.'],
  ['rumour-informative', 'en', 'informative', ['rumour', 'question'], 'holding', [], 'Rumour: what we know', 'Thanks for asking. We are checking these reports and share only confirmed information – at this point we have not confirmed anything of the kind. Current status: {{contact}}. Next update {{next_update}}.'],
  ['rumour-confirmed', 'pl', 'informative', ['rumour', 'question', 'update'], 'update', ['incident-confirmed'], 'Doniesienia: potwierdzamy i wyjaśniamy', 'Dziękujemy za pytanie. Potwierdzamy, że doszło do incydentu; wyjaśniamy jego zakres i przyczynę. Sprawdzone informacje publikujemy na bieżąco: {{contact}}. Kolejna informacja {{next_update}}.'],
  ['rumour-confirmed', 'en', 'informative', ['rumour', 'question', 'update'], 'update', ['incident-confirmed'], 'Reports: confirmed, what we know', 'Thanks for asking. We confirm that there was an incident; we are establishing its scope and cause. We publish verified information as we have it: {{contact}}. Next update {{next_update}}.'],
  // question
  ['question-informative', 'pl', 'informative', ['question'], undefined, [], 'Pytanie: odpowiedź', 'Dzień dobry {{author}}, dziękujemy za pytanie. {{answer}} Więcej szczegółów: {{contact}}.'],
  ['question-informative', 'en', 'informative', ['question'], undefined, [], 'Question: answer', 'Hi {{author}}, thanks for asking. {{answer}} More details: {{contact}}.'],
  ['question-friendly', 'pl', 'friendly', ['question', 'refundDelayDefect'], 'update', ['incident-confirmed'], 'Pytanie o awarię: czy mnie dotyczy', 'Dzień dobry {{author}}! Sprawdzamy to na bieżąco – mapa zasięgu awarii i przewidywany czas naprawy: {{contact}}. Kolejna aktualizacja {{next_update}}.'],
  ['question-friendly', 'en', 'friendly', ['question', 'refundDelayDefect'], 'update', ['incident-confirmed'], 'Outage question: am I affected', 'Hi {{author}}! We are tracking this live – the outage map and expected fix time: {{contact}}. Next update {{next_update}}.'],
  // praise / thanks
  ['praise-friendly', 'pl', 'friendly', ['praise'], undefined, [], 'Pochwała: dziękujemy', 'Dziękujemy, {{author}}! Bardzo nam miło – przekażemy te słowa zespołowi. 😊'],
  ['praise-friendly', 'en', 'friendly', ['praise'], undefined, [], 'Praise: thank you', 'Thank you, {{author}}! That means a lot – we will pass it on to the team. 😊'],
  ['thanks-resolution', 'pl', 'friendly', ['praise', 'update', 'refundDelayDefect'], 'thanks', ['incident-confirmed', 'fixed'], 'Po kryzysie: podziękowanie', 'Usługa działa już w pełni. Dziękujemy wszystkim za cierpliwość i wyrozumiałość. Co naprawiliśmy: {{fix}}. Co zmieniamy, by się nie powtórzyło: {{prevention}}.'],
  ['thanks-resolution', 'en', 'friendly', ['praise', 'update', 'refundDelayDefect'], 'thanks', ['incident-confirmed', 'fixed'], 'After the crisis: thank you', 'Service is fully restored. Thank you all for your patience and understanding. What we fixed: {{fix}}. What we are changing so it does not happen again: {{prevention}}.'],
  ['resolution-update', 'pl', 'informative', ['update', 'complaint', 'scamFraud', 'dataLeak', 'refundDelayDefect', 'rumour'], 'resolution', ['incident-confirmed', 'cause-known', 'fixed'], 'Rozwiązanie: podsumowanie', 'Sprawa jest rozwiązana. Co się stało: {{finding}}. Co zrobiliśmy: {{fix}}. Co dalej: {{prevention}}. Dziękujemy za zgłoszenia – pomogły szybciej znaleźć przyczynę.'],
  ['resolution-update', 'en', 'informative', ['update', 'complaint', 'scamFraud', 'dataLeak', 'refundDelayDefect', 'rumour'], 'resolution', ['incident-confirmed', 'cause-known', 'fixed'], 'Resolution: summary', 'This is resolved. What happened: {{finding}}. What we did: {{fix}}. What comes next: {{prevention}}. Thank you for your reports – they helped us find the cause faster.'],
  ['fixed-short', 'pl', 'friendly', ['update', 'complaint', 'refundDelayDefect', 'question'], 'resolution', ['incident-confirmed', 'fixed'], 'Naprawione: wszystko działa', 'Dzień dobry {{author}}, problem został usunięty i wszystko powinno już działać. Jeśli coś nadal nie działa, prosimy o wiadomość prywatną – sprawdzimy to {{eta}}.'],
  ['fixed-short', 'en', 'friendly', ['update', 'complaint', 'refundDelayDefect', 'question'], 'resolution', ['incident-confirmed', 'fixed'], 'Fixed: all working', 'Hi {{author}}, the problem has been fixed and everything should work again. If something still does not, please send us a private message – we will check it {{eta}}.'],
  // trolls and insults: do not engage first (hide or report); a firm reply only if the team wants one
  ['toxic-firm', 'pl', 'firm', ['toxic'], undefined, [], 'Obraźliwy komentarz: zasady', 'Chętnie porozmawiamy o każdym problemie, ale prosimy o kulturę wypowiedzi. Komentarze obraźliwe usuwamy zgodnie z regulaminem. Jeśli coś nie działa, prosimy o wiadomość prywatną – pomożemy.'],
  ['toxic-firm', 'en', 'firm', ['toxic'], undefined, [], 'Abusive comment: house rules', 'We are happy to talk about any problem, but please keep it respectful. Abusive comments are removed under our community rules. If something is not working, send us a private message – we will help.'],
  ['toxic-complaint-firm', 'pl', 'firm', ['toxic', 'complaint'], 'holding', [], 'Obraźliwa skarga: pomoc mimo tonu', 'Rozumiemy, że sytuacja jest frustrująca, i chcemy pomóc. Prosimy o wiadomość prywatną z numerem konta – zajmiemy się sprawą {{eta}}. Prosimy jednocześnie o kulturalną rozmowę.'],
  ['toxic-complaint-firm', 'en', 'firm', ['toxic', 'complaint'], 'holding', [], 'Abusive complaint: help despite the tone', 'We understand this is frustrating and we want to help. Please send us a private message with your account number – we will handle it {{eta}}. We also ask that we keep the conversation respectful.'],
];

/**
 * Custom variables' defaults, Polish then English, each a whole phrase that reads right where the
 * variable stands ("w ciągu 24 godzin", not "24 godzin" after a fixed "w ciągu"). Polish forms
 * give the phrase in the case a body asks for (`{{contact:loc}}`).
 */
const CUSTOM_DEFAULTS: Record<string, { pl: string; en: string; forms?: TemplateVariable['forms'] }> = {
  eta: { pl: 'w ciągu 24 godzin', en: 'within 24 hours' },
  contact: { pl: 'strona pomocy w naszym serwisie', en: 'on our help page', forms: { nom: 'strona pomocy w naszym serwisie', gen: 'strony pomocy w naszym serwisie', acc: 'stronę pomocy w naszym serwisie', ins: 'stroną pomocy w naszym serwisie', loc: 'na stronie pomocy w naszym serwisie' } },
  next_update: { pl: 'dziś o 16:00', en: 'today at 4 pm' },
  finding: { pl: 'szczegóły podamy po zakończeniu analizy', en: 'details will follow once the analysis is complete' },
  fix: { pl: 'szczegóły opiszemy w osobnym komunikacie', en: 'we will describe them in a separate update' },
  prevention: { pl: 'opiszemy to w osobnym komunikacie', en: 'we will describe it in a separate update' },
  compensation: { pl: 'szczegóły podamy w osobnym komunikacie', en: 'details will follow in a separate update' },
  answer: { pl: '', en: '' },
  batch: { pl: 'wskazanej na opakowaniu', en: 'shown on the package' },
};

function variablesOf(body: string, lang: 'pl' | 'en'): TemplateVariable[] {
  const names = [...new Set([...body.matchAll(/\{\{([a-z_]+)(?::[a-z]+)?\}\}/g)].map((m) => m[1]!))];
  return names
    .filter((n) => n in CUSTOM_DEFAULTS)
    .map((name) => {
      const d = CUSTOM_DEFAULTS[name]!;
      return lang === 'pl' && d.forms ? { name, default: d.pl, forms: d.forms } : { name, default: d[lang] };
    });
}

/** The default templates, approved, with stable ids and the facts each asserts. */
export const DEFAULT_TEMPLATES: ReplyTemplate[] = DEFS.map(([id, lang, tone, categories, stage, claims, title, body]) => ({
  id: `default-${lang}-${id}`,
  title,
  body,
  language: lang,
  tone,
  categories,
  stage,
  claims,
  tags: ['default'],
  variables: variablesOf(body, lang),
  status: 'approved',
  approvedBy: DEFAULTS_APPROVER,
  approvedAt: 0,
  createdAt: 0,
  updatedAt: 0,
  usageCount: 0,
  origin: 'default',
  defaultVersion: DEFAULT_LIBRARY_VERSION,
}));
