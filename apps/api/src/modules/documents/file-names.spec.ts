import { contentDisposition, sanitizeFileName } from './file-names';

describe(sanitizeFileName.name, () => {
  it.each([
    ['IEP 2025.pdf', 'application/pdf', 'IEP 2025.pdf'],
    ['../../etc/passwd', 'text/plain', 'passwd.txt'],
    [
      'C:\\Users\\maria\\Evaluación.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Evaluación.docx',
    ],
    ['report.html', 'text/plain', 'report.html.txt'],
    ['invoice.pdf.exe', 'application/pdf', 'invoice.pdf.exe.pdf'],
    ['photo.JPEG', 'image/jpeg', 'photo.JPEG'],
    ['  ..hidden.  ', 'text/plain', 'hidden.txt'],
    ['a\u0000b\u202ec<d>.pdf', 'application/pdf', 'abcd.pdf'],
    ['', 'image/png', 'document.png'],
    [null, 'application/pdf', 'document.pdf'],
    ['email from school.eml', 'text/plain', 'email from school.eml'],
  ] as const)('%j as %s becomes %j', (raw, type, expected) => {
    expect(sanitizeFileName(raw, type)).toBe(expected);
  });

  it('keeps names to 200 characters with the extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(500)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe(contentDisposition.name, () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Evaluación "final".pdf')).toBe(
      `attachment; filename="Evaluacion _final_.pdf"; filename*=UTF-8''Evaluaci%C3%B3n%20%22final%22.pdf`,
    );
  });
});
