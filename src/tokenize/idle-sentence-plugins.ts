/**
 * Leaves out parse-latin sentence plugins that cannot change a given text. Each plugin is a pass
 * over every token of the text; four of them act only on a node that is exactly one character:
 * mergeInitialWordSymbol on "&", mergeFinalWordSymbol on "-", mergeInnerWordSlash on "/", and
 * parse-english's elision rule on "/", "'" and "’". A text without that character ("Recalling
 * its resolution 70/1, …" has "/" but no "&", "-" or apostrophe) runs without their passes, and
 * its tree is the same. The plugins are recognised by their place in parse-latin 7's lists; if
 * those lists ever look different, nothing is left out.
 */
import type { Sentence } from "nlcst";
import { ParseEnglish } from "parse-english";
import { ParseLatin } from "parse-latin";

type SentencePlugin = (node: Sentence) => undefined | void;

const triggers = knownTriggers();

/** The plugins of `plugins` that can act on `text`, in order. */
export function sentencePluginsFor(plugins: readonly SentencePlugin[], text: string): SentencePlugin[] {
  return plugins.filter((plugin) => {
    const chars = triggers.get(plugin);
    return chars === undefined || chars.some((char) => text.includes(char));
  });
}

function knownTriggers(): Map<SentencePlugin, readonly string[]> {
  const latin = ParseLatin.prototype.tokenizeSentencePlugins;
  const english = ParseEnglish.prototype.tokenizeSentencePlugins;
  const expected = latin.length === 6 && english.length === 7 && latin.every((plugin, i) => english[i + 1] === plugin);
  if (!expected) return new Map();
  // [mergeInitialWordSymbol, mergeFinalWordSymbol, mergeInnerWordSymbol, mergeInnerWordSlash, mergeInitialisms, patchPosition]
  return new Map<SentencePlugin, readonly string[]>([
    [latin[0]!, ["&"]],
    [latin[1]!, ["-"]],
    [latin[3]!, ["/"]],
    [english[0]!, ["/", "'", "’"]],
  ]);
}
