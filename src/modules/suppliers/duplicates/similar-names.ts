/**
 * Candidate pairs of similar names for large batches (imports), found in memory with prefix
 * filtering — the standard all-pairs similarity join — instead of comparing every pair of names
 * in PostgreSQL. Names are sets of trigrams formed as pg_trgm forms them (each word padded with
 * two spaces in front and one behind); two sets with Jaccard similarity ≥ t, each sorted by a
 * common order (rarest trigram first), always share a trigram among their first
 * |x| − ⌈t·|x|⌉ + 1. Only those prefixes are indexed, and only names of compatible size are
 * compared, so the work stays near-linear even for 100,000 names.
 *
 * The result is a superset (the caller uses a lower threshold than the final one) which
 * PostgreSQL's own `similarity()` then confirms, so the rule stays pg_trgm's.
 */

export type NamedRecord = { id: string; country: string; normalizedName: string };

/** pg_trgm's trigrams of a normalized (lower-case, single-spaced) name. */
export const trigramsOf = (normalizedName: string): string[] => {
  const trigrams = new Set<string>();
  for (const word of normalizedName.split(" ")) {
    if (!word) continue;
    const characters = Array.from(`  ${word} `);
    for (let index = 0; index + 2 < characters.length; index += 1) {
      trigrams.add(`${characters[index]}${characters[index + 1]}${characters[index + 2]}`);
    }
  }
  return [...trigrams];
};

/** Trigram Jaccard similarity of two names (what pg_trgm's similarity() computes). */
export const nameSimilarity = (a: string, b: string): number => {
  const tokens = trigramsOf(b);
  return tokens.length === 0 ? 0 : jaccard(new Set(trigramsOf(a)), tokens);
};

/** True when every word of the shorter name is a word of the other ("dhaka" / "dhaka tex"). */
export const wordsContained = (a: string, b: string): boolean => {
  const x = a.split(" ").filter(Boolean);
  const y = b.split(" ").filter(Boolean);
  const [shorter, longer] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return shorter.length > 0 && shorter.every((word) => longer.has(word));
};

const jaccard = (a: ReadonlySet<string>, b: readonly string[]): number => {
  let shared = 0;
  for (const trigram of b) if (a.has(trigram)) shared += 1;
  return shared / (a.size + b.length - shared);
};

/** Records grouped by country. */
const groupByCountry = (records: readonly NamedRecord[]): NamedRecord[][] => {
  const byCountry = new Map<string, NamedRecord[]>();
  for (const record of records) {
    const group = byCountry.get(record.country);
    if (group) group.push(record);
    else byCountry.set(record.country, [record]);
  }
  return [...byCountry.values()];
};

/**
 * Pairs [newId, otherId] where `otherId` is any record of the same country (new ones included)
 * whose name has trigram Jaccard similarity ≥ `threshold` with the new record's. Each unordered
 * pair appears once.
 *
 * Written for speed (this is the inner loop of a 50,000-row import): trigrams become integers
 * ranked rarest first, and "already compared" and "in the probe's set" are stamp arrays.
 */
