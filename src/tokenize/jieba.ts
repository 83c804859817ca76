/**
 * The nodejieba word segmenter, loaded once per process and lazily (loading reads ~20 MB of
 * dictionaries), with the bundled UN terminology (data/un-user-dict.utf8) plus an optional extra
 * user dictionary. The one exception to "no file I/O in src/": cppjieba aborts the whole process
 * on a missing dictionary file, so paths are checked here first and fail as a normal error.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import nodejieba from "nodejieba";
import { PACKAGE_ROOT } from "../package-root.js";

export const BUNDLED_USER_DICT = join(PACKAGE_ROOT, "data", "un-user-dict.utf8");

/** cppjieba splits its user-dictionary argument on these characters. */
const PATH_SEPARATORS = /[|;]/;

export interface TaggedWord {
  word: string;
  tag: string;
}

/** A word segmenter for Han text; words must concatenate to the input (checked by the caller). */
export interface Segmenter {
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
}

let loadedWith: string | null = null;

/**
 * The jieba segmenter with the bundled UN dictionary and `userDict`. Asking again with another
 * `userDict` in the same process is an error: one dictionary set per process.
 */
export function jiebaSegmenter(userDict?: string): Segmenter {
  const paths = [BUNDLED_USER_DICT, ...(userDict === undefined ? [] : [userDict])];
  const key = paths.join("|");
  if (loadedWith === null) {
    for (const path of paths) {
      if (PATH_SEPARATORS.test(path)) throw new Error(`user dictionary path must not contain "|" or ";": ${path}`);
      if (!existsSync(path)) throw new Error(`user dictionary not found: ${path}`);
    }
    nodejieba.load({ userDict: key });
    loadedWith = key;
  } else if (loadedWith !== key) {
    throw new Error(`nodejieba is already loaded with ${loadedWith}; one user dictionary per process`);
  }
  return JIEBA;
}

/** Jieba's HMM mode: the mode `tag` uses too, so words are the same with and without --pos. */
const USE_HMM = true;

const JIEBA: Segmenter = {
  cut: (text) => nodejieba.cut(text, USE_HMM),
  tag: (text) => nodejieba.tag(text),
};
