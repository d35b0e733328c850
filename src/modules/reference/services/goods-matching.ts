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

/** A word as the forms it may stand for, worked out once (matching compares millions of pairs). */
type Word = readonly string[];

const sameWord = (a: Word, b: Word): boolean => {
  for (const form of a) if (b.includes(form)) return true;
  return false;
};

/** A name as its words, without case or accents. */
export const productWords = (name: string): string[] =>
  name
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");

const wordForms = (name: string): Word[] => productWords(name).map(singularsOf);

/** The good's name without what its parenthesis adds ("bidis (hand-rolled cigarettes)" → "bidis"). */
export const baseGoodName = (good: string): string => good.replace(/\([^)]*\)/g, " ").trim();

const containsSequence = (haystack: readonly Word[], needle: readonly Word[]): boolean => {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    let matches = true;
    for (let offset = 0; offset < needle.length && matches; offset += 1) {
      const [word, wanted] = [haystack[start + offset], needle[offset]];
      matches = word !== undefined && wanted !== undefined && sameWord(word, wanted);
    }
    if (matches) return true;
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
// thousands of suppliers, so each name is split into words (and their forms) once.
const alternativesCache = new Map<string, Word[][]>();
const cachedAlternatives = (good: string): Word[][] => {
  let alternatives = alternativesCache.get(good);
  if (!alternatives) {
    alternatives = goodAlternatives(good).map((words) => words.map(singularsOf));
    alternativesCache.set(good, alternatives);
  }
  return alternatives;
};

const matchesAnyProduct = (good: string, productWordLists: readonly Word[][]): boolean =>
  cachedAlternatives(good).some((alternative) =>
    productWordLists.some((words) => containsSequence(words, alternative)),
  );

export const goodMatchesProduct = (good: string, product: string): boolean =>
  matchesAnyProduct(good, [wordForms(product)]);

// A recomputation asks the same question again and again (a supplier and each of its sites in
// the same country, suppliers buying the same products): answers are kept per list of entries
// (a country's goods in one edition) and product list, up to a bound per list.
const MATCHES_KEPT_PER_LIST = 10_000;
const matchCache = new WeakMap<readonly object[], Map<string, readonly boolean[]>>();

/** The entries whose good matches any of `products`. */
export const matchListedGoods = <T extends { good: string }>(
  entries: readonly T[],
  products: readonly string[],
): T[] => {
  if (entries.length === 0 || products.length === 0) return [];
  let answers = matchCache.get(entries);
  if (!answers) {
    answers = new Map();
    matchCache.set(entries, answers);
  }
  const key = products.join("\u0000");
  let isMatch = answers.get(key);
  if (!isMatch) {
    const productWordLists = products.map(wordForms);
    isMatch = entries.map((entry) => matchesAnyProduct(entry.good, productWordLists));
    if (answers.size >= MATCHES_KEPT_PER_LIST) answers.clear();
    answers.set(key, isMatch);
  }
  const known = isMatch;
  return entries.filter((_, index) => known[index] === true);
};
