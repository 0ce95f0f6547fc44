// The starting page's words in each language (the web app's own strings are not loaded yet:
// the page is served before the app is). A language missing here is a type error.
import type { Locale } from '../contract/roles.ts';
import type { StartStepKey } from './start-up-progress.ts';

export interface StartingWords {
  /** The title while the demo is built; `starting` while the server only opens its database. */
  title: string;
  starting: string;
  lead: string;
  steps: Record<StartStepKey, string>;
  waiting: string;
  done: string;
  /** Shown under the list; `{seconds}` is the time since the start. */
  elapsed: string;
  noScript: string;
}

export const STARTING_WORDS: Record<Locale, StartingWords> = {
  en: {
    title: 'Building the demo…',
    starting: 'Conveyor is starting…',
    lead: 'Conveyor is getting ready. This page opens the app by itself when it is done (a first start takes a minute or two).',
    steps: {
      database: 'Opening the database',
      web: 'Building the web app',
      demo: 'Building the demo company: two years of a sales team',
    },
    waiting: 'waiting',
    done: 'done',
    elapsed: '{seconds} s so far',
    noScript: 'Reload this page in a few seconds.',
  },
  pl: {
    title: 'Budowanie wersji demonstracyjnej…',
    starting: 'Conveyor się uruchamia…',
    lead: 'Conveyor się przygotowuje. Ta strona sama otworzy aplikację, gdy będzie gotowa (pierwsze uruchomienie trwa minutę lub dwie).',
    steps: {
      database: 'Otwieranie bazy danych',
      web: 'Budowanie aplikacji internetowej',
      demo: 'Budowanie firmy demonstracyjnej: dwa lata pracy zespołu sprzedaży',
    },
    waiting: 'czeka',
    done: 'gotowe',
    elapsed: 'Upłynęło {seconds} s',
    noScript: 'Odśwież tę stronę za kilka sekund.',
  },
  ru: {
    title: 'Создаём демо…',
    starting: 'Conveyor запускается…',
    lead: 'Conveyor готовится к работе. Эта страница сама откроет приложение, когда всё будет готово (первый запуск занимает минуту-две).',
    steps: {
      database: 'Открываем базу данных',
      web: 'Собираем веб-приложение',
      demo: 'Создаём демонстрационную компанию: два года работы отдела продаж',
    },
    waiting: 'ожидает',
    done: 'готово',
    elapsed: 'Прошло {seconds} с',
    noScript: 'Обновите страницу через несколько секунд.',
  },
};
