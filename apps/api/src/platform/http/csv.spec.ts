import { parse } from 'csv-parse/sync';
import { escapeFormulas, toCsv } from './csv';

describe(toCsv.name, () => {
  it.each([
    ['a bare line feed', 'x\n=2*21', '"x\n\'=2*21"'],
    ['a bare carriage return', 'x\r+1', '"x\r\'+1"'],
    ['a CRLF', 'x\r\n@SUM(A1)', '"x\r\n\'@SUM(A1)"'],
    ['a formula at the start', '=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ['a comma', 'a, b', '"a, b"'],
  ])('quotes and escapes a field holding %s', (_, value, written) => {
    const csv = toCsv(['first', 'second'], [[value, 1]]);
    expect(csv).toBe(`first,second\r\n${written},1\r\n`);
    expect(parse(csv, { columns: true })).toEqual([{ first: escapeFormulas(value), second: '1' }]);
  });

  it('writes negative numbers as numbers but escapes text that starts with a minus', () => {
    expect(toCsv(['n', 't'], [[-5, '-5']])).toBe(`n,t\r\n-5,'-5\r\n`);
  });

  it('writes null as an empty field and keeps accents', () => {
    expect(toCsv(['a', 'b'], [[null, 'Evaluación']])).toBe('a,b\r\n,Evaluación\r\n');
  });
});

describe(escapeFormulas.name, () => {
  it.each([
    ['=1', "'=1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r'=1"],
    ['\uFF1D1', "'\uFF1D1"],
    ['a\n-1\n\n+2', "a\n'-1\n\n'+2"],
    ['plain text', 'plain text'],
    ['a=b', 'a=b'],
  ])('%j is written as %j', (value, escaped) => {
    expect(escapeFormulas(value)).toBe(escaped);
  });
});