export const similarNamePairs = ({
  newRecords,
  allRecords,
  threshold,
}: {
  newRecords: readonly NamedRecord[];
  /** Every record to compare with; must include the new ones. */
  allRecords: readonly NamedRecord[];
  threshold: number;
}): [string, string][] => {
  const newIds = new Set(newRecords.map((record) => record.id));
  const pairs: [string, string][] = [];
  for (const records of groupByCountry(allRecords)) {
    if (!records.some((record) => newIds.has(record.id))) continue;
    const tokenIds = new Map<string, number>();
    const counts: number[] = [];
    const rawTokens = records.map((record) =>
      trigramsOf(record.normalizedName).map((trigram) => {
        let id = tokenIds.get(trigram);
        if (id === undefined) {
          id = counts.length;
          tokenIds.set(trigram, id);
          counts.push(0);
        }
        counts[id] = (counts[id] ?? 0) + 1;
        return id;
      }),
    );
    // Rank 0 is the rarest trigram; any fixed order works, rarest first keeps postings short.
    const byRarity = [...counts.keys()].sort(
      (a, b) => (counts[a] ?? 0) - (counts[b] ?? 0) || a - b,
    );
    const rank = new Int32Array(counts.length);
    byRarity.forEach((token, position) => {
      rank[token] = position;
    });
    const tokens = rawTokens.map((list) =>
      Int32Array.from(list.map((token) => rank[token] ?? 0)).sort(),
    );
    const prefixLength = (size: number) => size - Math.ceil(threshold * size) + 1;
    const postings: number[][] = Array.from({ length: counts.length }, () => []);
    tokens.forEach((list, record) => {
      for (let position = 0; position < prefixLength(list.length); position += 1) {
        postings[list[position] ?? 0]?.push(record);
      }
    });
    const comparedStamp = new Int32Array(records.length).fill(-1);
    const tokenStamp = new Int32Array(counts.length).fill(-1);
    records.forEach((record, probe) => {
      const list = tokens[probe];
      if (!list || list.length === 0 || !newIds.has(record.id)) return;
      const size = list.length;
      for (const token of list) tokenStamp[token] = probe;
      for (let position = 0; position < prefixLength(size); position += 1) {
        for (const other of postings[list[position] ?? 0] ?? []) {
          if (other === probe || comparedStamp[other] === probe) continue;
          comparedStamp[other] = probe;
          const otherList = tokens[other];
          const otherRecord = records[other];
          if (!otherList || !otherRecord) continue;
          // Two new records find each other twice: keep the pair once.
          if (newIds.has(otherRecord.id) && other < probe) continue;
          const otherSize = otherList.length;
          // Jaccard ≥ t needs the smaller set to hold at least t of the larger one.
          if (otherSize < threshold * size || size < threshold * otherSize) continue;
          let shared = 0;
          for (const token of otherList) if (tokenStamp[token] === probe) shared += 1;
          if (shared / (size + otherSize - shared) >= threshold) {
            pairs.push([record.id, otherRecord.id]);
          }
        }
      }
    });
  }
  return pairs;
};

/**
 * Pairs [newId, otherId] in the same country where every word of one name is a word of the other
 * ("dhaka" / "dhaka tex"). Found through each name's rarest word, which the containing name must
 * have too, so only a few names are compared with each.
 */
export const containedWordPairs = ({
  newRecords,
  allRecords,
}: {
  newRecords: readonly NamedRecord[];
  allRecords: readonly NamedRecord[];
}): [string, string][] => {
  const newIds = new Set(newRecords.map((record) => record.id));
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const records of groupByCountry(allRecords)) {
    if (!records.some((record) => newIds.has(record.id))) continue;
    const items = records.map((record) => ({
      record,
      words: new Set(record.normalizedName.split(" ").filter(Boolean)),
    }));
    const frequency = new Map<string, number>();
    for (const item of items) {
      for (const word of item.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    const rarestOf = (words: Set<string>): string | undefined =>
      [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0))[0];
    const byWord = new Map<string, typeof items>();
    const byRarest = new Map<string, typeof items>();
    for (const item of items) {
      for (const word of item.words) {
        const postings = byWord.get(word);
        if (postings) postings.push(item);
        else byWord.set(word, [item]);
      }
      const rarest = rarestOf(item.words);
      if (rarest === undefined) continue;
      const postings = byRarest.get(rarest);
      if (postings) postings.push(item);
      else byRarest.set(rarest, [item]);
    }
    const isSubset = (small: Set<string>, large: Set<string>) =>
      [...small].every((word) => large.has(word));
    const emit = (a: NamedRecord, b: NamedRecord) => {
      const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      pairs.push([a.id, b.id]);
    };
    for (const item of items) {
      if (!newIds.has(item.record.id) || item.words.size === 0) continue;
      // This name inside a longer one: the longer one has this name's rarest word.
      for (const other of byWord.get(rarestOf(item.words) ?? "") ?? []) {
        if (other !== item && isSubset(item.words, other.words)) emit(item.record, other.record);
      }
      // A shorter name inside this one: its rarest word is one of this name's words.
      for (const word of item.words) {
        for (const other of byRarest.get(word) ?? []) {
          if (other !== item && isSubset(other.words, item.words)) emit(item.record, other.record);
        }
      }
    }
  }
  return pairs;
};
