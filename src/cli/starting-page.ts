// The page a browser gets while the server starts: the steps with their progress, refreshed once
// a second from /starting/progress, until the real app answers there (then the page reloads).
import { LOCALES, type Locale } from '../contract/roles.ts';
import type { StartStep, StartStepKey } from './start-up-progress.ts';
import { STARTING_WORDS } from './starting-words.ts';

/** Where the page reads the progress (outside /api/, which answers 503 until the start is over). */
export const PROGRESS_PATH = '/starting/progress';

/** How much of the wait each step is, to fill one bar (the demo is most of a first start). */
const WEIGHT: Record<StartStepKey, number> = { database: 1, web: 2, demo: 6 };

/** The whole start's progress, 0–100, from its steps. */
export function overallPercent(steps: readonly StartStep[]): number {
  const total = steps.reduce((sum, step) => sum + WEIGHT[step.key], 0);
  if (total === 0) return 0;
  const done = steps.reduce((sum, step) => {
    const part = step.state === 'done' ? 100 : step.state === 'running' ? (step.percent ?? 0) : 0;
    return sum + (WEIGHT[step.key] * part) / 100;
  }, 0);
  return Math.floor((done * 100) / total);
}

/**
 * The browser's language from its Accept-Language header (highest q first; the first of our
 * languages wins), English when none of them is asked for.
 */
export function languageOf(header: string | undefined): Locale {
  const wanted = (header ?? '')
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.split('-')[0]!.toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (
    (wanted
      .map((entry) => entry.base)
      .find((base) => (LOCALES as readonly string[]).includes(base)) as Locale | undefined) ?? 'en'
  );
}

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** One step as a list item: its words and its state (or percentage). */
function stepText(locale: Locale, step: StartStep): string {
  const words = STARTING_WORDS[locale];
  const state =
    step.state === 'done'
      ? words.done
      : step.state === 'waiting'
        ? words.waiting
        : step.percent === null
          ? '…'
          : `${step.percent} %`;
  return `${words.steps[step.key]} — ${state}`;
}

export function startingPage(
  locale: Locale,
  progress: { steps: StartStep[]; seconds: number },
  nonce: string,
): string {
  const words = STARTING_WORDS[locale];
  const title = progress.steps.some((step) => step.key === 'demo') ? words.title : words.starting;
  const percent = overallPercent(progress.steps);
  const items = progress.steps
    .map((step) => `<li data-state="${step.state}">${escape(stepText(locale, step))}</li>`)
    .join('');
  // The words the script needs to redraw the list, in the page's language.
  const texts = JSON.stringify({
    steps: words.steps,
    waiting: words.waiting,
    done: words.done,
    elapsed: words.elapsed,
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Conveyor</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f8f9fa;color:#212529;margin:0}
main{max-width:560px;margin:12vh auto;padding:32px;background:#fff;border:1px solid #dee2e6;border-radius:8px}
h1{font-size:1.5rem;margin:0 0 8px;color:#364fc7}
p{line-height:1.5}
.bar{height:10px;background:#e9ecef;border-radius:5px;overflow:hidden;margin:20px 0}
.fill{height:100%;background:#4c6ef5;transition:width .5s}
ol{padding-left:20px;line-height:1.8}
li[data-state=done]{color:#2b8a3e}
li[data-state=waiting]{color:#868e96}
li[data-state=running]{font-weight:600}
.dim{color:#868e96;font-size:.875rem}
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(words.lead)}</p>
<div class="bar" role="progressbar" aria-label="${escape(title)}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent}"><div class="fill" style="width:${percent}%"></div></div>
<ol id="steps">${items}</ol>
<p class="dim" id="elapsed">${escape(words.elapsed.replace('{seconds}', String(progress.seconds)))}</p>
<noscript><p>${escape(words.noScript)}</p></noscript>
</main>
<script nonce="${nonce}">
(function () {
  var words = ${texts};
  var list = document.getElementById('steps');
  var bar = document.querySelector('[role=progressbar]');
  var elapsed = document.getElementById('elapsed');
  function text(step) {
    var state = step.state === 'done' ? words.done : step.state === 'waiting' ? words.waiting
      : step.percent === null ? '…' : step.percent + ' %';
    return words.steps[step.key] + ' — ' + state;
  }
  function draw(progress) {
    list.replaceChildren.apply(list, progress.steps.map(function (step) {
      var item = document.createElement('li');
      item.dataset.state = step.state;
      item.textContent = text(step);
      return item;
    }));
    bar.setAttribute('aria-valuenow', String(progress.percent));
    bar.firstChild.style.width = progress.percent + '%';
    elapsed.textContent = words.elapsed.replace('{seconds}', String(progress.seconds));
  }
  function poll() {
    fetch('${PROGRESS_PATH}', { cache: 'no-store' }).then(function (response) {
      // Anything but the start's own answer means the app is up: open it.
      if (response.headers.get('x-conveyor-starting') !== 'true') return location.reload();
      return response.json().then(function (progress) { draw(progress); setTimeout(poll, 1000); });
    }, function () { setTimeout(poll, 1000); });
  }
  setTimeout(poll, 1000);
})();
</script>
</body>
</html>
`;
}
