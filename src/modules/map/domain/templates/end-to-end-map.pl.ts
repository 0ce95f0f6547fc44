// Polskie teksty mapy procesów „End-to-end” (seed 001).
import type { EndToEndMapShape } from './end-to-end-map-shape.ts';
import type { MapTexts } from './process-map-assembly.ts';

export const END_TO_END_MAP_PL: MapTexts<EndToEndMapShape> = [
  {
    name: 'Zarządzanie lejkiem sprzedaży',
    result: 'Leady szybko przechodzą przez lejek, a każdy etap osiąga swoje KPI',
    processes: [
      {
        name: 'KPI dla każdego etapu',
        description: 'Wskaźniki dla każdego etapu i kroku, powiązane z celem biznesowym SMART.',
      },
      {
        name: 'Regulamin etapów',
        description: 'Opisz, jak wykonuje się każdy etap, i wpisz to w system motywacyjny.',
      },
      {
        name: 'Statystyka',
        description: 'Co tydzień zbieraj liczby każdego etapu jako podstawę zmian.',
      },
      {
        name: 'Doskonalenie (PDCA)',
        description: 'Naprawiaj jedno wąskie gardło naraz: planuj, wykonaj, sprawdź, działaj.',
      },
      {
        name: 'Informacja zwrotna od handlowców',
        description: 'Pytaj zespół, co spowalnia pracę, gdy proces się zmienia.',
      },
    ],
    lamps: ['Zaległe aktywności', 'Zawieszone transakcje', 'Mediana czasu na etapie'],
  },
  {
    name: 'Generowanie leadów',
    result: 'Leady kwalifikowane marketingowo (MQL): zgodne z profilem klienta docelowego',
    processes: [
      {
        name: 'Ruch',
        description: 'Zapewnij handlowcom stały dopływ potencjalnych klientów.',
      },
      {
        name: 'Pozyskiwanie zgłoszeń',
        description: 'Formularze, telefony i wiadomości stają się leadami z zapisanym źródłem.',
      },
      {
        name: 'Wyszukiwanie leadów',
        description: 'Znajdź potencjalnych klientów zgodnych z profilem i odezwij się do nich.',
      },
      {
        name: 'Sprawdzenie profilu',
        description: 'Porównaj każdego leada z profilem klienta docelowego.',
      },
    ],
    lamps: ['Nowe leady', 'Rozmiar MOFU', 'Leady kwalifikowane marketingowo'],
  },
  {
    name: 'Rozwój leada',
    result: 'Leady kwalifikowane sprzedażowo (SQL): potrzeba ukształtowana i potwierdzona',
    processes: [
      {
        name: 'Kwalifikacja',
        description: 'Hunter sprawdza leada: potrzebę, budżet, osobę decyzyjną, termin.',
      },
      {
        name: 'Ogrzewanie',
        description:
          'Kolejne telefony z przydatnymi materiałami, aż lead jest gotowy rozmawiać o warunkach.',
      },
      {
        name: 'Kształtowanie potrzeby',
        description: 'Pomóż klientowi dostrzec problem i koszt pozostawienia go bez rozwiązania.',
      },
      {
        name: 'Przekazanie closerowi',
        description: 'Przekaż leada kwalifikowanego sprzedażowo dalej w lejku.',
      },
    ],
    lamps: [
      'Czas do pierwszego kontaktu',
      'Współczynnik kwalifikacji leadów',
      'Leady kwalifikowane sprzedażowo',
    ],
  },
  {
    name: 'Zamknięcie sprzedaży',
    result: 'Podpisane umowy',
    processes: [
      {
        name: 'Uzgodnienie zamówienia',
        description: 'Closer uzgadnia, co dokładnie klient zamawia.',
      },
      {
        name: 'Negocjacje cenowe',
        description: 'Negocjuj cenę i warunki; wymieniaj ustępstwa, zamiast je rozdawać.',
      },
      {
        name: 'Zamknięcie',
        description: 'Doprowadź do podpisania umowy albo zamknij transakcję z powodem z listy.',
      },
      {
        name: 'Praca według cyklu zakupowego',
        description:
          'Idź za tym, jak klient kupuje, nie jak my sprzedajemy: długie cykle utykają tutaj.',
      },
    ],
    lamps: ['Transakcje bez kolejnego kroku', 'Skuteczność sprzedaży', 'Podpisane umowy'],
  },
  {
    name: 'Realizacja umowy',
    result: 'Zobowiązania wykonane zgodnie z umową, klient przekazany opiekunowi',
    processes: [
      {
        name: 'Spotkanie startowe',
        description: 'Closer przedstawia opiekuna klienta i ustala plan prac.',
      },
      {
        name: 'Wykonanie zobowiązań',
        description: 'Dostarcz to, co obiecuje umowa, w uzgodnionych terminach.',
      },
      {
        name: 'Faktura i płatność',
        description: 'Wystaw fakturę na czas i sprawdź, czy płatność wpłynęła.',
      },
      {
        name: 'Przekazanie klienta',
        description: 'Przekaż klienta opiekunowi wraz z całą historią współpracy.',
      },
    ],
    lamps: [
      'Umowy rozpoczęte w terminie, %',
      'Nieścisłości między sprzedażą a obsługą',
      'Zobowiązania wykonane w terminie, %',
    ],
  },
  {
    name: 'Zarządzanie obecnymi klientami',
    result: 'Powtórna sprzedaż: klienci utrzymani i rozwijani',
    processes: [
      {
        name: 'Priorytetyzacja A/B/C/D',
        description:
          'Uszereguj klientów według wartości i potencjału i ustal rytm rozmów z każdym.',
      },
      {
        name: 'Utrzymanie',
        description: 'Bądź w kontakcie w ustalonym rytmie i rozwiązuj problemy, zanim urosną.',
      },
      {
        name: 'Rozwój',
        description: 'Szukaj dosprzedaży: sama obsługa klienta nie wystarczy.',
      },
      {
        name: 'Powrót do sprzedaży',
        description: 'Każdą nową transakcję zapisz i skieruj z powrotem do lejka.',
      },
    ],
    lamps: [
      'Spotkania z klientami',
      'Oferty po spotkaniach, %',
      'Liczba nowych transakcji u obecnych klientów',
    ],
  },
  {
    name: 'Zarządzanie kluczowymi klientami',
    result: 'Kluczowi klienci utrzymani i rozwijani',
    processes: [
      {
        name: 'Wybór kluczowych klientów',
        description: 'Wskaż klientów VIP: mogą przynosić nawet jedną piątą zysku.',
      },
      {
        name: 'Plan rozwoju klienta',
        description: 'Plan rozwoju dla każdego kluczowego klienta, przeglądany co kwartał.',
      },
      {
        name: 'Spotkania z zarządem klienta',
        description: 'Key account manager regularnie spotyka się z osobami decyzyjnymi klienta.',
      },
    ],
    lamps: [
      'Spotkania z kluczowymi klientami',
      'Kluczowi klienci z aktualnym planem rozwoju, %',
      'Utrzymani kluczowi klienci, %',
    ],
  },
];
