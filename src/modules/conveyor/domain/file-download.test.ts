import { describe, expect, it } from 'vitest';
import { attachmentDisposition, contentTypeOf } from './file-download.ts';

describe('file download', () => {
  it('serves documents by type and anything that could run as plain bytes', () => {
    expect(contentTypeOf('Offer.PDF')).toBe('application/pdf');
    expect(contentTypeOf('page.html')).toBe('application/octet-stream');
    expect(contentTypeOf('logo.svg')).toBe('application/octet-stream');
    expect(contentTypeOf('noextension')).toBe('application/octet-stream');
  });

  it('names the file safely in both forms', () => {
    expect(attachmentDisposition('Oferta "łódź"; v2.pdf')).toBe(
      `attachment; filename="Oferta ___d___ v2.pdf"; filename*=UTF-8''Oferta%20%22%C5%82%C3%B3d%C5%BA%22%3B%20v2.pdf`,
    );
  });
});
