/**
 * Folding company names and websites so that the same company written differently matches:
 * "PT. Maju Jaya Tbk", "Maju Jaya, PT" and "MAJU JAYA" all become "maju jaya". Used on every
 * save (the `normalized_name` column) and by duplicate detection and imports.
 */

/**
 * Legal-form words and abbreviations, after folding. Removed wherever they stand as whole words
 * (or as the non-Latin suffixes below), so "Acme Co., Ltd." and "ACME" compare equal.
 */
const LEGAL_FORM_WORDS = new Set([
  "ab",
  "ag",
  "aps",
  "as",
  "asa",
  "berhad",
  "bhd",
  "bv",
  "co",
  "company",
  "corp",
  "corporation",
  "cv",
  "eirl",
  "gmbh",
  "inc",
  "incorporated",
  "jsc",
  "kft",
  "kg",
  "kgaa",
  "kk",
  "limitada",
  "limited",
  "llc",
  "llp",
  "lp",
  "ltd",
  "ltda",
  "mbh",
  "nv",
  "ojsc",
  "ooo",
  "oy",
  "oyj",
  "pcl",
  "pjsc",
  "plc",
  "pt",
  "pte",
  "pty",
  "pvt",
  "private",
  "public",
  "sa",
  "sab",
  "sae",
  "sag",
  "sarl",
  "sas",
  "sdn",
  "se",
  "spa",
  "sl",
  "srl",
  "sro",
  "tbk",
  "the",
  "zao",
  "ltdco",
  "coltd",
  "cia",
  "cie",
]);

/** Multi-word forms, folded, removed before the single words. */
const LEGAL_FORM_PHRASES = [
  "public company limited",
  "company limited",
  "kabushiki kaisha",
  "sendirian berhad",
  "societe anonyme",
  "s a de c v",
  "sa de cv",
  "s a",
  "s r l",
  "s p a",
  "b v",
  "n v",
  "l l c",
  "co ltd",
  "pvt ltd",
];

// One pattern, compiled once (this runs for every row of a 50,000-row import); longer phrases
// first so that "public company limited" is removed whole rather than as "company limited".
const LEGAL_FORM_PHRASE_PATTERN = new RegExp(
  `(?<=^| )(?:${[...LEGAL_FORM_PHRASES].sort((a, b) => b.length - a.length).join("|")})(?= |$)`,
  "g",
);

/** Legal forms written in other scripts (Thai, Chinese, Bengali, Vietnamese …). */
const NON_LATIN_LEGAL_FORMS = [
  "บริษัท",
  "จำกัด",
  "มหาชน",
  "ห้างหุ้นส่วน",
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "株式会社",
  "公司",
  "লিমিটেড",
  "প্রাইভেট",
  "công ty",
  "tnhh",
  "cổ phần",
];

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

const foldText = (value: string): string =>
  // Most names are plain ASCII: lower case is all the folding they need.
  PLAIN_ASCII.test(value)
    ? value.toLowerCase()
    : value
        .normalize("NFKC")
        .toLowerCase()
        .normalize("NFKD")
        .replace(/\p{Script=Latin}\p{Mn}+/gu, (match) => match.charAt(0))
        .normalize("NFC");

const FOLDED_NON_LATIN_LEGAL_FORMS = NON_LATIN_LEGAL_FORMS.map((form) => foldText(form));

export const normalizeCompanyName = (name: string): string => {
  let folded = foldText(name);
  // Tested on the name as given: folding turns "Công ty" into plain ASCII.
  if (!PLAIN_ASCII.test(name)) {
    for (const form of FOLDED_NON_LATIN_LEGAL_FORMS) folded = folded.split(form).join(" ");
  }
  folded = folded
    .replace(/&/g, " and ")
    // Marks stay: Thai and Bengali vowels are combining marks, not punctuation.
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
  folded = folded.replace(LEGAL_FORM_PHRASE_PATTERN, " ").trim();
  const words = folded.split(" ").filter((word) => word && !LEGAL_FORM_WORDS.has(word));
  // A name made only of legal-form words ("The Company Ltd") keeps its folded form.
  return (words.length > 0 ? words.join(" ") : folded).trim();
};

/** "https://www.Example.co.uk/about" → "example.co.uk"; null when it is not a web address. */
export const normalizeWebsiteDomain = (website: string | null | undefined): string | null => {
  const raw = website?.trim();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    const host = url.hostname
      .toLowerCase()
      .replace(/^www\d*\./, "")
      .replace(/\.$/, "");
    return host.includes(".") ? host : null;
  } catch {
    return null;
  }
};

/**
 * Words that say what a company does rather than which company it is. Two names that share
 * only these ("Rahman Knit Composite" / "Karim Knit Composite") are different companies, so
 * duplicate detection also compares names without them. A list, so it misses trade words it does
 * not know; they then only make names look more alike than they are.
 */
const GENERIC_TRADE_WORDS = new Set([
  // Vietnamese trade words (folded): garments, textiles, seafood, leather shoes, electronics, wood.
  "may",
  "mac",
  "det",
  "thuy",
  "san",
  "da",
  "giay",
  "đien",
  "tu",
  "go",
  "cocoa",
  "coffee",
  "farm",
  "farms",
  "fasteners",
  "logistics",
  "shipping",
  "tea",
  "trade",
  "agro",
  "and",
  "apparel",
  "apparels",
  "composite",
  "components",
  "cotton",
  "dyeing",
  "electronics",
  "enterprise",
  "enterprises",
  "export",
  "exports",
  "fabrics",
  "factory",
  "fashion",
  "fashions",
  "food",
  "foods",
  "footwear",
  "furniture",
  "garment",
  "garments",
  "global",
  "group",
  "holdings",
  "import",
  "imports",
  "industrial",
  "industries",
  "industry",
  "international",
  "knit",
  "knitting",
  "knitwear",
  "leather",
  "manufacturer",
  "manufacturers",
  "manufacturing",
  "metals",
  "mill",
  "mills",
  "of",
  "packaging",
  "plastics",
  "processing",
  "products",
  "rubber",
  "seafood",
  "services",
  "solutions",
  "spinning",
  "textile",
  "textiles",
  "timber",
  "trading",
  "traders",
  "weaving",
  "works",
  "yarn",
  "yarns",
]);

/**
 * The distinctive part of a normalized name: without the generic trade words. A name made only
 * of such words stays whole.
 */
export const distinctiveName = (normalizedName: string): string => {
  const words = normalizedName.split(" ").filter((word) => word && !GENERIC_TRADE_WORDS.has(word));
  return words.length > 0 ? words.join(" ") : normalizedName;
};
