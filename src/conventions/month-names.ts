/**
 * Month names of the six UN languages, as UN documents print them in dates: English
 * "January", French "janvier", Spanish "enero", Russian genitive "января" (and nominative),
 * Arabic "كانون الثاني/يناير" (Levantine/Egyptian pair; either half alone also counts).
 * Chinese dates are numeric ("2014年1月21日") and need no table. Keys are matched after
 * `foldMonth` (lower case, accents and Arabic letter variants folded).
 */
export const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  fr: ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  ruGenitive: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  ruNominative: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  arLevant: ["كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول"],
  arEgypt: ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيه", "يوليه", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"],
  arEgyptAlt: ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"],
  enShort: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};

/** Folded month name → month number 1–12. "Sept" and "setiembre" are accepted too. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const names of Object.values(MONTHS)) names.forEach((name, i) => map.set(foldMonth(name), i + 1));
  map.set("sept", 9);
  map.set("setiembre", 9);
  return map;
})();

/** Lower case, no accents (é → e, ё → е), Arabic hamza/alef forms folded (أ إ آ → ا). */
export function foldMonth(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u064b-\u0655\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/\s+/g, " ")
    .trim();
}
