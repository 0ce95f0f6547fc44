// Polskie teksty mapy procesów „B2B classic” (seed 000, w jego brzmieniu tam, gdzie pasuje).
import type { B2bClassicMapShape } from './b2b-classic-map-shape.ts';
import type { MapTexts } from './process-map-assembly.ts';

export const B2B_CLASSIC_MAP_PL: MapTexts<B2bClassicMapShape> = [
  {
    name: 'Strategia',
    result:
      'Strategia, która broni się na rynku: do kogo docieramy, jakie mają problemy i jaką wartość im proponujemy',
    processes: [
      {
        name: 'Buyer persony',
        description: 'Opisz segmenty, ludzi w tych segmentach, ich problemy i wyzwania.',
      },
      {
        name: 'Sprawdzanie buyer person',
        description:
          'Regularnie sprawdzaj, czy persony są w porządku: co miesiąc, co pół roku lub co rok.',
      },
      {
        name: 'Propozycja wartości',
        description: 'Określ, jaką wartość proponujemy każdej personie i dlaczego się broni.',
      },
      {
        name: 'Sprawdzanie na rynku',
        description: 'Regularnie sprawdzaj, jak strategia sprawdza się na rynku, i ją koryguj.',
      },
    ],
    lamps: [
      'Rozmowy z klientami na potrzeby buyer person',
      'Trafność buyer person, %',
      'Nowi klienci z segmentów docelowych, %',
    ],
  },
  {
    name: 'Zarządzanie',
    result: 'Zespół, który realizuje procesy także wtedy, gdy menedżera nie ma w firmie',
    processes: [
      {
        name: 'Plan miesięczny',
        description: 'Raz na miesiąc nowy plan ze wszystkimi zespołami, a potem do roboty.',
      },
      {
        name: 'Spotkanie tygodniowe',
        description: 'Przegląd lampek wszystkich grup i ustalenie, co naprawiamy w tym tygodniu.',
      },
      {
        name: 'Spotkanie dzienne',
        description: 'Krótko: co zrobione wczoraj, co dziś, co blokuje.',
      },
      {
        name: 'Czyszczenie lejków',
        description: 'Przesuń zawieszone transakcje dalej albo zamknij je z powodem z listy.',
      },
      {
        name: 'Utrzymanie systemu CRM',
        description: 'Dbaj o porządek etapów, kryteriów, powodów przegranej i danych w CRM.',
      },
    ],
    lamps: ['Zaległe aktywności', 'Zawieszone transakcje', 'Realizacja planu miesięcznego, %'],
  },
  {
    name: 'Prospecting',
    result: 'Leady z prospectingu: osoby, które odpisały „tak, chcę rozmawiać”',
    processes: [
      {
        name: 'Przygotowanie bazy',
        description: 'Zbuduj bazę potencjalnych klientów zgodnych z buyer personami.',
      },
      {
        name: 'Treści maili',
        description: 'Napisz wiadomości sekwencji dla każdej persony.',
      },
      {
        name: 'Wysyłka kampanii',
        description: 'Wyślij kampanię i ponawiaj kontakt w ustalonych dniach.',
      },
      {
        name: 'Regularna analityka',
        description: 'Co tydzień sprawdzaj zasięg, odpowiedzi i leady, i poprawiaj kampanię.',
      },
    ],
    lamps: [
      'Do ilu klientów dotarliśmy',
      'Odpowiedzi prospektów',
      'Liczba leadów prospectingowych',
    ],
  },
  {
    name: 'Marketing',
    result: 'Leady marketingowe: osoby zgodne z profilem klienta, które same do nas przyszły',
    processes: [
      {
        name: 'Treści na bloga',
        description: 'Regularnie publikuj artykuły dla buyer person.',
      },
      {
        name: 'Nowe kampanie',
        description: 'Planuj i uruchamiaj kampanie, które ściągają nowy ruch.',
      },
      {
        name: 'Landing page',
        description: 'Twórz strony z formularzem, które zamieniają odwiedzających w leady.',
      },
      {
        name: 'Kampanie mailowe',
        description: 'Wysyłaj newslettery i oferty do bazy kontaktów.',
      },
      {
        name: 'Lead nurturing',
        description: 'Ogrzewaj leady, które nie są jeszcze gotowe do zakupu, aż będą.',
      },
    ],
    lamps: ['Leady przychodzące', 'Rozmiar MOFU', 'Liczba leadów marketingowych (MQL)'],
  },
  {
    name: 'Kwalifikacja',
    result: 'Leady kwalifikowane: leady warte czasu handlowca',
    processes: [
      {
        name: 'Pierwszy kontakt',
        description: 'Skontaktuj się z nowym leadem szybko, póki zainteresowanie jest świeże.',
      },
      {
        name: 'Rozmowa kwalifikująca',
        description: 'Zapytaj o potrzebę, budżet, osobę decyzyjną i termin.',
      },
      {
        name: 'Sprawdzenie kryteriów',
        description: 'Oceń leada według reguł kwalifikacji; odrzuć go z podaniem powodu.',
      },
      {
        name: 'Przekazanie do sprzedaży',
        description:
          'Przekaż leada kwalifikowanego sprzedaży ze wszystkim, czego się dowiedziałeś.',
      },
    ],
    lamps: [
      'Czas do pierwszego kontaktu',
      'Współczynnik kwalifikacji leadów',
      'Leady kwalifikowane sprzedażowo',
    ],
  },
  {
    name: 'Proces sprzedaży',
    result: 'Nowi klienci: leady kwalifikowane zamienione w podpisane umowy',
    processes: [
      {
        name: 'Sam proces sprzedaży',
        description: 'Identyfikacja, kwalifikacja, oferta i negocjacje, etap po etapie.',
      },
      {
        name: 'Tworzenie oferty',
        description: 'Przygotuj profesjonalną ofertę na podstawie wzoru i wyślij ją w terminie.',
      },
      {
        name: 'Wycena',
        description: 'Wyceń ofertę według cenników i uzgodnionych marż.',
      },
      {
        name: 'Sprawdzenie z produkcją',
        description: 'Potwierdź z produkcją, że terminy i zakres są do zrealizowania.',
      },
      {
        name: 'Negocjacje',
        description: 'Uzgodnij cenę, terminy, dostawę i warunki umowy; wymieniaj ustępstwa.',
      },
    ],
    lamps: ['Transakcje bez kolejnego kroku', 'Skuteczność sprzedaży', 'Liczba nowych kontraktów'],
  },
  {
    name: 'Obsługa klienta',
    result: 'Zamówienia zrealizowane zgodnie z ustaleniami i zadowoleni klienci',
    processes: [
      {
        name: 'Przyjęcie zgłoszenia',
        description: 'Zapisz każde zgłoszenie klienta w jednym miejscu.',
      },
      {
        name: 'Obsługa zgłoszenia',
        description: 'Pracuj nad zgłoszeniem i informuj klienta o postępach.',
      },
      {
        name: 'Etapy realizacji zamówienia',
        description: 'Przeprowadź zamówienie przez kolejne etapy realizacji aż do dostawy.',
      },
      {
        name: 'Zamknięcie zgłoszenia',
        description: 'Zamknij zgłoszenie, gdy klient potwierdzi, że sprawa jest załatwiona.',
      },
      {
        name: 'Komunikacja mailowa',
        description: 'Odpowiadaj na maile klientów w ustalonym czasie.',
      },
      {
        name: 'Reklamacje',
        description: 'Przyjmuj i rozpatruj reklamacje według procedury.',
      },
    ],
    lamps: [
      'Zgłoszenia czekające na odpowiedź',
      'Czas obsługi zgłoszenia, godziny',
      'Zadowolenie klienta (NPS)',
    ],
  },
  {
    name: 'Cross selling i upselling',
    result: 'Dosprzedaż klientom, którzy już u nas kupują',
    processes: [
      {
        name: 'Mapa dosprzedaży',
        description: 'Kto, komu, co i kiedy dosprzedaje: w sprzedaży i w obsłudze klienta.',
      },
      {
        name: 'Lista argumentów',
        description: 'Argumenty za każdym dodatkowym produktem i obiekcje, na które odpowiadają.',
      },
      {
        name: 'Kiedy dosprzedajemy',
        description: 'Zasady, kiedy dosprzedajemy, a kiedy nie dosprzedajemy.',
      },
    ],
    lamps: [
      'Klienci, którym zaproponowano dosprzedaż',
      'Przyjęte propozycje dosprzedaży, %',
      'Wygrane transakcje cross sellingu i upsellingu',
    ],
  },
  {
    name: 'Zarządzanie obecnymi klientami',
    result: 'Nowe transakcje u obecnych klientów, zwrócone do procesu sprzedaży',
    processes: [
      {
        name: 'Priorytetyzacja A/B/C/D',
        description: 'Uszereguj obecnych klientów według wartości i potencjału.',
      },
      {
        name: 'Rytm rozmów',
        description:
          'Z klientami A rozmawiamy najczęściej, z B, C i D rzadziej, i to jest rozpisane.',
      },
      {
        name: 'Rozmowa z klientem',
        description: 'Prowadź rozmowę według scenariusza i szukaj nowych potrzeb.',
      },
      {
        name: 'Powrót do sprzedaży',
        description: 'Każdą nową transakcję zapisz i przekaż do procesu sprzedaży.',
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
    result: 'Kluczowi klienci (VIP) utrzymani i rozwijani',
    processes: [
      {
        name: 'Wybór kluczowych klientów',
        description: 'Wskaż klientów, którzy przynoszą dużą część zysku.',
      },
      {
        name: 'Plan rozwoju klienta',
        description: 'Plan rozwoju dla każdego kluczowego klienta, przeglądany co kwartał.',
      },
      {
        name: 'Spotkania z zarządem klienta',
        description: 'Regularne spotkania z osobami decyzyjnymi klienta.',
      },
    ],
    lamps: [
      'Spotkania z kluczowymi klientami',
      'Kluczowi klienci z aktualnym planem rozwoju, %',
      'Utrzymani kluczowi klienci, %',
    ],
  },
];
