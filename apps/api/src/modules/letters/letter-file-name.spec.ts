import { letterFileName } from './letter-file-name';

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
