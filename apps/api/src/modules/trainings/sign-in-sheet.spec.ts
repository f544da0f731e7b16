import { readSignInSheet, SIGN_IN_SHEET_MAX_ROWS } from './sign-in-sheet';

describe('reading a sign-in sheet', () => {
  it('reads English and Spanish headers, in any order and case, with a byte-order mark', () => {
    const english = readSignInSheet(
      '\uFEFFName,Email,Phone,Role\r\nAna Ruiz,ana@example.org,(555) 010-1000,parent\r\n',
    );
    const spanish = readSignInSheet('TELÉFONO\n555-010-1000\n');
    expect(english).toEqual({
      rows: [
        {
          line: 2,
          name: 'Ana Ruiz',
          email: 'ana@example.org',
          phone: '(555) 010-1000',
          role: 'parent',
        },
      ],
      errors: [],
    });
    expect(spanish.errors).toEqual([{ line: 1, field: 'name', key: 'SIGN_IN_NO_NAME_COLUMN' }]);
    const es = readSignInSheet(
      'Rol,Correo electrónico,Nombre,Teléfono\nEstudiante,,Leo Paz,\nprofesional,doc@school.example,Dra. Vega,555-010-2000\n,,Mía Sol,\n',
    );
    expect(es.rows).toEqual([
      { line: 2, name: 'Leo Paz', email: null, phone: null, role: 'student' },
      {
        line: 3,
        name: 'Dra. Vega',
        email: 'doc@school.example',
        phone: '555-010-2000',
        role: 'professional',
      },
      { line: 4, name: 'Mía Sol', email: null, phone: null, role: 'parent' },
    ]);
  });

  it('names every bad line and column', () => {
    const sheet = readSignInSheet(
      'name,email,phone,role\n,a@b.co,,\nBo,not-an-email,12,teacher\nCy,,,\n',
    );
    expect(sheet.errors).toEqual([
      { line: 2, field: 'name', key: 'SIGN_IN_NAME_REQUIRED' },
      { line: 3, field: 'email', key: 'SIGN_IN_EMAIL_INVALID' },
      { line: 3, field: 'phone', key: 'SIGN_IN_PHONE_INVALID' },
      { line: 3, field: 'role', key: 'SIGN_IN_ROLE_INVALID' },
    ]);
    expect(sheet.rows.map((r) => r.name)).toEqual(['Cy']);
  });

  it('refuses a sheet that is too long or not a CSV', () => {
    const long = `name\n${Array.from({ length: SIGN_IN_SHEET_MAX_ROWS + 1 }, (_, i) => `P${i}`).join('\n')}`;
    expect(readSignInSheet(long).errors).toEqual([
      { line: 0, field: 'file', key: 'SIGN_IN_TOO_LARGE' },
    ]);
    expect(readSignInSheet('name\n"unclosed').errors).toEqual([
      { line: 0, field: 'file', key: 'SIGN_IN_UNREADABLE' },
    ]);
  });
});
