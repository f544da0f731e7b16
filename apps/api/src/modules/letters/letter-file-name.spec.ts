import { contentDisposition, letterFileName } from './letter-file-name';

describe(letterFileName.name, () => {
  it('keeps a Spanish title with its accents and adds the version and extension', () => {
    expect(letterFileName('Solicitud de una evaluación educativa', 3, 'pdf')).toBe(
      'Solicitud de una evaluación educativa v3.pdf',
    );
  });

  it('removes path separators, reserved and control characters and leading dots', () => {
    expect(letterFileName('../../etc/passwd\r\nX: "y" <z>|?*', 1, 'docx')).toBe(
      'etc passwd X y z v1.docx',
    );
  });

  it('falls back to "letter" when nothing printable is left, and caps the length', () => {
    expect(letterFileName(' ... ', 2, 'pdf')).toBe('letter v2.pdf');
    expect(letterFileName('a'.repeat(500), 1, 'pdf')).toBe(`${'a'.repeat(120)} v1.pdf`);
  });
});

describe(contentDisposition.name, () => {
  it('sends an ASCII name with accents folded and the exact name in UTF-8', () => {
    expect(contentDisposition('Queja de María Núñez v1.pdf')).toBe(
      `attachment; filename="Queja de Maria Nunez v1.pdf"; filename*=UTF-8''Queja%20de%20Mar%C3%ADa%20N%C3%BA%C3%B1ez%20v1.pdf`,
    );
  });

  it('never lets a quote or backslash end the quoted name early', () => {
    expect(contentDisposition('a"b\\c;d.pdf')).toContain('filename="a_b_c_d.pdf"');
  });
});
