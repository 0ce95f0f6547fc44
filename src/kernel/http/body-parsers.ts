// The body parsers (ADR 027): JSON and HTML-form bodies must be UTF-8. Fastify's own decoding
// turned invalid bytes into U+FFFD, so they were stored changed instead of refused; here such a
// body is a 400 `validation_failed` and nothing reaches a use case.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { validationError } from '../domain/errors.ts';

const notUtf8 = () => validationError([{ path: '', message: 'the body is not valid UTF-8' }]);

/** Form fields by name; a name given more than once gets all its values, in order. */
function formFields(text: string): Record<string, string | string[]> {
  // Browsers percent-encode everything else; a malformed or non-UTF-8 escape throws here.
  if (!/^[\x20-\x7e]*$/.test(text)) throw notUtf8();
  try {
    decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    throw validationError([
      { path: '', message: 'a percent-escape does not decode to UTF-8 text' },
    ]);
  }
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const known = fields[name];
    fields[name] =
      known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  return fields;
}

export function registerBodyParsers(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) return done(notUtf8(), undefined);
    parseJson(request, bytes.toString('utf8'), done);
  });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer' },
    (_request, body, done) => {
      const bytes = body as Buffer;
      if (!isUtf8(bytes)) return done(notUtf8(), undefined);
      done(null, formFields(bytes.toString('utf8')));
    },
  );
  // A file upload's bytes, as they are (the route sets its own size limit).
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_r, body, done) =>
    done(null, body),
  );
}
