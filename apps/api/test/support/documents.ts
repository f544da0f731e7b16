import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A one-page PDF whose text layer holds `text` (ASCII), with a correct cross-reference table. */
export function minimalPdf(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: 0 | 8;
  crc: number;
  data: Buffer;
  uncompressedSize: number;
}

const stored = (name: string, data: Buffer): ZipEntry => ({
  name,
  method: 0,
  crc: crc32(data),
  data,
  uncompressedSize: data.length,
});

/** A ZIP archive of the given entries, sizes written as each entry declares them. */
function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, method, crc, data, uncompressedSize } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(uncompressedSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(uncompressedSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** A ZIP archive with its entries stored uncompressed. */
function zip(entries: Record<string, string>): Buffer {
  return zipOf(
    Object.entries(entries).map(([name, content]) => stored(name, Buffer.from(content, 'utf8'))),
  );
}

/** The parts of a Word document (DOCX) with one paragraph of `text`. */
function minimalDocxParts(text: string): Record<string, string> {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${escaped}</w:t></w:r></w:p></w:body></w:document>`,
  };
}

/** A Word document (DOCX) with one paragraph of `text`. */
export function minimalDocx(text: string): Buffer {
  return zip(minimalDocxParts(text));
}

/**
 * A decompression bomb shaped as a Word document: `word/document.xml` inflates to `inflatedMiB`
 * MiB of one repeated byte, from about a thousandth of that. Built from one compressed MiB
 * ended by a full flush (which empties the compressor's window, so the block refers to nothing
 * before it) repeated, then an empty final block: the bomb is never held inflated, here or
 * anywhere. `declaredBytes` is what its headers claim the part inflates to: the truth by
 * default, or a lie. The CRC is left zero: the parsers that matter (jszip under mammoth) do
 * not check it, and a checker must refuse the file before any CRC could be compared.
 */
export function docxBomb(inflatedMiB: number, declaredBytes = inflatedMiB * 1024 * 1024): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const end = deflateRawSync(Buffer.alloc(0));
  const compressed = Buffer.concat([...Array<Buffer>(inflatedMiB).fill(block), end]);
  const small = minimalDocxParts('bomb');
  return zipOf([
    ...Object.entries(small)
      .filter(([name]) => name !== 'word/document.xml')
      .map(([name, content]) => stored(name, Buffer.from(content, 'utf8'))),
    {
      name: 'word/document.xml',
      method: 8,
      crc: 0,
      data: compressed,
      uncompressedSize: declaredBytes,
    },
  ]);
}

/**
 * A PDF whose one page's content stream inflates to `inflatedMiB` MiB of spaces (zlib-wrapped,
 * built as `docxBomb`'s part is): nothing in a PDF declares how large a stream inflates to, so
 * only a memory ceiling on whatever parses it stops it.
 */
export function pdfBomb(inflatedMiB: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const data = Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array<Buffer>(inflatedMiB).fill(block),
    deflateRawSync(Buffer.alloc(0)),
    Buffer.alloc(4),
  ]);
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: Buffer | string) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  add('%PDF-1.4\n');
  [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ].forEach((object, i) => {
    offsets.push(length);
    add(`${i + 1} 0 obj\n${object}\nendobj\n`);
  });
  offsets.push(length);
  add(`4 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`);
  add(data);
  add('\nendstream\nendobj\n');
  const xref = length;
  add(
    `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
      `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  return Buffer.concat(parts);
}

/** The first bytes of a Windows executable: a type no records portal should accept. */
export const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

export interface UploadResult<T = Record<string, unknown>> {
  status: number;
  body: T & { code?: string; message?: string; field?: string };
}

/** Posts a file as the portal's proxy does: multipart, the session cookie, the upload header. */
export async function uploadDocument<T = Record<string, unknown>>(
  baseUrl: string,
  caseId: string,
  file: { bytes: Buffer; name: string; type?: string },
  options: {
    cookie?: string;
    fields?: Record<string, string>;
    replaces?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<UploadResult<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  form.append(
    'file',
    new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }),
    file.name,
  );
  const query = options.replaces ? `?replaces=${options.replaces}` : '';
  const response = await fetch(`${baseUrl}/cases/${caseId}/documents${query}`, {
    method: 'POST',
    headers: {
      'x-continuum-upload': '1',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadResult<T>['body'] };
}
