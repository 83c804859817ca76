/**
 * The organisation and its bodies as a masthead prints them, in the six languages:
 * "United Nations" / "Nations Unies" / "联合国"…, and "General Assembly", "Security Council",
 * "Economic and Social Council", "Human Rights Council", "Trusteeship Council" in each.
 * 1994 mastheads print the organisation in capitals, sometimes over two lines ("NATIONS" /
 * "UNIES"); Chinese ones may space the characters ("大 会").
 */
import type { Language } from "../model/document.js";
import { anyOf } from "./any-of.js";

export const ORGANISATION: Readonly<Record<Language, readonly string[]>> = {
  ar: ["الأمم المتحدة"],
  zh: ["联合国"],
  en: ["United Nations"],
  fr: ["Nations Unies"],
  ru: ["Организация Объединенных Наций"],
  es: ["Naciones Unidas"],
};

/** Halves of the organisation's name that 1994 mastheads print on lines of their own. */
const ORGANISATION_HALVES = ["UNITED", "NATIONS", "UNIES", "NACIONES", "UNIDAS"];

export const BODIES: Readonly<Record<Language, readonly string[]>> = {
  ar: ["الجمعية العامة", "مجلس الأمن", "المجلس الاقتصادي والاجتماعي", "مجلس حقوق الإنسان", "مجلس الوصاية"],
  zh: ["大会", "安全理事会", "经济及社会理事会", "人权理事会", "托管理事会"],
  en: ["General Assembly", "Security Council", "Economic and Social Council", "Human Rights Council", "Trusteeship Council"],
  fr: ["Assemblée générale", "Conseil de sécurité", "Conseil économique et social", "Conseil des droits de l’homme", "Conseil de tutelle"],
  ru: ["Генеральная Ассамблея", "Совет Безопасности", "Экономический и Социальный Совет", "Совет по правам человека", "Совет по Опеке"],
  es: ["Asamblea General", "Consejo de Seguridad", "Consejo Económico y Social", "Consejo de Derechos Humanos", "Consejo de Administración Fiduciaria"],
};

/** A whole line naming the organisation: "United Nations", "UNITED NATIONS", "联合国", "NATIONS". */
export const ORGANISATION_LINE = new RegExp(`^(?:${anyOf(Object.values(ORGANISATION).flat())}|${ORGANISATION_HALVES.join("|")})$`, "iu");
/** A whole line naming a principal organ: "General Assembly", "Conseil de sécurité", "大 会". */
export const BODY_LINE = new RegExp(`^(?:${anyOf(Object.values(BODIES).flat())})$`, "iu");
