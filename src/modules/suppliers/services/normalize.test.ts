import { describe, expect, it } from "vitest";

import { normalizeCompanyName, normalizeWebsiteDomain } from "./normalize";

describe("company name folding", () => {
  it("drops legal forms, punctuation, case and accents", () => {
    const same: [string, string][] = [
      ["PT. Maju Jaya Tbk", "maju jaya"],
      ["Maju Jaya, PT", "maju jaya"],
      ["Acme Co., Ltd.", "acme"],
      ["ACME COMPANY LIMITED", "acme"],
      ["Textiles Nuñez S.A. de C.V.", "textiles nunez"],
      ["Société Générale de Café SARL", "societe generale de cafe"],
      ["Müller & Söhne GmbH", "muller and sohne"],
      ["Siam Seafood Public Company Limited", "siam seafood"],
      ["Top Glove Sdn. Bhd.", "top glove"],
      ["Dhaka Knit Pvt. Ltd.", "dhaka knit"],
    ];
    for (const [input, folded] of same) expect(normalizeCompanyName(input), input).toBe(folded);
  });

  it("handles names in Thai, Chinese and Bengali", () => {
    expect(normalizeCompanyName("บริษัท สยามซีฟู้ด จำกัด (มหาชน)")).toBe("สยามซีฟู้ด");
    expect(normalizeCompanyName("深圳华强电子有限公司")).toBe("深圳华强电子");
    expect(normalizeCompanyName("ঢাকা নিট লিমিটেড")).toBe("ঢাকা নিট");
  });

  it("keeps a name made only of legal-form words", () => {
    expect(normalizeCompanyName("The Company Ltd")).toBe("the company ltd");
  });
});

describe("website domains", () => {
  it("reduces addresses to their host", () => {
    expect(normalizeWebsiteDomain("https://www.Example.co.uk/about")).toBe("example.co.uk");
    expect(normalizeWebsiteDomain("example.com")).toBe("example.com");
    expect(normalizeWebsiteDomain("http://www2.acme.com.my")).toBe("acme.com.my");
    expect(normalizeWebsiteDomain("not a website")).toBeNull();
    expect(normalizeWebsiteDomain("")).toBeNull();
  });
});
