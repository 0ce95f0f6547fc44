import { describe, expect, it } from 'vitest';
import { formSnippet } from './form-snippet.ts';

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

describe('the web-form snippet', () => {
  it('posts every chosen field, hidden UTM fields and the honeypot to the submission URL', () => {
    const html = formSnippet({ action, fields: ['email', 'message'], labels, redirects: false });
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
    const html = formSnippet({ action, fields: ['phone'], labels, redirects: true });
    expect(html).not.toContain('preventDefault');
    expect(html).toContain('name="phone" type="tel"');
    expect(html).not.toContain('name="email"');
  });
});
