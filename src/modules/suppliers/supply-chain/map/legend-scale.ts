/**
 * The map's colour classes: up to five classes of "nice" bounds (1, 2, 5, 10, 20, 50 …) that
 * grow with the largest count, so a small organisation sees 1 / 2–4 / 5–7 and a large one
 * 1–4 / 5–9 / 10–49 / 50–99 / 100+. Countries without suppliers are not a class: they keep the
 * land colour. Pure and deterministic.
 */

const NICE_BOUNDS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000,
];

export const MAX_CLASSES = 5;

/** Teal, light to dark; each class also has its own range text in the legend. */
export const CLASS_COLOURS = ["#ccfbf1", "#5eead4", "#14b8a6", "#0f766e", "#134e4a"] as const;
export const NO_SUPPLIERS_COLOUR = "#e2e8f0";

export type LegendClass = { from: number; to: number; colour: string };

/** The classes for counts up to `max` (none when nothing is counted). */
export const legendClasses = (max: number): LegendClass[] => {
  if (!Number.isFinite(max) || max < 1) return [];
  const candidates = NICE_BOUNDS.filter((bound) => bound <= max);
  const lowerBounds =
    candidates.length <= MAX_CLASSES
      ? candidates
      : [
          ...new Set(
            Array.from(
              { length: MAX_CLASSES },
              (_, index) =>
                candidates[Math.round((index * (candidates.length - 1)) / (MAX_CLASSES - 1))] ?? 1,
            ),
          ),
        ];
  // The darkest colours go to the highest classes, whatever their number.
  const offset = CLASS_COLOURS.length - lowerBounds.length;
  return lowerBounds.map((from, index) => ({
    from,
    to: (lowerBounds[index + 1] ?? max + 1) - 1,
    colour:
      CLASS_COLOURS[Math.min(index + offset, CLASS_COLOURS.length - 1)] ?? NO_SUPPLIERS_COLOUR,
  }));
};

/** The class a count falls in, or null for zero. */
export const classOf = (count: number, classes: readonly LegendClass[]): LegendClass | null =>
  count < 1 ? null : (classes.find((item) => count >= item.from && count <= item.to) ?? null);
