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
import { createTimeSlicer } from "@/modules/platform/async/yield-to-event-loop";

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
 * The size of the shared trigram sets two names of `sizeA` and `sizeB` trigrams need for Jaccard
 * similarity ≥ `threshold`: o / (a + b − o) ≥ t  ⇔  o ≥ t·(a + b) / (1 + t). The epsilon keeps a
 * float just above an integer from demanding one trigram more than the rule does.
 */
const requiredOverlap = (sizeA: number, sizeB: number, threshold: number): number =>
  Math.ceil((threshold * (sizeA + sizeB)) / (1 + threshold) - 1e-9);

/** How many values two ascending integer arrays share. */
const sharedCount = (a: Int32Array, b: Int32Array): number => {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
};

/** Which records have a trigram in their indexed prefix, and at which position. */
type Postings = { records: number[][]; positions: number[][] };

const emptyPostings = (tokenCount: number): Postings => ({
  records: Array.from({ length: tokenCount }, () => []),
  positions: Array.from({ length: tokenCount }, () => []),
});

/**
 * Pairs [newId, otherId] where `otherId` is any record of the same country (new ones included)
 * whose name has trigram Jaccard similarity ≥ `threshold` with the new record's. Each unordered
 * pair appears once.
 *
 * Written for speed (this is the inner loop of a 50,000-row import), after PPJoin: trigrams become
 * integers ranked rarest first; names are visited from the fewest trigrams to the most, each is
 * compared with the names visited before it (so with no larger ones) and then indexed. That
 * allows three filters before any full comparison:
 * - prefix: two names similar enough share a trigram among the first |x| − ⌈t·|x|⌉ + 1 of the
 *   one visited now and among the first |y| − ⌈2t/(1+t)·|y|⌉ + 1 of the smaller one indexed;
 * - size: the smaller set must hold at least t of the larger one;
 * - position: meeting at positions i and j, they can share at most what they have shared so far
 *   plus min(|x| − i, |y| − j) more.
 * An existing name only looks among the new names indexed before it: pairs of two existing names
 * are not wanted. The work yields to the event loop every few milliseconds, so that a statement
 * awaited meanwhile (the import's inserts) goes on and the server stays responsive.
 */
export const similarNamePairs = async ({
  newRecords,
  allRecords,
  threshold,
}: {
  newRecords: readonly NamedRecord[];
  /** Every record to compare with; must include the new ones. */
  allRecords: readonly NamedRecord[];
  threshold: number;
}): Promise<[string, string][]> => {
  const newIds = new Set(newRecords.map((record) => record.id));
  const pairs: [string, string][] = [];
  const slicer = createTimeSlicer();
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
    const isNew = records.map((record) => newIds.has(record.id));
    const sizeOf = (record: number) => tokens[record]?.length ?? 0;
    const visitOrder = [...records.keys()].sort((a, b) => sizeOf(a) - sizeOf(b) || a - b);
    const probePrefix = (size: number) => size - Math.ceil(threshold * size) + 1;
    const indexPrefix = (size: number) =>
      size - Math.ceil(((2 * threshold) / (1 + threshold)) * size - 1e-9) + 1;
    const allPostings = emptyPostings(counts.length);
    const newPostings = emptyPostings(counts.length);
    // Per probe: the trigrams shared so far with each record met (−1: ruled out).
    const metStamp = new Int32Array(records.length).fill(-1);
    const sharedSoFar = new Int32Array(records.length);
    const met: number[] = [];
    for (const probe of visitOrder) {
      if (slicer.due()) await slicer.yield();
      const list = tokens[probe];
      if (!list || list.length === 0) continue;
      const size = list.length;
      const postings = isNew[probe] ? allPostings : newPostings;
      met.length = 0;
      for (let position = 0; position < probePrefix(size); position += 1) {
        const token = list[position] ?? 0;
        const others = postings.records[token] ?? [];
        const otherPositions = postings.positions[token] ?? [];
        for (let entry = 0; entry < others.length; entry += 1) {
          const other = others[entry] ?? 0;
          const otherSize = sizeOf(other);
          // Jaccard ≥ t needs the smaller set (the one indexed) to hold at least t of the other.
          if (otherSize < threshold * size) continue;
          if (metStamp[other] !== probe) {
            metStamp[other] = probe;
            sharedSoFar[other] = 0;
            met.push(other);
          }
          const shared = sharedSoFar[other] ?? 0;
          if (shared < 0) continue;
          const reachable =
            shared + Math.min(size - position, otherSize - (otherPositions[entry] ?? 0));
          sharedSoFar[other] =
            reachable >= requiredOverlap(size, otherSize, threshold) ? shared + 1 : -1;
        }
      }
      const record = records[probe];
      for (const other of met) {
        const otherList = tokens[other];
        const otherRecord = records[other];
        if ((sharedSoFar[other] ?? -1) <= 0 || !otherList || !otherRecord || !record) continue;
        const shared = sharedCount(list, otherList);
        if (shared / (size + otherList.length - shared) >= threshold) {
          pairs.push(isNew[probe] ? [record.id, otherRecord.id] : [otherRecord.id, record.id]);
        }
      }
      for (let position = 0; position < indexPrefix(size); position += 1) {
        const token = list[position] ?? 0;
        for (const target of isNew[probe] ? [allPostings, newPostings] : [allPostings]) {
          target.records[token]?.push(probe);
          target.positions[token]?.push(position);
        }
      }
    }
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
