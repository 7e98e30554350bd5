import { describe, expect, it } from 'vitest';
import { repairWindows1252, WINDOWS_1252_HIGH } from '../../src/normalize/windows-1252';

describe('repairWindows1252', () => {
  it('maps each C1 code point to its windows-1252 character', () => {
    expect(repairWindows1252('Cabello\u0092s \u0093final guarantor\u0094 \u0096 \u0080 50 \u0085')).toBe('Cabello’s “final guarantor” – € 50 …');
    expect(repairWindows1252('\u0091\u0097\u0099\u008a\u009f')).toBe('‘—™ŠŸ');
  });

  it('leaves the five code points windows-1252 does not define, and all other text, as they are', () => {
    expect(repairWindows1252('\u0081\u008d\u008f\u0090\u009d')).toBe('\u0081\u008d\u008f\u0090\u009d');
    expect(repairWindows1252('Padrino López: “No hay pruebas”')).toBe('Padrino López: “No hay pruebas”');
  });

  it('has one character for each of the 32 code points', () => {
    expect(WINDOWS_1252_HIGH).toHaveLength(32);
  });
});
