/**
 * Which ISIC Rev.4 divisions belong to which section, in a form the browser can use (the full
 * titles come from refdata through `reference.listSectors`, which reads a file and is
 * server-only). A unit test checks this table against refdata/isic_rev4_sections_divisions.csv,
 * so the two cannot drift apart.
 */

/** Section letter → its divisions, as [first, last] ranges of two-digit codes. */
const SECTION_DIVISION_RANGES: Record<string, readonly (readonly [number, number])[]> = {
  A: [[1, 3]],
  B: [[5, 9]],
  C: [[10, 33]],
  D: [[35, 35]],
  E: [[36, 39]],
  F: [[41, 43]],
  G: [[45, 47]],
  H: [[49, 53]],
  I: [[55, 56]],
  J: [[58, 63]],
  K: [[64, 66]],
  L: [[68, 68]],
  M: [[69, 75]],
  N: [[77, 82]],
  O: [[84, 84]],
  P: [[85, 85]],
  Q: [[86, 88]],
  R: [[90, 93]],
  S: [[94, 96]],
  T: [[97, 98]],
  U: [[99, 99]],
};

export const ISIC_SECTIONS = Object.keys(SECTION_DIVISION_RANGES);

/** The section a two-digit division belongs to ("10" → "C"), or null when it is no division. */
export const isicSectionOf = (division: string): string | null => {
  if (!/^\d{2}$/.test(division)) return null;
  const code = Number(division);
  for (const [section, ranges] of Object.entries(SECTION_DIVISION_RANGES)) {
    if (ranges.some(([first, last]) => code >= first && code <= last)) return section;
  }
  return null;
};

export const isIsicSection = (section: string): boolean =>
  Object.hasOwn(SECTION_DIVISION_RANGES, section);
