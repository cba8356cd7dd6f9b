/**
 * The default reply library, Polish and English, written along the reply rules in
 * docs/ARCHITECTURE.md: say what happened, what we are doing and what comes next; stay polite;
 * never blame anyone; thank people once the problem is solved. Polish replies avoid second-person forms so
 * that "ty" and "Pan/Pani" are never mixed. Installed on first run; user edits are never
 * overwritten on update (see install-defaults.ts).
 */
import type { CrisisStage, ReplyTemplate, TemplateCategory, Tone } from './types';

export const DEFAULT_LIBRARY_VERSION = 1;

type Def = [id: string, lang: 'pl' | 'en', tone: Tone, categories: TemplateCategory[], stage: CrisisStage | undefined, title: string, body: string];

const DEFS: Def[] = [
  // complaint
  ['complaint-empathy', 'pl', 'empathetic', ['complaint'], 'holding', 'Skarga: rozumiemy i sprawdzamy', 'Dzień dobry {{author}}, rozumiemy frustrację i dziękujemy za otwartą wiadomość. Już sprawdzamy, co poszło nie tak. Prosimy o wiadomość prywatną z numerem zamówienia lub konta – wrócimy z odpowiedzią najpóźniej w ciągu {{eta}}. {{agent}}, zespół {{brand}}'],
  ['complaint-empathy', 'en', 'empathetic', ['complaint'], 'holding', 'Complaint: we hear you and are checking', 'Hi {{author}}, we understand how frustrating this is and thank you for telling us. We are looking into what went wrong right now. Please send us a private message with your order or account number and we will get back to you within {{eta}}. {{agent}}, {{brand}} team'],
  ['complaint-apology', 'pl', 'apologetic', ['complaint'], 'update', 'Skarga: przeprosiny i konkretne kroki', 'Dzień dobry {{author}}, przepraszamy – to nie jest poziom obsługi, jaki chcemy zapewniać. Sprawa ma już numer {{ticket}} i zajmuje się nią nasz zespół. Kolejną informację przekażemy tutaj lub w wiadomości prywatnej do {{eta}}.'],
  ['complaint-apology', 'en', 'apologetic', ['complaint'], 'update', 'Complaint: apology and next steps', 'Hi {{author}}, we are sorry – this is not the service we want to give. Your case is now ticket {{ticket}} and our team is on it. We will update you here or by private message by {{eta}}.'],
  // refund, delay, defect
  ['refund-holding', 'pl', 'apologetic', ['refundDelayDefect'], 'holding', 'Zwrot / opóźnienie: przyjęliśmy zgłoszenie', 'Dzień dobry {{author}}, przepraszamy za opóźnienie i kłopot. Zgłoszenie dotyczące zwrotu zostało przyjęte (numer {{ticket}}). Sprawdzamy je w pierwszej kolejności, a decyzję przekażemy w ciągu {{eta}}. W razie pytań jesteśmy pod adresem {{contact}}.'],
  ['refund-holding', 'en', 'apologetic', ['refundDelayDefect'], 'holding', 'Refund / delay: request received', 'Hi {{author}}, we are sorry for the delay and the trouble. Your refund request is registered as {{ticket}}. We are reviewing it as a priority and will confirm the outcome within {{eta}}. You can also reach us at {{contact}}.'],
  ['outage-update', 'pl', 'informative', ['refundDelayDefect', 'update'], 'update', 'Awaria: aktualizacja', 'Aktualizacja: usługa nie działa u części klientów. Nasi technicy usuwają przyczynę i przywracają działanie region po regionie. Kolejna informacja o {{next_update}}. Dziękujemy za cierpliwość – za czas niedostępności przysługuje rekompensata, szczegóły podamy po usunięciu awarii.'],
  ['outage-update', 'en', 'informative', ['refundDelayDefect', 'update'], 'update', 'Outage: status update', 'Update: some customers are affected by a service outage. Our engineers are fixing the cause and restoring service region by region. Next update at {{next_update}}. Thank you for your patience – compensation for the downtime will follow, details once service is restored.'],
  ['defect-formal', 'pl', 'formal', ['refundDelayDefect'], 'update', 'Wada produktu: procedura reklamacji', 'Dzień dobry {{author}}, dziękujemy za zgłoszenie wady. Produkt przyjmiemy do reklamacji bez dodatkowych kosztów; wysyłka jest po naszej stronie. Formularz i etykieta zwrotna są dostępne pod adresem {{contact}}, a rozpatrzenie trwa do {{eta}}.'],
  ['defect-formal', 'en', 'formal', ['refundDelayDefect'], 'update', 'Product defect: how the return works', 'Hello {{author}}, thank you for reporting the defect. We will take the product back at no cost to you, shipping included. The form and return label are at {{contact}}, and we decide within {{eta}}.'],
  // scam / fraud accusation
  ['scam-transparent', 'pl', 'formal', ['scamFraud'], 'holding', 'Zarzut oszustwa: wyjaśniamy', 'Dzień dobry {{author}}, traktujemy ten sygnał poważnie. Sprawdzamy naliczenia na koncie i wyjaśnimy każdą pozycję. Prosimy o wiadomość prywatną z numerem umowy – odpowiedź z zestawieniem opłat przekażemy w ciągu {{eta}}.'],
  ['scam-transparent', 'en', 'formal', ['scamFraud'], 'holding', 'Fraud accusation: we will explain every charge', 'Hello {{author}}, we take this seriously. We are checking the charges on your account and will explain each one. Please send us a private message with your contract number – we will reply with a breakdown within {{eta}}.'],
  ['scam-empathy', 'pl', 'empathetic', ['scamFraud', 'complaint'], 'update', 'Zarzut oszustwa: rozumiemy nieufność', 'Rozumiemy, że nieoczekiwana opłata budzi nieufność. Sprawdziliśmy sprawę {{ticket}}: {{finding}}. Jeśli pobraliśmy za dużo, zwrot wykonamy automatycznie do {{eta}}. Dziękujemy, że daliście nam znać.'],
  ['scam-empathy', 'en', 'empathetic', ['scamFraud', 'complaint'], 'update', 'Fraud accusation: we understand the distrust', 'We understand that an unexpected charge feels wrong. We have checked case {{ticket}}: {{finding}}. If we charged too much, the refund will be made automatically by {{eta}}. Thank you for letting us know.'],
  // data leak
  ['leak-holding', 'pl', 'formal', ['dataLeak', 'rumour'], 'holding', 'Wyciek danych: komunikat wstępny', 'Wiemy o doniesieniach dotyczących bezpieczeństwa danych. Zespół bezpieczeństwa prowadzi analizę; na tę chwilę {{finding}}. Jeśli potwierdzi się jakiekolwiek naruszenie, poinformujemy bezpośrednio osoby, których dotyczy, oraz UODO. Kolejna informacja o {{next_update}}. Nigdy nie prosimy o hasła w wiadomościach.'],
  ['leak-holding', 'en', 'formal', ['dataLeak', 'rumour'], 'holding', 'Data leak: holding statement', 'We are aware of reports about the security of customer data. Our security team is investigating; at this point {{finding}}. If any breach is confirmed, we will contact affected customers directly and notify the regulator. Next update at {{next_update}}. We never ask for passwords in messages.'],
  ['leak-update', 'pl', 'informative', ['dataLeak', 'update'], 'update', 'Wyciek danych: co robić teraz', 'Aktualizacja w sprawie bezpieczeństwa danych: {{finding}}. Co zrobiliśmy: zablokowaliśmy podejrzane logowania i wymusiliśmy zmianę haseł. Co warto zrobić: zmienić hasło i włączyć logowanie dwuetapowe. Kolejne kroki opiszemy o {{next_update}}.'],
  ['leak-update', 'en', 'informative', ['dataLeak', 'update'], 'update', 'Data leak: what to do now', 'Security update: {{finding}}. What we did: blocked suspicious sign-ins and required a password reset. What helps now: change your password and turn on two-step sign-in. We will describe the next steps at {{next_update}}.'],
  ['leak-apology', 'pl', 'apologetic', ['dataLeak'], 'resolution', 'Wyciek danych: przeprosiny i naprawa', 'Przepraszamy za naruszenie bezpieczeństwa danych. Przyczyna została usunięta, a osoby, których dotyczyło, otrzymały wiadomości z zaleceniami. Wprowadzamy dodatkowe zabezpieczenia: {{fix}}. Pytania prosimy kierować na {{contact}}.'],
  ['leak-apology', 'en', 'apologetic', ['dataLeak'], 'resolution', 'Data leak: apology and fix', 'We apologise for the data security incident. The cause has been fixed and every affected customer has received guidance. We are adding further safeguards: {{fix}}. Questions are welcome at {{contact}}.'],
  // employee misconduct
  ['staff-apology', 'pl', 'apologetic', ['employeeMisconduct'], 'holding', 'Zachowanie pracownika: przepraszamy i wyjaśniamy', 'Dzień dobry {{author}}, bardzo przepraszamy – tak nie powinna wyglądać rozmowa z nami. Przekazaliśmy sprawę kierownikowi zespołu, który ją wyjaśni. Prosimy o wiadomość prywatną z datą i godziną rozmowy; odezwiemy się w ciągu {{eta}}.'],
  ['staff-apology', 'en', 'apologetic', ['employeeMisconduct'], 'holding', 'Staff behaviour: apology and review', 'Hi {{author}}, we are very sorry – this is not how a conversation with us should go. The team manager is now reviewing what happened. Please send us a private message with the date and time of the call; we will be in touch within {{eta}}.'],
  ['staff-formal', 'pl', 'formal', ['employeeMisconduct'], 'resolution', 'Zachowanie pracownika: wynik wyjaśnień', 'Dziękujemy za cierpliwość. Sprawa {{ticket}} została wyjaśniona i wyciągnęliśmy wnioski: {{fix}}. Zależy nam, aby każda rozmowa była uprzejma i rzeczowa.'],
  ['staff-formal', 'en', 'formal', ['employeeMisconduct'], 'resolution', 'Staff behaviour: outcome', 'Thank you for your patience. Case {{ticket}} has been reviewed and we have acted on it: {{fix}}. Every conversation with us should be courteous and helpful.'],
  // legal threat
  ['legal-formal', 'pl', 'formal', ['legalThreat'], 'holding', 'Groźba pozwu: kanał kontaktu', 'Dzień dobry {{author}}, rozumiemy wagę sprawy i chcemy ją rozwiązać. Prosimy o kontakt pod adresem {{contact}} – sprawę przejmie dział obsługi reklamacji, który odpowie pisemnie w ciągu {{eta}}.'],
  ['legal-formal', 'en', 'formal', ['legalThreat'], 'holding', 'Legal threat: the right channel', 'Hello {{author}}, we understand this matters and we want to resolve it. Please contact us at {{contact}} – our claims team will take over and reply in writing within {{eta}}.'],
  // boycott / call to action
  ['boycott-empathy', 'pl', 'empathetic', ['boycott', 'complaint'], 'update', 'Bojkot: słuchamy i pokazujemy zmiany', 'Słyszymy Wasze głosy i rozumiemy rozczarowanie. Oto co już zmieniliśmy: {{fix}}. Kolejne kroki i terminy publikujemy na {{contact}}. Dziękujemy za każdą uwagę – pomagają nam poprawić się szybciej.'],
  ['boycott-empathy', 'en', 'empathetic', ['boycott', 'complaint'], 'update', 'Boycott: we are listening', 'We hear you and understand the disappointment. Here is what we have already changed: {{fix}}. We publish the next steps and dates at {{contact}}. Thank you for every comment – they help us improve faster.'],
  // health and safety
  ['safety-holding', 'pl', 'formal', ['healthSafety'], 'holding', 'Bezpieczeństwo: komunikat wstępny', 'Bezpieczeństwo klientów jest najważniejsze. Sprawdzamy zgłoszenie i partię produktu; do czasu wyjaśnień prosimy nie używać produktu z partii {{batch}}. W razie objawów prosimy o kontakt z lekarzem. Kolejna informacja o {{next_update}}, kontakt: {{contact}}.'],
  ['safety-holding', 'en', 'formal', ['healthSafety'], 'holding', 'Safety: holding statement', 'Customer safety comes first. We are investigating the report and the product batch; until then, please do not use products from batch {{batch}}. If you have symptoms, please see a doctor. Next update at {{next_update}}, contact: {{contact}}.'],
  ['safety-empathy', 'pl', 'empathetic', ['healthSafety'], 'holding', 'Bezpieczeństwo: troska o zdrowie', 'Dzień dobry {{author}}, bardzo nam przykro i mamy nadzieję, że wszystko jest już dobrze. Prosimy o wiadomość prywatną z numerem partii i miejscem zakupu – sprawę przejmie nasz dział jakości, a wyniki analizy przekażemy w ciągu {{eta}}.'],
  ['safety-empathy', 'en', 'empathetic', ['healthSafety'], 'holding', 'Safety: we care about your health', 'Hi {{author}}, we are very sorry and we hope you are feeling better. Please send us a private message with the batch number and where you bought it – our quality team will take over and share the results within {{eta}}.'],
  // rumour / misinformation
  ['rumour-informative', 'pl', 'informative', ['rumour'], 'holding', 'Plotka: fakty', 'Dziękujemy za pytanie. Fakty: {{finding}}. Aktualne informacje publikujemy na {{contact}} – tam zawsze jest najświeższy stan sprawy.'],
  ['rumour-informative', 'en', 'informative', ['rumour'], 'holding', 'Rumour: the facts', 'Thanks for asking. The facts: {{finding}}. We publish current information at {{contact}} – that is always the latest status.'],
  // question
  ['question-informative', 'pl', 'informative', ['question'], undefined, 'Pytanie: odpowiedź', 'Dzień dobry {{author}}, dziękujemy za pytanie. {{answer}} Więcej szczegółów: {{contact}}.'],
  ['question-informative', 'en', 'informative', ['question'], undefined, 'Question: answer', 'Hi {{author}}, thanks for asking. {{answer}} More details: {{contact}}.'],
  ['question-friendly', 'pl', 'friendly', ['question', 'refundDelayDefect'], 'update', 'Pytanie o awarię: czy mnie dotyczy', 'Dzień dobry {{author}}! Sprawdzamy to na bieżąco – mapa zasięgu awarii i przewidywany czas naprawy są na {{contact}}. Kolejna aktualizacja o {{next_update}}.'],
  ['question-friendly', 'en', 'friendly', ['question', 'refundDelayDefect'], 'update', 'Outage question: am I affected', 'Hi {{author}}! We are tracking this live – the outage map and expected fix time are at {{contact}}. Next update at {{next_update}}.'],
  // praise / thanks
  ['praise-friendly', 'pl', 'friendly', ['praise'], undefined, 'Pochwała: dziękujemy', 'Dziękujemy, {{author}}! Bardzo nam miło – przekażemy te słowa zespołowi. 😊'],
  ['praise-friendly', 'en', 'friendly', ['praise'], undefined, 'Praise: thank you', 'Thank you, {{author}}! That means a lot – we will pass it on to the team. 😊'],
  ['thanks-resolution', 'pl', 'friendly', ['praise', 'update', 'refundDelayDefect'], 'thanks', 'Po kryzysie: podziękowanie', 'Usługa działa już w pełni. Dziękujemy wszystkim za cierpliwość i wyrozumiałość. Co naprawiliśmy: {{fix}}. Co zmieniamy, by się nie powtórzyło: {{prevention}}.'],
  ['thanks-resolution', 'en', 'friendly', ['praise', 'update', 'refundDelayDefect'], 'thanks', 'After the crisis: thank you', 'Service is fully restored. Thank you all for your patience and understanding. What we fixed: {{fix}}. What we are changing so it does not happen again: {{prevention}}.'],
  ['resolution-update', 'pl', 'informative', ['update', 'complaint', 'scamFraud', 'dataLeak'], 'resolution', 'Rozwiązanie: podsumowanie', 'Sprawa jest rozwiązana. Co się stało: {{finding}}. Co zrobiliśmy: {{fix}}. Co dalej: {{prevention}}. Dziękujemy za zgłoszenia – pomogły szybciej znaleźć przyczynę.'],
  ['resolution-update', 'en', 'informative', ['update', 'complaint', 'scamFraud', 'dataLeak'], 'resolution', 'Resolution: summary', 'This is resolved. What happened: {{finding}}. What we did: {{fix}}. What comes next: {{prevention}}. Thank you for your reports – they helped us find the cause faster.'],
  // trolls and insults: firm but polite, or do not engage
  ['toxic-firm', 'pl', 'firm', ['toxic'], undefined, 'Obraźliwy komentarz: zasady', 'Chętnie porozmawiamy o każdym problemie, ale prosimy o kulturę wypowiedzi. Komentarze obraźliwe usuwamy zgodnie z regulaminem. Jeśli coś nie działa, prosimy o wiadomość prywatną – pomożemy.'],
  ['toxic-firm', 'en', 'firm', ['toxic'], undefined, 'Abusive comment: house rules', 'We are happy to talk about any problem, but please keep it respectful. Abusive comments are removed under our community rules. If something is not working, send us a private message – we will help.'],
  ['toxic-complaint-firm', 'pl', 'firm', ['toxic', 'complaint'], 'holding', 'Obraźliwa skarga: pomoc mimo tonu', 'Rozumiemy, że sytuacja jest frustrująca, i chcemy pomóc. Prosimy o wiadomość prywatną z numerem konta – zajmiemy się sprawą w ciągu {{eta}}. Prosimy jednocześnie o kulturalną rozmowę.'],
  ['toxic-complaint-firm', 'en', 'firm', ['toxic', 'complaint'], 'holding', 'Abusive complaint: help despite the tone', 'We understand this is frustrating and we want to help. Please send us a private message with your account number – we will handle it within {{eta}}. We also ask that we keep the conversation respectful.'],
];

