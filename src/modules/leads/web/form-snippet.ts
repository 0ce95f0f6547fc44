import { FORM_FIELDS, type FormField } from '../../../contract/leads.ts';
import type { components } from '../../../kernel/web/lib/api-schema.gen.ts';
import type { WebForm } from './api/types.ts';

/** The visitor-facing fields of a web form, in the order the snippet shows them: the contract's. */
export const SNIPPET_FIELDS = FORM_FIELDS;
export type SnippetField = FormField;
/** Per field: shown in the snippet, required (the server refuses a submission without it). */
export type FieldRules = components['schemas']['FormFieldRules'];

export interface SnippetOptions {
  /** The public submission URL: {origin}/api/v1/forms/{key}/submissions. */
  action: string;
  fields: FieldRules;
  /** Labels in the site's language, and the texts shown after sending. */
  labels: Record<SnippetField | 'submit' | 'thanks' | 'failed', string>;
  /**
   * The form has a redirect URL: the browser posts normally and the server sends it there (303).
   * Otherwise the post is sent in the background and the thank-you text replaces the form.
   */
  redirects: boolean;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  );

const INPUTS: Record<SnippetField, string> = {
  name: '<input name="name" autocomplete="name"%>',
  email: '<input name="email" type="email" autocomplete="email"%>',
  phone: '<input name="phone" type="tel" autocomplete="tel"%>',
  company: '<input name="company" autocomplete="organization"%>',
  message: '<textarea name="message" rows="4"%></textarea>',
};

/** The field's control, with `required` when the form requires it (the browser asks first). */
const input = (f: SnippetField, required: boolean) =>
  INPUTS[f].replace('%', required ? ' required' : '');

/**
 * Copy-paste HTML for a site: the fields, hidden UTM fields filled from the page's URL, and the
 * honeypot `website` (hidden from people, filled in by bots, dropped by the server).
 */
export function formSnippet(o: SnippetOptions): string {
  const fields = SNIPPET_FIELDS.filter((f) => o.fields[f].visible);
  const rows = fields.map(
    (f) =>
      `  <p><label>${escapeHtml(o.labels[f])}<br>${input(f, o.fields[f].required)}</label></p>`,
  );
  const script = [
    '<script>',
    '(function () {',
    '  var form = document.currentScript.previousElementSibling;',
    '  var query = new URLSearchParams(window.location.search);',
    "  ['utm_source', 'utm_medium', 'utm_campaign'].forEach(function (key) {",
    '    if (query.get(key)) form.elements[key].value = query.get(key);',
    '  });',
    ...(o.redirects
      ? []
      : [
          "  form.addEventListener('submit', function (event) {",
          '    event.preventDefault();',
          "    fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) })",
          '      .then(function (answer) {',
          '        if (!answer.ok) throw new Error(String(answer.status));',
          '        return answer.json();',
          '      })',
          '      .then(function (receipt) {',
          "        var note = document.createElement('p');",
          "        note.setAttribute('role', 'status');",
          `        note.textContent = receipt.thankYouText || ${JSON.stringify(o.labels.thanks)};`,
          '        form.replaceWith(note);',
          '      })',
          '      .catch(function () {',
          `        window.alert(${JSON.stringify(o.labels.failed)});`,
          '      });',
          '  });',
        ]),
    '})();',
    '</script>',
  ];
  return [
    `<form action="${escapeHtml(o.action)}" method="post" accept-charset="UTF-8">`,
    ...rows,
    '  <input type="hidden" name="utm_source">',
    '  <input type="hidden" name="utm_medium">',
    '  <input type="hidden" name="utm_campaign">',
    '  <p style="position:absolute;left:-10000px" aria-hidden="true"><label>Website <input name="website" tabindex="-1" autocomplete="off"></label></p>',
    `  <p><button type="submit">${escapeHtml(o.labels.submit)}</button></p>`,
    '</form>',
    ...script,
  ].join('\n');
}

/** The public URL a site posts the form to. */
export function submissionUrl(form: WebForm, origin: string): string {
  return `${origin}/api/v1/forms/${form.key}/submissions`;
}
