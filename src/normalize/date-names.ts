/**
 * Words feed dates use, in English and Spanish, lowercased and without accents
 * ("miércoles" is looked up as "miercoles").
 */

/** Month number (1-12) by full name and common abbreviations. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...names(1, ['january', 'jan', 'enero', 'ene']),
  ...names(2, ['february', 'feb', 'febrero']),
  ...names(3, ['march', 'mar', 'marzo']),
  ...names(4, ['april', 'apr', 'abril', 'abr']),
  ...names(5, ['may', 'mayo']),
  ...names(6, ['june', 'jun', 'junio']),
  ...names(7, ['july', 'jul', 'julio']),
  ...names(8, ['august', 'aug', 'agosto', 'ago']),
  ...names(9, ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set']),
  ...names(10, ['october', 'oct', 'octubre']),
  ...names(11, ['november', 'nov', 'noviembre']),
  ...names(12, ['december', 'dec', 'diciembre', 'dic']),
]);

/** Weekday names carry no information once the date is known; they are recognized only to be skipped. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs',
  'friday', 'fri', 'saturday', 'sat', 'sunday', 'sun',
  'lunes', 'lun', 'martes', 'mar', 'miercoles', 'mie', 'mier', 'jueves', 'jue', 'viernes', 'vie',
  'sabado', 'sab', 'domingo', 'dom',
]);

/** Glue words in written-out dates: "17 de noviembre de 2025", "November 17th of 2025 at 10:00". */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'of', 'the', 'at', 'a', 'las', 'la', 'el', 'hrs', 'h']);

/**
 * Offsets in minutes for zone abbreviations feeds actually print. RFC 822 names first, then common
 * European and Latin American ones. Ambiguous names take the usual reading: BST is British summer
 * time, CST is US central. Paraguay keeps UTC-3 all year since October 2024, so PYT is -180.
 */
export const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['gmt', 0], ['ut', 0], ['utc', 0], ['z', 0], ['wet', 0],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300],
  ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['akst', -540], ['akdt', -480], ['hst', -600],
  ['bst', 60], ['west', 60], ['cet', 60], ['cest', 120], ['met', 60], ['mest', 120], ['eet', 120], ['eest', 180],
  ['vet', -240], ['ast', -240], ['adt', -180], ['cot', -300], ['pet', -300], ['ect', -300], ['bot', -240],
  ['clt', -240], ['clst', -180], ['art', -180], ['brt', -180], ['uyt', -180], ['pyt', -180],
]);

function names(month: number, list: string[]): [string, number][] {
  return list.map((name) => [name, month]);
}
