import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfText } from '../../../test/support/read-exports';
import {
  assembleBinder,
  type BinderExhibit,
  BinderInputError,
  type BinderInput,
} from './binder-pdf';

/** A PDF of `pages` pages, each saying which fixture and page it is. */
async function fixturePdf(name: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page++) {
    doc.addPage([612, 792]).drawText(`${name} page ${page}`, { x: 72, y: 700, size: 14, font });
  }
  return doc.save();
}

/** A real PNG (solid grey), written by hand so the test needs no image library. */
function fixturePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const normalize = (text: string) => text.replace(/\s+/g, ' ');

function input(exhibits: BinderExhibit[], overrides: Partial<BinderInput> = {}): BinderInput {
  return {
    lang: 'en',
    proceeding: 'Due process hearing',
    student: 'Marcus Carter',
    family: 'Carter',
    date: '2026-11-23',
    exhibits,
    ...overrides,
  };
}

describe('assembleBinder', () => {
  it('puts a cover, an index with each exhibit’s first page, and the stamped exhibits in order', async () => {
    const exhibits: BinderExhibit[] = [
      {
        description: 'IEP of March 2026',
        date: '2026-03-14',
        contentType: 'application/pdf',
        bytes: await fixturePdf('Fixture A', 2),
      },
      {
        description: 'Photo of the behavior log',
        date: null,
        contentType: 'image/png',
        bytes: fixturePng(40, 30),
      },
      {
        description: 'Independent evaluation',
        date: '2026-09-02',
        contentType: 'application/pdf',
        bytes: await fixturePdf('Fixture C', 3),
      },
    ];

    const { pdf, layout } = await assembleBinder(input(exhibits));
    const read = await pdfText(pdf);

    expect(read.pages).toBe(8);
    expect(layout).toEqual({
      coverPages: 1,
      indexPages: 1,
      exhibits: [
        { number: 1, firstPage: 3, lastPage: 4 },
        { number: 2, firstPage: 5, lastPage: 5 },
        { number: 3, firstPage: 6, lastPage: 8 },
      ],
      totalPages: 8,
    });
    const pages = read.pageTexts.map(normalize);
    expect(pages[0]).toContain('Due process hearing');
    expect(pages[0]).toContain('Marcus Carter');
    expect(pages[0]).toContain('3 exhibits, 8 pages');
    expect(pages[1]).toContain('Exhibit index');
    expect(pages[1]).toContain('1 2026-03-14 IEP of March 2026 3');
    expect(pages[1]).toContain('2 undated Photo of the behavior log 5');
    expect(pages[1]).toContain('3 2026-09-02 Independent evaluation 6');
    // The exhibits' own content, where the index says, each page stamped.
    expect(pages[3]).toContain('Fixture A page 2');
    expect(pages[3]).toContain('Exhibit 1 · Page 4 of 8');
    expect(pages[4]).toContain('Exhibit 2 · Page 5 of 8');
    expect(pages[7]).toContain('Fixture C page 3');
    expect(pages[7]).toContain('Exhibit 3 · Page 8 of 8');
    expect(pages[1]).toContain('Page 2 of 8');
  });

  it('keeps the index page numbers right when the index runs over several pages', async () => {
    const exhibits = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => ({
        description: `Progress report number ${i + 1}, with a description long enough that it wraps onto a second line of the index`,
        date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
        contentType: 'application/pdf',
        bytes: await fixturePdf(`Report ${i + 1}`, (i % 3) + 1),
      })),
    );

    const { pdf, layout } = await assembleBinder(input(exhibits));
    const read = await pdfText(pdf);

    expect(layout.indexPages).toBeGreaterThan(1);
    expect(read.pages).toBe(layout.totalPages);
    const index = normalize(read.pageTexts.slice(1, 1 + layout.indexPages).join(' '));
    for (const exhibit of layout.exhibits) {
      const first = normalize(read.pageTexts[exhibit.firstPage - 1] ?? '');
      expect(first).toContain(`Report ${exhibit.number} page 1`);
      expect(first).toContain(`Exhibit ${exhibit.number} · Page ${exhibit.firstPage} of`);
      expect(index).toMatch(
        new RegExp(`Progress report number ${exhibit.number},[^]*? ${exhibit.firstPage}( |$)`),
      );
    }
  });

  it('prints Spanish labels and accented names', async () => {
    const { pdf } = await assembleBinder(
      input(
        [
          {
            description: 'Evaluación psicoeducativa de la niña',
            date: '2026-05-20',
            contentType: 'application/pdf',
            bytes: await fixturePdf('Anexo', 1),
          },
        ],
        { lang: 'es', proceeding: 'Audiencia de debido proceso', student: 'María Núñez' },
      ),
    );
    const pages = (await pdfText(pdf)).pageTexts.map(normalize);

    expect(pages[0]).toContain('Audiencia de debido proceso');
    expect(pages[0]).toContain('Pruebas documentales');
    expect(pages[0]).toContain('María Núñez');
    expect(pages[1]).toContain('Índice de pruebas');
    expect(pages[1]).toContain('Evaluación psicoeducativa de la niña');
    expect(pages[2]).toContain('Prueba 1 · Página 3 de 3');
  });

  it('names the exhibit that cannot be bound', async () => {
    const pdf = await fixturePdf('Fine', 1);
    const docx: BinderExhibit = {
      description: 'Meeting notes',
      date: null,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
    };
    const fine: BinderExhibit = {
      description: 'IEP',
      date: null,
      contentType: 'application/pdf',
      bytes: pdf,
    };
    const broken: BinderExhibit = {
      description: 'Scan',
      date: null,
      contentType: 'application/pdf',
      bytes: new TextEncoder().encode('%PDF-1.7 this is not really a PDF'),
    };

    await expect(assembleBinder(input([fine, docx]))).rejects.toMatchObject({
      field: 'documentIds[1]',
      message: expect.stringContaining('only PDF, PNG and JPEG') as string,
    });
    await expect(assembleBinder(input([broken]))).rejects.toMatchObject({
      field: 'documentIds[0]',
      message: expect.stringContaining('could not be read') as string,
    });
    await expect(assembleBinder(input([]))).rejects.toBeInstanceOf(BinderInputError);
  });
});
