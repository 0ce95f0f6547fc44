// The standard list of loss reasons shared by the templates (seed 004): a deal is lost only for
// a reason on this list, and each reason carries a standard saying when it applies.
import type { Locale } from '../../../../contract/roles.ts';
import type { TemplateLostReason } from './template-shape.ts';

/** The template's stages where the stage-bound reasons apply, by name. */
export interface LossReasonStages {
  /** Stages before an offer: a wrong target is found out here, not later. */
  prospecting: string[];
  /** Stages where price is negotiated. */
  negotiation: string[];
}

type Limit = keyof LossReasonStages;

interface ReasonText {
  name: string;
  standard: string;
}

const LIMITS = [
  null, // no budget
  null, // chose a competitor
  'negotiation', // price too high after negotiation
  null, // went silent
  'prospecting', // not our target customer
  null, // postponed
  null, // requirements we cannot meet
  null, // duplicate or mistake
] as const satisfies readonly (Limit | null)[];

/** One text per entry of LIMITS, in the same order. */
type Each<T extends readonly unknown[]> = { readonly [K in keyof T]: ReasonText };
type Texts = Each<typeof LIMITS>;

const TEXTS: Record<Locale, Texts> = {
  en: [
    {
      name: 'No budget',
      standard:
        'The customer has confirmed there is no money for this purchase and none is planned for the next 6 months. A budget that is merely below our price is not this reason: negotiate, or use “Price too high after negotiation”.',
    },
    {
      name: 'Chose a competitor',
      standard:
        'The customer has told us they chose another supplier. Write in the comment which competitor and why: it is the most valuable lesson of a lost deal.',
    },
    {
      name: 'Price too high after negotiation',
      standard:
        'Only after a negotiation in which we offered everything our discount rules allow and the customer still refused the price. A first “too expensive” is an objection to handle, not a reason to lose.',
    },
    {
      name: 'No decision: the customer went silent',
      standard:
        'At least 5 attempts over at least 2 weeks, by phone and by e-mail, got no answer, and the last message told the customer we are closing the matter for now. Fewer attempts are no reason to lose the deal.',
    },
    {
      name: 'Not our target customer',
      standard:
        'The customer does not match our target customer profile (industry, size, region) or has no need our product meets. This is settled before an offer is made.',
    },
    {
      name: 'Bad timing: purchase postponed',
      standard:
        'The need is there, but the customer has postponed the purchase by more than 6 months. Put a reminder in the calendar to come back: this is a warm lead. A shorter delay is no reason to lose; keep the deal open with the next contact date.',
    },
    {
      name: 'Requirements we cannot meet',
      standard:
        'The customer needs something we cannot provide (product, delivery time, terms), and the product or delivery team has confirmed it. Write in the comment what exactly was missing.',
    },
    {
      name: 'Duplicate or mistake',
      standard:
        'The deal duplicates another deal for the same customer and need, or was created by mistake. Name the other deal in the comment.',
    },
  ],
  pl: [
    {
      name: 'Brak budżetu',
      standard:
        'Klient potwierdził, że nie ma środków na ten zakup i nie planuje ich w ciągu najbliższych 6 miesięcy. Budżet jedynie niższy od naszej ceny to nie ten powód: negocjuj albo wybierz „Za wysoka cena po negocjacjach”.',
    },
    {
      name: 'Wybór konkurencji',
      standard:
        'Klient poinformował nas, że wybrał innego dostawcę. W komentarzu wpisz, którego konkurenta i dlaczego – to najcenniejsza lekcja z przegranej transakcji.',
    },
    {
      name: 'Za wysoka cena po negocjacjach',
      standard:
        'Tylko po negocjacjach, w których zaproponowaliśmy wszystko, na co pozwalają zasady rabatowe, a klient nadal nie zaakceptował ceny. Pierwsze „za drogo” to obiekcja, którą trzeba obsłużyć, a nie powód przegranej.',
    },
    {
      name: 'Brak decyzji: klient przestał odpowiadać',
      standard:
        'Co najmniej 5 prób kontaktu w ciągu minimum 2 tygodni, telefonicznie i mailowo, pozostało bez odpowiedzi, a w ostatniej wiadomości poinformowaliśmy klienta, że na razie zamykamy temat. Mniej prób nie jest powodem do zamknięcia transakcji.',
    },
    {
      name: 'Poza naszą grupą docelową',
      standard:
        'Klient nie odpowiada profilowi naszego klienta docelowego (branża, wielkość, region) albo nie ma potrzeby, na którą odpowiada nasz produkt. Rozstrzygamy to przed złożeniem oferty.',
    },
    {
      name: 'Zły moment: zakup odłożony',
      standard:
        'Potrzeba istnieje, ale klient odłożył zakup o ponad 6 miesięcy. Wpisz do kalendarza przypomnienie o powrocie do rozmowy – to ciepły lead. Krótsze odroczenie nie jest powodem przegranej: zostaw transakcję otwartą z terminem kolejnego kontaktu.',
    },
    {
      name: 'Wymagania, których nie spełniamy',
      standard:
        'Klient potrzebuje czegoś, czego nie możemy zapewnić (produkt, termin realizacji, warunki), co potwierdził dział produktu lub realizacji. W komentarzu opisz, czego dokładnie zabrakło.',
    },
    {
      name: 'Duplikat lub pomyłka',
      standard:
        'Transakcja powiela inną transakcję dla tego samego klienta i tej samej potrzeby albo została utworzona przez pomyłkę. W komentarzu wskaż tę drugą transakcję.',
    },
  ],
  ru: [
    {
      name: 'Нет бюджета',
      standard:
        'Клиент подтвердил, что денег на эту покупку нет и в ближайшие 6 месяцев не планируется. Если бюджет просто меньше нашей цены, это другая причина: ведите переговоры или выберите «Цена слишком высока после переговоров».',
    },
    {
      name: 'Выбрали конкурента',
      standard:
        'Клиент сообщил, что выбрал другого поставщика. Укажите в комментарии, какого конкурента и почему: это самый ценный урок проигранной сделки.',
    },
    {
      name: 'Цена слишком высока после переговоров',
      standard:
        'Только после переговоров, в которых мы предложили всё, что допускают правила скидок, а клиент всё равно не принял цену. Первое «дорого» — это возражение, которое нужно отработать, а не причина проигрыша.',
    },
    {
      name: 'Нет решения: клиент пропал',
      standard:
        'Не менее 5 попыток связаться за срок не менее 2 недель, по телефону и по электронной почте, остались без ответа, а в последнем сообщении мы предупредили клиента, что пока закрываем вопрос. Меньшее число попыток — не причина проигрывать сделку.',
    },
    {
      name: 'Не наш целевой клиент',
      standard:
        'Клиент не соответствует портрету нашего целевого клиента (отрасль, размер, регион) или у него нет потребности, которую закрывает наш продукт. Это выясняется до отправки предложения.',
    },
    {
      name: 'Неподходящее время: покупка отложена',
      standard:
        'Потребность есть, но клиент отложил покупку более чем на 6 месяцев. Поставьте в календарь напоминание вернуться к клиенту: это тёплый лид. Более короткая отсрочка — не причина проигрыша: оставьте сделку открытой с датой следующего контакта.',
    },
    {
      name: 'Требования, которые мы не можем выполнить',
      standard:
        'Клиенту нужно то, чего мы не можем обеспечить (продукт, сроки, условия), и это подтвердил отдел продукта или исполнения. Опишите в комментарии, чего именно не хватило.',
    },
    {
      name: 'Дубль или ошибка',
      standard:
        'Сделка дублирует другую сделку по тому же клиенту и той же потребности или создана по ошибке. Укажите в комментарии другую сделку.',
    },
  ],
};

export function lossReasons(locale: Locale, stages: LossReasonStages): TemplateLostReason[] {
  return TEXTS[locale].map((text, i) => {
    const limit: Limit | null = LIMITS[i] ?? null;
    return limit === null ? { ...text } : { ...text, stageNames: [...stages[limit]] };
  });
}
