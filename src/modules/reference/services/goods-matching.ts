/**
 * Matching an organisation's product names ("frozen shrimp", "Cotton yarn") to goods of the US
 * DOL list ("Shrimp", "Cotton"). Pure; used by the risk engine and by `findGoods`.
 *
 * A listed good matches a product when the good's name without its parenthesis ("Beans (green,
 * soy, yellow)" → "beans"), word by word, appears in the product's name; a slash separates
 * alternatives ("Thread/Yarn" is "thread" or "yarn"). Words are compared
 * without case, accents or a plural ending ("bricks" = "brick", "tomatoes" = "tomato",
 * "cherries" = "cherry"). It
 * errs on the side of matching: a listed good is a reason to look, not a finding.
 */

/** A word and its possible singulars ("tomatoes" → tomatoe, tomato; "cherries" → cherry). */
const singularsOf = (word: string): string[] => {
  const forms = [word];
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.length > 4 && word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  return forms;
};

const sameWord = (a: string, b: string): boolean => {
  const forms = singularsOf(a);
  return singularsOf(b).some((form) => forms.includes(form));
};

/** A name as its words, without case or accents. */
export const productWords = (name: string): string[] =>
  name
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");

/** The good's name without what its parenthesis adds ("bidis (hand-rolled cigarettes)" → "bidis"). */
export const baseGoodName = (good: string): string => good.replace(/\([^)]*\)/g, " ").trim();

const containsSequence = (haystack: readonly string[], needle: readonly string[]): boolean => {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => sameWord(haystack[start + offset] ?? "", word))) return true;
  }
  return false;
};

/** The alternatives a listed good stands for, as words ("Thread/Yarn" → [["thread"], ["yarn"]]). */
export const goodAlternatives = (good: string): string[][] =>
  baseGoodName(good)
    .split("/")
    .map(productWords)
    .filter((words) => words.length > 0);

// The goods list has a few hundred names; a recomputation matches them against tens of
// thousands of suppliers, so each name is split into words once.
const alternativesCache = new Map<string, string[][]>();
const cachedAlternatives = (good: string): string[][] => {
  let alternatives = alternativesCache.get(good);
  if (!alternatives) {
    alternatives = goodAlternatives(good);
    alternativesCache.set(good, alternatives);
  }
  return alternatives;
};

const matchesAnyProduct = (good: string, productWordLists: readonly string[][]): boolean =>
  cachedAlternatives(good).some((alternative) =>
    productWordLists.some((words) => containsSequence(words, alternative)),
  );

export const goodMatchesProduct = (good: string, product: string): boolean =>
  matchesAnyProduct(good, [productWords(product)]);

/** The entries whose good matches any of `products`. */
export const matchListedGoods = <T extends { good: string }>(
  entries: readonly T[],
  products: readonly string[],
): T[] => {
  const productWordLists = products.map(productWords);
  return entries.filter((entry) => matchesAnyProduct(entry.good, productWordLists));
};
