// "End-to-end": the stages of the sales conveyor of seed 001 that follow lead generation, from
// warming a lead up to developing the account, each with its role and exit.
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
    probability: 15,
    rotDays: 14,
    role: 'hunter',
    criteria: [
      { kind: 'field', field: 'contactId' },
      { kind: 'activity', activityType: 'call' },
      { kind: 'check' }, // need confirmed
      { kind: 'check' }, // budget and decision maker
      { kind: 'nextActivity' },
    ],
  },
  {
    // Seed 001: deals with cycles over ~15 days stall at conversion.
    probability: 40,
    rotDays: 15,
    role: 'closer',
    criteria: [
      { kind: 'activity', activityType: 'meeting' },
      { kind: 'check' }, // price and terms
      { kind: 'field', field: 'expectedCloseDate' },
      { kind: 'check' }, // contract signed
    ],
  },
  {
    probability: 90,
    rotDays: 30,
    role: 'closer',
    criteria: [
      { kind: 'check' }, // obligations delivered
      { kind: 'check' }, // invoice paid
      { kind: 'activity', activityType: 'call' },
      { kind: 'check' }, // handed over
    ],
  },
  {
    probability: 95,
    rotDays: 30,
    role: 'account_manager',
    criteria: [
      { kind: 'activity', activityType: 'meeting' },
      { kind: 'check' }, // development plan
      { kind: 'check' }, // next purchase
      { kind: 'nextActivity' },
    ],
  },
] as const satisfies readonly StageShape[];

