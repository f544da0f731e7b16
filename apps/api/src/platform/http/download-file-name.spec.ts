import { contentDisposition, downloadFileName } from './download-file-name';

describe(downloadFileName.name, () => {
  it('keeps accents, drops line breaks, separators and reserved characters', () => {
    expect(downloadFileName('services-Sofía\r\nGonzález/../x:"y"', '.csv', { fallback: 'f' })).toBe(
      'services-Sofía González .. x y.csv',
    );
  });

  it('drops direction overrides that could disguise the extension', () => {
    expect(downloadFileName('invoice\u202Efdp.exe', '.csv', { fallback: 'f' })).toBe(
      'invoicefdp.exe.csv',
    );
  });

  it('falls back when nothing printable is left, and caps the length', () => {
    expect(downloadFileName(' ... ', '.csv', { fallback: 'services' })).toBe('services.csv');
    expect(downloadFileName('a'.repeat(500), '.csv', { fallback: 'f', maxStem: 10 })).toBe(
      `${'a'.repeat(10)}.csv`,
    );
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