const CUSTOM_DEFAULTS: Record<string, string> = {
  eta: '24 godzin|24 hours',
  contact: 'stronie pomocy|our help page',
  next_update: '16:00|4 pm',
  finding: 'trwa analiza|the analysis is ongoing',
  fix: 'szczegóły wkrótce|details to follow',
  prevention: 'szczegóły wkrótce|details to follow',
  answer: '',
  batch: '—|—',
};

function variablesOf(body: string, lang: 'pl' | 'en') {
  const names = [...new Set([...body.matchAll(/\{\{([a-z_]+)\}\}/g)].map((m) => m[1]!))];
  return names
    .filter((n) => n in CUSTOM_DEFAULTS)
    .map((name) => ({ name, default: (CUSTOM_DEFAULTS[name]!.split('|')[lang === 'pl' ? 0 : 1] ?? '').trim() }));
}

/** The default templates, approved, with stable ids. */
export const DEFAULT_TEMPLATES: ReplyTemplate[] = DEFS.map(([id, lang, tone, categories, stage, title, body]) => ({
  id: `default-${lang}-${id}`,
  title,
  body,
  language: lang,
  tone,
  categories,
  stage,
  tags: ['default'],
  variables: variablesOf(body, lang),
  status: 'approved',
  approvedBy: 'Stormwatch defaults',
  approvedAt: 0,
  createdAt: 0,
  updatedAt: 0,
  usageCount: 0,
  origin: 'default',
  defaultVersion: DEFAULT_LIBRARY_VERSION,
}));
