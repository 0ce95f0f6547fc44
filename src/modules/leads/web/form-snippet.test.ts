import { describe, expect, it } from 'vitest';
import { type FieldRules, formSnippet } from './form-snippet.ts';

const labels = {
  name: 'Imię i nazwisko',
  email: 'E-mail',
  phone: 'Telefon',
  company: 'Firma',
  message: 'Wiadomość',
  submit: 'Wyślij <teraz>',
  thanks: 'Dziękujemy!',
  failed: 'Nie udało się wysłać.',
};
const action = 'https://crm.example.com/api/v1/forms/abc123/submissions';
const rule = (visible: boolean, required = false) => ({ visible, required });
const rules = (over: Partial<FieldRules> = {}): FieldRules => ({
  name: rule(true, true),
  email: rule(true),
  phone: rule(true),
  company: rule(true),
  message: rule(true),
  ...over,
});

describe('the web-form snippet', () => {
  it('posts every shown field, hidden UTM fields and the honeypot to the submission URL', () => {
    const fields = rules({ phone: rule(false), company: rule(false) });
    const html = formSnippet({ action, fields, labels, redirects: false });
    expect(html).toContain(`<form action="${action}" method="post"`);
    const names = [...html.matchAll(/name="([a-z_]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'name',
      'email',
      'message',
      'utm_source',
      'utm_medium',
      'utm_campaign',
      'website',
    ]);
    expect(html).toContain('Wyślij &lt;teraz&gt;');
    expect(html).toContain('query.get(key)');
    expect(html).toContain('"Dziękujemy!"');
    expect(html).toContain('event.preventDefault()');
  });

  it('lets the browser post normally when the form redirects', () => {
    const fields = rules({ email: rule(false), company: rule(false), message: rule(false) });
    const html = formSnippet({ action, fields, labels, redirects: true });
    expect(html).not.toContain('preventDefault');
    expect(html).toContain('name="phone" type="tel"');
    expect(html).not.toContain('name="email"');
  });

  it('marks exactly the required fields required, so the browser asks before sending', () => {
    const fields = rules({ name: rule(true), phone: rule(true, true), message: rule(true, true) });
    const html = formSnippet({ action, fields, labels, redirects: false });
    const required = [...html.matchAll(/<(?:input|textarea) name="([a-z_]+)"[^>]*\brequired\b/g)];
    expect(required.map((m) => m[1])).toEqual(['phone', 'message']);
    expect(html).toContain('<textarea name="message" rows="4" required></textarea>');
    expect(html).toContain('<input name="name" autocomplete="name">');
  });
});
