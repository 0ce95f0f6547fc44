// "B2B classic": the deal-level process of seed 002, Identification → Qualification → Offer →
// Negotiation, each stage with its tasks as exit criteria and its guidance.
import type { Locale } from '../../../../contract/roles.ts';
import { lossReasons } from './loss-reasons.ts';
import {
  assemblePipeline,
  type StageShape,
  type TemplateTexts,
  type WorkspaceTemplate,
} from './template-shape.ts';

const SHAPE = [
  {
    probability: 10,
    rotDays: 7,
    role: 'hunter',
    criteria: [
      { kind: 'field', field: 'contactId' },
      { kind: 'activity', activityType: 'call' },
      { kind: 'nextActivity' },
    ],
  },
  {
    probability: 25,
    rotDays: 14,
    role: 'hunter',
    criteria: [
      { kind: 'check' }, // needs and pains
      { kind: 'check' }, // budget
      { kind: 'check' }, // what the offer must contain
      { kind: 'field', field: 'value' },
      { kind: 'nextActivity' },
    ],
  },
  {
    probability: 50,
    rotDays: 10,
    role: 'closer',
    criteria: [
      { kind: 'check' }, // prepared from the template
      { kind: 'activity', activityType: 'email' },
      { kind: 'field', field: 'expectedCloseDate' },
    ],
  },
  {
    // Seed 002: negotiation *may* happen; a deal won straight from the offer skips its checks.
    probability: 75,
    rotDays: 14,
    role: 'closer',
    optional: true,
    criteria: [
      { kind: 'check' }, // price
      { kind: 'check' }, // dates and delivery
      { kind: 'check' }, // contract terms
      { kind: 'activity', activityType: 'meeting' },
    ],
  },
] as const satisfies readonly StageShape[];

