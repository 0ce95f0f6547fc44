// An independent reader of our exports for the tests: not papaparse nor ExcelJS (our writers'
// libraries), so a test sees what another program opening the file would see.
import { inflateRawSync } from 'node:zlib';

/** RFC 4180: comma-separated, CRLF or LF records, `"` quotes a field and `""` is one quote. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"' && (quoted || field === '')) {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** The files of a zip archive, read from its central directory (stored or deflated). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('Bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, method === 0 ? raw : inflateRawSync(raw));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const unescapeXml = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

export interface XlsxCell {
  ref: string;
  /** The cell's `t`: "s" shared string, "str" a formula's text, "n" or absent a number … */
  type: string;
  /** Its text (a shared string resolved) or its number as written. */
  value: string;
  /** The number format of its style: 49 is Excel's built-in "Text" (`@`). */
  numFmtId: number;
  /** The formula, when the cell has one (`<f>`). */
  formula: string | null;
}

/** The cells of an XLSX's first sheet, by reference (A1 …), read from the XML itself. */
export function readXlsx(file: Buffer): { cells: Map<string, XlsxCell>; sheetXml: string } {
  const files = unzip(file);
  const text = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const xfs = text('xl/styles.xml').match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '';
  const formats = [...xfs.matchAll(/<xf\b([^>]*)/g)].map((m) =>
    Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0),
  );
  const sheetXml = text('xl/worksheets/sheet1.xml');
  const cells = new Map<string, XlsxCell>();
  for (const m of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1];
    const inner = m[2] ?? '';
    const type = attr('t') ?? 'n';
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '';
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
    const formula = /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/.exec(inner);
    cells.set(attr('r')!, {
      ref: attr('r')!,
      type,
      value: type === 's' ? shared[Number(v)]! : unescapeXml(inline ?? v),
      numFmtId: formats[Number(attr('s') ?? 0)] ?? 0,
      formula: formula ? unescapeXml(formula[1] ?? '') : null,
    });
  }
  return { cells, sheetXml };
}
