/**
 * Number words that spell a session's ordinal in the six UN languages, folded (lower case,
 * no accents, Arabic "ال"/"و" prefixes and letter variants removed). A session ordinal is the
 * sum of its words: "eighty-first" = 80 + 1, "quatre-vingt-unième" = 80 + 1,
 * "cuadragésimo octavo" = 40 + 8, "Тридцать четвертая" = 30 + 4, "الثامنة والستون" = 8 + 60.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  // English
  ...pairs("first second third fourth fifth sixth seventh eighth ninth", 1),
  ...pairs("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth", 10),
  ...tens("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"),
  ...tens("twenty thirty forty fifty sixty seventy eighty ninety"),
  // French ("quatre-vingt" is joined to "quatrevingt" before lookup)
  ...pairs("premiere deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme", 1),
  ["premier", 1], ["unieme", 1], ["seconde", 2], ["second", 2],
  ...pairs("dixieme onzieme douzieme treizieme quatorzieme quinzieme seizieme", 10),
  ...pairs("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize", 1),
  ...tens("vingtieme trentieme quarantieme cinquantieme soixantieme"),
  ...tens("vingt trente quarante cinquante soixante"),
  ["quatrevingt", 80], ["quatrevingts", 80], ["quatrevingtieme", 80],
  // Spanish (stems: the final o/a and "er" of "primer"/"tercer" are cut before lookup)
  ...pairs("primer segund tercer cuart quint sext septim octav noven", 1),
  ["setim", 7], ["decim", 10], ["undecim", 11], ["duodecim", 12],
  ...tens("vigesim trigesim cuadragesim quincuagesim sexagesim septuagesim octogesim nonagesim"),
  // Russian (stems: the adjective ending is cut before lookup)
  ...pairs("перв втор трет четверт пят шест седьм восьм девят", 1),
  ...pairs("десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат", 10),
  ...tens("двадцат тридцат сороков пятидесят шестидесят семидесят восьмидесят девяност"),
  ...tens("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"),
  // Arabic (folded: ة → ه, ى → ي, hamza forms → ا)
  ...pairs("اولي ثانيه ثالثه رابعه خامسه سادسه سابعه ثامنه تاسعه", 1),
  ...pairs("اول ثاني ثالث رابع خامس سادس سابع ثامن تاسع", 1),
  ["حاديه", 1], ["حادي", 1], ["عاشره", 10], ["عاشر", 10], ["عشره", 10], ["عشر", 10],
  ...tens("عشرون ثلاثون اربعون خمسون ستون سبعون ثمانون تسعون"),
  ...tens("عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين"),
]);

/** Han numerals for "第六十八届": digits; 十 multiplies or adds ten. */
export const HAN_DIGITS: ReadonlyMap<string, number> = new Map(
  [..."〇一二三四五六七八九"].map((ch, i) => [ch, i] as [string, number]).concat([["零", 0], ["两", 2]]),
);

function pairs(words: string, first: number): Array<[string, number]> {
  return words.split(" ").map((word, i) => [word, first + i]);
}

function tens(words: string): Array<[string, number]> {
  return words.split(" ").map((word, i) => [word, (i + 2) * 10]);
}