const TEXTS: TemplateTexts<typeof SHAPE> = {
  en: {
    name: 'New business',
    stages: [
      {
        name: 'Identification',
        goal: 'A relationship with a decision maker',
        guidance: `Pick the most promising prospects: they are likely to need what we sell, they are not our competitors, and we know how to reach the decision maker.

- Open the relationship by phone, e-mail or a LinkedIn message.
- Record what you learn: contact details, the preferred channel, notes from the conversation.
- **Always put the date of the next contact in the calendar.** Many opportunities are lost only because nobody got back to the customer on the agreed day.
- No relationship after the agreed attempts? Close the deal as lost with a reason from the list.`,
        criteria: [
          'Decision maker recorded',
          'First call held',
          'Next contact date in the calendar',
        ],
      },
      {
        name: 'Qualification',
        goal: 'Needs, pains and budget understood',
        guidance: `Move a deal here once the relationship is good and the customer is interested in working with us. This is the hardest stage: find out what the customer needs and which problem hurts, and look for the solution.

- Ask about goals, the current situation, the problem to solve and who makes the decision.
- Establish the budget the customer is ready to spend on it.
- Agree what the offer must contain and when the customer expects it.
- After a meeting, thank the customer by e-mail and sum up what was discussed and the next steps.
- Enter the estimated value and the date of the next contact or of the offer.`,
        criteria: [
          'Needs and pains identified',
          'Budget known',
          'Offer contents agreed with the customer',
          'Deal value estimated',
          'Next contact or offer date set',
        ],
      },
      {
        name: 'Offer',
        goal: 'A professional offer in the customer’s hands on the agreed date',
        guidance: `Move a deal here when you have everything you need for a professional offer.

- Prepare the offer from the templates and price lists in Documents instead of writing it from scratch.
- Send it on the date agreed with the customer, not later.
- Attach the offer to the deal: it can then be reviewed and used to train newer colleagues.
- Agree when the customer will decide, and book a call to go through the offer.`,
        criteria: ['Offer prepared from the template', 'Offer sent', 'Expected decision date set'],
      },
      {
        name: 'Negotiation',
        goal: 'Terms agreed and the contract ready to sign',
        guidance: `Agree price, dates, delivery and contract terms.

- Know your limits before the meeting: the lowest price and the concessions you can make.
- Trade concessions, do not give them away: every discount buys something in return (volume, a longer contract, prepayment).
- After every meeting, record what was agreed and send the customer a summary.
- Won or lost, say in the comment what decided it and what we can learn.`,
        criteria: [
          'Price agreed',
          'Dates and delivery agreed',
          'Contract terms agreed',
          'Negotiation meeting held',
        ],
      },
    ],
  },
  pl: {
    name: 'Nowy biznes',
    stages: [
      {
        name: 'Identyfikacja',
        goal: 'Relacja z osobą decyzyjną',
        guidance: `Wybierz najbardziej obiecujących potencjalnych klientów: takich, którym nasze produkty lub usługi najpewniej się przydadzą, którzy nie są naszą konkurencją i do których osób decyzyjnych mamy dokładne dane kontaktowe.

- Nawiąż relację: telefonicznie, mailowo lub przez wiadomość InMail na LinkedIn.
- Wprowadź do CRM wszystkie zebrane informacje: dane kontaktowe, preferowany sposób kontaktu, notatki z rozmowy.
- **Zawsze wpisz do kalendarza termin kolejnego kontaktu.** Wiele transakcji przepada tylko dlatego, że nikt nie odezwał się do klienta w uzgodnionym terminie.
- Nie udało się nawiązać relacji mimo ustalonej liczby prób? Zamknij transakcję jako przegraną z powodem z listy.`,
        criteria: [
          'Osoba decyzyjna wprowadzona',
          'Pierwsza rozmowa telefoniczna przeprowadzona',
          'Termin kolejnego kontaktu w kalendarzu',
        ],
      },
      {
        name: 'Kwalifikacja',
        goal: 'Znamy potrzeby, problemy i budżet klienta',
        guidance: `Przenieś tu transakcję, gdy relacja jest dobra, a klient jest zainteresowany współpracą. To najtrudniejszy etap: określamy potrzeby klienta i jego bolączki, a następnie szukamy dla nich rozwiązania.

- Zapytaj o cele, obecną sytuację, problem do rozwiązania i o to, kto podejmuje decyzję.
- Ustal budżet, jaki klient jest gotów na to przeznaczyć.
- Uzgodnij, co musi zawierać oferta i kiedy klient jej oczekuje.
- Po spotkaniu podziękuj mailowo, podsumuj omówione zagadnienia i kolejne kroki.
- Wpisz szacowaną wartość transakcji oraz termin kolejnego kontaktu lub przesłania oferty.`,
        criteria: [
          'Potrzeby i bolączki klienta rozpoznane',
          'Budżet klienta ustalony',
          'Zawartość oferty uzgodniona z klientem',
          'Wartość transakcji oszacowana',
          'Termin kolejnego kontaktu lub oferty ustalony',
        ],
      },
      {
        name: 'Oferta',
        goal: 'Profesjonalna oferta u klienta w uzgodnionym terminie',
        guidance: `Przenieś tu transakcję, gdy masz komplet informacji potrzebnych do przygotowania profesjonalnej oferty.

- Przygotuj ofertę na podstawie wzorów i cenników z Dokumentów, zamiast pisać ją od zera.
- Wyślij ją w terminie uzgodnionym z klientem, nie później.
- Dołącz ofertę do transakcji, aby można ją było zweryfikować i wykorzystać jako materiał szkoleniowy dla mniej doświadczonych handlowców.
- Ustal, kiedy klient podejmie decyzję, i umów rozmowę, na której omówicie ofertę.`,
        criteria: [
          'Oferta przygotowana na podstawie wzoru',
          'Oferta wysłana',
          'Przewidywany termin decyzji wpisany',
        ],
      },
      {
        name: 'Negocjacje',
        goal: 'Warunki uzgodnione, umowa gotowa do podpisu',
        guidance: `Uzgodnij cenę, terminy, warunki dostawy i umowy.

- Przed spotkaniem poznaj swoje granice: najniższą cenę i ustępstwa, na które możesz pójść.
- Wymieniaj ustępstwa, zamiast je rozdawać: każdy rabat w zamian za coś (większy wolumen, dłuższą umowę, przedpłatę).
- Po każdym spotkaniu zapisz ustalenia i wyślij klientowi podsumowanie.
- Po wygranej lub przegranej napisz w komentarzu, co przesądziło o wyniku i czego możemy się nauczyć.`,
        criteria: [
          'Cena uzgodniona',
          'Terminy i warunki dostawy uzgodnione',
          'Warunki umowy uzgodnione',
          'Spotkanie negocjacyjne przeprowadzone',
        ],
      },
    ],
  },
  ru: {
    name: 'Новые продажи',
    stages: [
      {
        name: 'Установление контакта',
        goal: 'Контакт с лицом, принимающим решение',
        guidance: `Выберите самых перспективных потенциальных клиентов: тех, кому наш продукт с большой вероятностью нужен, кто не является нашим конкурентом и чьи контакты ЛПР у нас есть.

- Установите контакт: звонок, письмо, сообщение в LinkedIn.
- Внесите в CRM всё, что узнали: контактные данные, удобный способ связи, заметки по разговору.
- **Всегда ставьте в календарь дату следующего контакта.** Многие сделки теряются только потому, что клиенту не перезвонили в оговорённый срок.
- Контакт не установлен после оговорённого числа попыток? Закройте сделку как проигранную с причиной из списка.`,
        criteria: [
          'ЛПР внесён в CRM',
          'Первый звонок проведён',
          'Дата следующего контакта в календаре',
        ],
      },
      {
        name: 'Квалификация',
        goal: 'Потребности, боли и бюджет клиента известны',
        guidance: `Переводите сделку сюда, когда контакт налажен и клиент заинтересован в сотрудничестве. Это самый сложный этап: выявляем потребности клиента, его боли и ищем решение.

- Спросите о целях, текущей ситуации, задаче, которую нужно решить, и о том, кто принимает решение.
- Выясните, какой бюджет клиент готов на это выделить.
- Согласуйте, что должно быть в коммерческом предложении и когда клиент его ждёт.
- После встречи поблагодарите клиента письмом, подведите итоги и зафиксируйте следующие шаги.
- Укажите ожидаемую сумму сделки и дату следующего контакта или отправки КП.`,
        criteria: [
          'Потребности и боли клиента выявлены',
          'Бюджет клиента известен',
          'Состав КП согласован с клиентом',
          'Сумма сделки оценена',
          'Назначена дата следующего контакта или отправки КП',
        ],
      },
      {
        name: 'Коммерческое предложение',
        goal: 'Профессиональное КП у клиента в согласованный срок',
        guidance: `Переводите сделку сюда, когда у вас есть всё, чтобы подготовить профессиональное предложение.

- Готовьте КП по шаблонам и прайс-листам из раздела «Документы», а не с нуля.
- Отправьте его в срок, согласованный с клиентом, — не позже.
- Приложите КП к сделке: его можно будет проверить и использовать для обучения новых сотрудников.
- Договоритесь, когда клиент примет решение, и назначьте звонок, чтобы вместе разобрать предложение.`,
        criteria: ['КП подготовлено по шаблону', 'КП отправлено', 'Указана ожидаемая дата решения'],
      },
      {
        name: 'Переговоры',
        goal: 'Условия согласованы, договор готов к подписанию',
        guidance: `Согласуйте цену, сроки, условия поставки и условия договора.

- До встречи определите свои границы: минимальную цену и уступки, на которые готовы пойти.
- Не дарите уступки, а обменивайте: каждая скидка — в обмен на что-то (объём, более длительный договор, предоплату).
- После каждой встречи фиксируйте договорённости и отправляйте клиенту резюме.
- Выиграли или проиграли — напишите в комментарии, что решило исход и какие выводы можно сделать.`,
        criteria: [
          'Цена согласована',
          'Сроки и условия поставки согласованы',
          'Условия договора согласованы',
          'Переговорная встреча проведена',
        ],
      },
    ],
  },
};

export function b2bClassic(locale: Locale): WorkspaceTemplate {
  const pipeline = assemblePipeline(SHAPE, TEXTS[locale]);
  const [identification, qualification, , negotiation] = pipeline.stages.map((s) => s.name);
  return {
    pipelines: [pipeline],
    lostReasons: lossReasons(locale, {
      prospecting: [identification!, qualification!],
      negotiation: [negotiation!],
    }),
  };
}
