/**
 * An attribute value as a keyword: trimmed, lower-cased, and without invisible format
 * characters — Arabic editors put a left-to-right mark before Latin text ("\u200Eooredoo").
 * Here, with the data, because operator names are the first keywords a page gives; imports
 * nothing, so the sources check can load this folder on its own.
 */
export const keywordText = (value: string) =>
  value
    .replace(/\p{Cf}/gu, '')
    .trim()
    .toLowerCase();