const TEXTS: TemplateTexts<typeof SHAPE> = {
  en: {
    name: 'End-to-end sales',
    stages: [
      {
        name: 'Lead development',
        goal: 'A Sales Qualified Lead: the need formed and confirmed',
        guidance: `The lead matches our target customer profile. As the hunter, you qualify it, warm it up and form the need.

- Call, reach the decision maker and check that the lead really fits the profile.
- Warm the lead up with repeat calls: useful material, case studies, invitations.
- Help the customer see the problem and what it costs to leave it unsolved.
- Hand the deal on only when the need, the budget and the decision maker are confirmed.`,
        criteria: [
          'Contact person recorded',
          'Qualifying call held',
          'Need confirmed by the customer',
          'Budget and decision maker known',
          'Next call in the calendar',
        ],
      },
      {
        name: 'Conversion',
        goal: 'A signed contract',
        guidance: `As the closer, you agree the order, negotiate the price and close the deal. Deals whose cycle runs over about 15 days tend to stall here.

- Work along the customer’s buying cycle, not your sales cycle: who decides, how and by when.
- Meet the decision maker, present the offer and handle the objections.
- Negotiate price and terms; trade concessions rather than give them away.
- Agree the signing date and keep the deal moving: a postponed decision is a warning sign.`,
        criteria: [
          'Meeting with the decision maker held',
          'Price and terms agreed',
          'Signing date set',
          'Contract signed',
        ],
      },
      {
        name: 'Client fulfilment',
        goal: 'Obligations delivered and the client handed over to the account manager',
        guidance: `After signing, we deliver what the contract promises. For the client’s first one or two deals, the closer and the account manager lead the client together; this is where sales and client service most often miss each other.

- Pass everything the client was promised to the delivery team in writing.
- Keep the client informed about progress and dates.
- Make sure the invoice is paid on time.
- Call to ask whether the client is satisfied, then introduce the account manager and hand the client over.`,
        criteria: [
          'Contract obligations delivered',
          'Invoice paid',
          'Satisfaction call held',
          'Client handed over to the account manager',
        ],
      },
      {
        name: 'Account development',
        goal: 'Repeat business: the client stays and buys more',
        guidance: `The account manager retains and develops the client. The usual failure: the client is served but neither retained nor developed, because nobody offers more.

- Meet the client regularly to review results and plans.
- Look for further needs: more volume, other products, other departments.
- Agree a development plan and the next purchase.
- Clients with a large share of our profit deserve a key account manager.`,
        criteria: [
          'Account review meeting held',
          'Development plan agreed with the client',
          'Next purchase agreed',
          'Next contact in the calendar',
        ],
      },
    ],
  },
  pl: {
    name: 'Pełny cykl sprzedaży',
    stages: [
      {
        name: 'Rozwój leada',
        goal: 'Lead gotowy do sprzedaży: potrzeba ukształtowana i potwierdzona',
        guidance: `Lead odpowiada profilowi naszego klienta docelowego. Jako hunter kwalifikujesz go, „ocieplasz” i kształtujesz potrzebę.

- Zadzwoń, dotrzyj do osoby decyzyjnej i sprawdź, czy lead rzeczywiście pasuje do profilu.
- Ocieplaj leada kolejnymi rozmowami: przydatne materiały, case studies, zaproszenia.
- Pomóż klientowi dostrzec problem i koszt pozostawienia go bez rozwiązania.
- Przekaż transakcję dalej dopiero wtedy, gdy potrzeba, budżet i osoba decyzyjna są potwierdzone.`,
        criteria: [
          'Osoba kontaktowa wprowadzona',
          'Rozmowa kwalifikująca przeprowadzona',
          'Potrzeba potwierdzona przez klienta',
          'Budżet i osoba decyzyjna znane',
          'Kolejna rozmowa w kalendarzu',
        ],
      },
      {
        name: 'Zamknięcie sprzedaży',
        goal: 'Podpisana umowa',
        guidance: `Jako closer uzgadniasz zamówienie, negocjujesz cenę i zamykasz sprzedaż. Transakcje, których cykl przekracza około 15 dni, często tu utykają.

- Działaj zgodnie z cyklem zakupowym klienta, a nie swoim cyklem sprzedaży: kto decyduje, jak i do kiedy.
- Spotkaj się z osobą decyzyjną, zaprezentuj ofertę i odpowiedz na obiekcje.
- Negocjuj cenę i warunki; wymieniaj ustępstwa, zamiast je rozdawać.
- Ustal termin podpisania umowy i nie pozwól, by transakcja stanęła w miejscu: odkładana decyzja to sygnał ostrzegawczy.`,
        criteria: [
          'Spotkanie z osobą decyzyjną przeprowadzone',
          'Cena i warunki uzgodnione',
          'Termin podpisania ustalony',
          'Umowa podpisana',
        ],
      },
      {
        name: 'Realizacja umowy',
        goal: 'Zobowiązania wykonane, klient przekazany opiekunowi',
        guidance: `Po podpisaniu umowy realizujemy to, co obiecaliśmy. Przy pierwszej czy drugiej transakcji klienta prowadzą go wspólnie closer i opiekun klienta; to tu najczęściej dochodzi do nieporozumień między sprzedażą a obsługą.

- Przekaż zespołowi realizacji na piśmie wszystko, co obiecano klientowi.
- Informuj klienta o postępach i terminach.
- Dopilnuj terminowej zapłaty faktury.
- Zadzwoń i zapytaj, czy klient jest zadowolony, a następnie przedstaw mu opiekuna i przekaż klienta.`,
        criteria: [
          'Zobowiązania z umowy wykonane',
          'Faktura opłacona',
          'Rozmowa o zadowoleniu klienta przeprowadzona',
          'Klient przekazany opiekunowi',
        ],
      },
      {
        name: 'Rozwój klienta',
        goal: 'Powtórna sprzedaż: klient zostaje z nami i kupuje więcej',
        guidance: `Opiekun klienta utrzymuje i rozwija współpracę. Najczęstszy błąd: klient jest obsługiwany, ale nikt go nie utrzymuje ani nie rozwija, bo nikt nie proponuje mu więcej.

- Regularnie spotykaj się z klientem, aby omówić wyniki i plany.
- Szukaj kolejnych potrzeb: większy wolumen, inne produkty, inne działy.
- Uzgodnij plan rozwoju współpracy i kolejny zakup.
- Klienci, którzy przynoszą dużą część zysku, zasługują na opiekuna kluczowych klientów (KAM).`,
        criteria: [
          'Spotkanie podsumowujące współpracę przeprowadzone',
          'Plan rozwoju uzgodniony z klientem',
          'Kolejny zakup uzgodniony',
          'Kolejny kontakt w kalendarzu',
        ],
      },
    ],
  },
  ru: {
    name: 'Сквозной процесс продаж',
    stages: [
      {
        name: 'Утепление лида',
        goal: 'Квалифицированный лид: потребность сформирована и подтверждена',
        guidance: `Лид соответствует портрету нашего целевого клиента. Задача хантера — квалифицировать его, утеплить и сформировать потребность.

- Позвоните, выйдите на ЛПР и убедитесь, что лид действительно соответствует портрету.
- Утепляйте лид повторными звонками: полезные материалы, кейсы, приглашения.
- Помогите клиенту увидеть проблему и цену её нерешения.
- Передавайте сделку дальше, только когда потребность, бюджет и ЛПР подтверждены.`,
        criteria: [
          'Контактное лицо внесено в CRM',
          'Квалифицирующий звонок проведён',
          'Потребность подтверждена клиентом',
          'Бюджет и ЛПР известны',
          'Следующий звонок в календаре',
        ],
      },
      {
        name: 'Контрактация',
        goal: 'Подписанный договор',
        guidance: `Клоузер согласует заказ, ведёт ценовые переговоры и закрывает сделку. Если цикл сделки длиннее 15 дней, клиенты здесь часто зависают.

- Работайте по циклу покупки клиента, а не по своему циклу продажи: кто принимает решение, как и к какому сроку.
- Встретьтесь с ЛПР, презентуйте предложение и отработайте возражения.
- Согласуйте цену и условия; уступки обменивайте, а не дарите.
- Назначьте дату подписания и не давайте сделке застаиваться: отложенное решение — тревожный сигнал.`,
        criteria: [
          'Встреча с ЛПР проведена',
          'Цена и условия согласованы',
          'Назначена дата подписания',
          'Договор подписан',
        ],
      },
      {
        name: 'Выполнение обязательств',
        goal: 'Обязательства выполнены, клиент передан клиентскому менеджеру',
        guidance: `После подписания договора мы выполняем обещанное. Первые одну-две сделки клиента ведут вместе клоузер и клиентский менеджер; именно здесь чаще всего возникают нестыковки между продажами и сервисом.

- Письменно передайте команде исполнения всё, что было обещано клиенту.
- Держите клиента в курсе хода работ и сроков.
- Проследите, чтобы счёт был оплачен вовремя.
- Позвоните и узнайте, доволен ли клиент, затем представьте ему клиентского менеджера и передайте клиента.`,
        criteria: [
          'Обязательства по договору выполнены',
          'Счёт оплачен',
          'Звонок об удовлетворённости проведён',
          'Клиент передан клиентскому менеджеру',
        ],
      },
      {
        name: 'Развитие клиента',
        goal: 'Повторные продажи: клиент остаётся и покупает больше',
        guidance: `Клиентский менеджер удерживает и развивает клиента. Главная проблема: клиента обслуживают, но не удерживают и не развивают — никто не предлагает ему допродажи.

- Регулярно встречайтесь с клиентом, чтобы обсудить результаты и планы.
- Ищите новые потребности: больший объём, другие продукты, другие подразделения.
- Согласуйте план развития и следующую покупку.
- Клиентам, которые приносят большую долю прибыли, нужен менеджер по ключевым клиентам (KAM).`,
        criteria: [
          'Встреча по итогам сотрудничества проведена',
          'План развития согласован с клиентом',
          'Следующая покупка согласована',
          'Следующий контакт в календаре',
        ],
      },
    ],
  },
};

export function endToEnd(locale: Locale): WorkspaceTemplate {
  const pipeline = assemblePipeline(SHAPE, TEXTS[locale]);
  const [leadDevelopment, conversion] = pipeline.stages.map((s) => s.name);
  return {
    pipelines: [pipeline],
    lostReasons: lossReasons(locale, {
      prospecting: [leadDevelopment!],
      negotiation: [conversion!],
    }),
  };
}
