/**
 * The UN's conventions, one home for every stage (parse-latin's expressions.js for this
 * project): symbol shapes, organ and body names, adoption forms of the General Assembly and the
 * Security Council, masthead lines (distribution, original, session, place and dates, agenda),
 * dates and ordinals in the six languages, job numbers, page numbers, recycling marks, rules,
 * and the CJK character classes. Denoise, metadata and segment import from here; none keeps a
 * copy. Every regular expression here runs in linear time (no nested quantifiers).
 */
export * from "./adoption.js";
export * from "./cjk.js";
export * from "./dates.js";
export * from "./furniture.js";
export * from "./masthead.js";
export * from "./masthead-field.js";
export * from "./month-names.js";
export * from "./number-words.js";
export * from "./organs.js";
export * from "./read-ordinal.js";
export * from "./symbols.js";
