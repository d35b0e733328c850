import { describe, expect, it } from "vitest";

import { distinctiveName, normalizeCompanyName } from "../services/normalize";
import { haveAlikeDistinctiveParts } from "./find-duplicates";

const alike = (a: string, b: string) =>
  haveAlikeDistinctiveParts(normalizeCompanyName(a), normalizeCompanyName(b));

describe("distinctive name parts", () => {
  it("drops generic trade words, unless nothing else is left", () => {
    expect(distinctiveName("rahman knit composite")).toBe("rahman");
    expect(distinctiveName("textile mills")).toBe("textile mills");
  });

  it("tells apart companies that share only their trade", () => {
    expect(alike("Rahman Knit Composite Ltd", "Karim Knit Composite Ltd")).toBe(false);
    expect(alike("Kinta Seafood Processing Sdn Bhd", "Perak Seafood Processing Berhad")).toBe(
      false,
    );
  });

  it("keeps names of the same company alike", () => {
    expect(alike("Dhaka Knit Composite Ltd", "Dhaka Knit Composite Limited")).toBe(true);
    expect(alike("Dhaka Knit Composite", "Dhaka Knit Composites")).toBe(true);
    expect(alike("Golden Tea Estates", "Sun Golden Tea Estates")).toBe(true);
    expect(alike("Shenzhen Lumenfield Electronics", "Shenzhen Lumen Field Electronics")).toBe(true);
  });
});
