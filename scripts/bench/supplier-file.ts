/**
 * A realistic supplier spreadsheet for the benchmarks, the same every run (seeded): names in
 * Latin, Thai, Chinese, Bengali and Vietnamese scripts with the legal forms of their countries,
 * countries written as names (in several languages), aliases and ISO codes, ISIC codes in their
 * usual spellings, amounts with either thousands convention, product lists, websites, statuses,
 * and a few rows that repeat a company already in the file (in another spelling).
 */

/** Deterministic pseudo-random numbers (mulberry32). */
const random = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

type Country = {
  code: string;
  /** How spreadsheets write it. */
  spellings: string[];
  script: "latin" | "thai" | "chinese" | "bengali" | "vietnamese";
  forms: string[];
  currency: string;
  /** Relative share of the supplier base. */
  weight: number;
};

const COUNTRIES: Country[] = [
  {
    code: "CN",
    spellings: ["China", "中国", "CN", "People's Republic of China", "CHN"],
    script: "chinese",
    forms: ["有限公司", "Co., Ltd.", "股份有限公司"],
    currency: "CNY",
    weight: 14,
  },
  {
    code: "VN",
    spellings: ["Vietnam", "Viet Nam", "Việt Nam", "VN"],
    script: "vietnamese",
    forms: ["JSC", "Co., Ltd", "Công ty TNHH"],
    currency: "VND",
    weight: 10,
  },
  {
    code: "BD",
    spellings: ["Bangladesh", "বাংলাদেশ", "BD", "BGD"],
    script: "bengali",
    forms: ["Ltd", "লিমিটেড", "Limited"],
    currency: "BDT",
    weight: 9,
  },
  {
    code: "TH",
    spellings: ["Thailand", "ประเทศไทย", "TH", "Thaïlande"],
    script: "thai",
    forms: ["Co., Ltd.", "จำกัด", "Public Company Limited"],
    currency: "THB",
    weight: 7,
  },
  {
    code: "IN",
    spellings: ["India", "IN", "IND", "Inde"],
    script: "latin",
    forms: ["Pvt Ltd", "Private Limited", "Ltd"],
    currency: "INR",
    weight: 9,
  },
  {
    code: "ID",
    spellings: ["Indonesia", "ID", "IDN"],
    script: "latin",
    forms: ["PT", "Tbk"],
    currency: "IDR",
    weight: 5,
  },
  {
    code: "MY",
    spellings: ["Malaysia", "MY", "MYS"],
    script: "latin",
    forms: ["Sdn Bhd", "Berhad"],
    currency: "MYR",
    weight: 4,
  },
  {
    code: "KH",
    spellings: ["Cambodia", "KH", "Cambodge"],
    script: "latin",
    forms: ["Co., Ltd."],
    currency: "USD",
    weight: 3,
  },
  {
    code: "MM",
    spellings: ["Myanmar", "Burma", "MM"],
    script: "latin",
    forms: ["Co., Ltd."],
    currency: "USD",
    weight: 2,
  },
  {
    code: "PK",
    spellings: ["Pakistan", "PK"],
    script: "latin",
    forms: ["(Pvt) Ltd"],
    currency: "PKR",
    weight: 3,
  },
  {
    code: "TR",
    spellings: ["Türkiye", "Turkey", "TR"],
    script: "latin",
    forms: ["A.Ş.", "Ltd. Şti."],
    currency: "TRY",
    weight: 4,
  },
  {
    code: "LK",
    spellings: ["Sri Lanka", "LK"],
    script: "latin",
    forms: ["(Pvt) Ltd"],
    currency: "LKR",
    weight: 2,
  },
  {
    code: "NP",
    spellings: ["Nepal", "NP"],
    script: "latin",
    forms: ["Pvt. Ltd."],
    currency: "NPR",
    weight: 1,
  },
  {
    code: "MX",
    spellings: ["Mexico", "México", "MX"],
    script: "latin",
    forms: ["S.A. de C.V."],
    currency: "MXN",
    weight: 3,
  },
  {
    code: "BR",
    spellings: ["Brazil", "Brasil", "BR"],
    script: "latin",
    forms: ["Ltda.", "S.A."],
    currency: "BRL",
    weight: 3,
  },
  {
    code: "PE",
    spellings: ["Peru", "Perú", "PE"],
    script: "latin",
    forms: ["S.A.C."],
    currency: "PEN",
    weight: 1,
  },
  {
    code: "CI",
    spellings: ["Côte d'Ivoire", "Ivory Coast", "CI"],
    script: "latin",
    forms: ["SARL", "SA"],
    currency: "XOF",
    weight: 1,
  },
  {
    code: "GH",
    spellings: ["Ghana", "GH"],
    script: "latin",
    forms: ["Ltd"],
    currency: "GHS",
    weight: 1,
  },
  {
    code: "ET",
    spellings: ["Ethiopia", "ET"],
    script: "latin",
    forms: ["PLC"],
    currency: "ETB",
    weight: 1,
  },
  {
    code: "GB",
    spellings: ["United Kingdom", "UK", "GB", "Great Britain"],
    script: "latin",
    forms: ["Ltd", "PLC", "Limited"],
    currency: "GBP",
    weight: 3,
  },
  {
    code: "DE",
    spellings: ["Germany", "Deutschland", "DE"],
    script: "latin",
    forms: ["GmbH", "AG", "GmbH & Co. KG"],
    currency: "EUR",
    weight: 3,
  },
  {
    code: "IT",
    spellings: ["Italy", "Italia", "IT"],
    script: "latin",
    forms: ["S.p.A.", "S.r.l."],
    currency: "EUR",
    weight: 2,
  },
  {
    code: "ES",
    spellings: ["Spain", "España", "ES"],
    script: "latin",
    forms: ["S.L.", "S.A."],
    currency: "EUR",
    weight: 2,
  },
  {
    code: "PL",
    spellings: ["Poland", "Pologne", "PL"],
    script: "latin",
    forms: ["Sp. z o.o."],
    currency: "PLN",
    weight: 1,
  },
  {
    code: "RO",
    spellings: ["Romania", "România", "RO"],
    script: "latin",
    forms: ["S.R.L."],
    currency: "RON",
    weight: 1,
  },
  {
    code: "US",
    spellings: ["United States", "USA", "US", "United States of America"],
    script: "latin",
    forms: ["Inc.", "LLC", "Corp."],
    currency: "USD",
    weight: 4,
  },
  {
    code: "MA",
    spellings: ["Morocco", "Maroc", "MA"],
    script: "latin",
    forms: ["SARL"],
    currency: "MAD",
    weight: 1,
  },
  {
    code: "EG",
    spellings: ["Egypt", "EG"],
    script: "latin",
    forms: ["S.A.E."],
    currency: "EGP",
    weight: 1,
  },
  {
    code: "PH",
    spellings: ["Philippines", "PH"],
    script: "latin",
    forms: ["Inc.", "Corporation"],
    currency: "PHP",
    weight: 2,
  },
  {
    code: "KE",
    spellings: ["Kenya", "KE"],
    script: "latin",
    forms: ["Ltd"],
    currency: "KES",
    weight: 1,
  },
];

// Brand names are made of syllables, so that 50,000 companies have distinct names without serial
// numbers (which would make every name look like its neighbour to a trigram comparison).
// Consonant–vowel syllables: 90 of them make brand names about as varied as real ones.
const LATIN_SYLLABLES = [..."bcdfghjklmnprstvwz"].flatMap((consonant) =>
  [..."aeiou"].map((vowel) => `${consonant}${vowel}`),
);
const LATIN_TRADE = [
  "Textile",
  "Garment",
  "Apparel",
  "Knitting",
  "Weaving",
  "Dyeing",
  "Spinning",
  "Leather",
  "Footwear",
  "Packaging",
  "Plastics",
  "Electronics",
  "Components",
  "Seafood",
  "Agro",
  "Cocoa",
  "Coffee",
  "Rubber",
  "Timber",
  "Furniture",
  "Metals",
  "Fasteners",
  "Cotton",
  "Yarn",
  "Foods",
];
const LATIN_DESCRIPTOR = [
  "",
  "",
  "",
  "Industries",
  "Manufacturing",
  "Mills",
  "Works",
  "Trading",
  "Exports",
  "Group",
  "Holdings",
  "International",
  "Processing",
];
const THAI_SYLLABLES = [
  "สยาม",
  "ทอง",
  "รุ่ง",
  "เจริญ",
  "มั่น",
  "ศรี",
  "สุข",
  "พัฒน",
  "สม",
  "ก้าว",
  "ไทย",
  "ชัย",
  "วัฒน",
  "กิจ",
  "มงคล",
  "ประ",
  "เสริม",
  "บุญ",
];
const THAI_TRADE = [
  "การ์เมนต์",
  "สิ่งทอ",
  "อาหารทะเล",
  "ยางพารา",
  "อิเล็กทรอนิกส์",
  "บรรจุภัณฑ์",
  "เฟอร์นิเจอร์",
];
const CHINESE_CITY = [
  "广州",
  "深圳",
  "宁波",
  "苏州",
  "东莞",
  "杭州",
  "青岛",
  "厦门",
  "温州",
  "佛山",
];
const CHINESE_CHARS = [
  "华",
  "盛",
  "永",
  "泰",
  "鑫",
  "源",
  "宏",
  "达",
  "金",
  "龙",
  "恒",
  "丰",
  "新",
  "东",
  "方",
  "远",
  "航",
  "瑞",
  "祥",
  "兴",
  "隆",
  "昌",
  "德",
  "利",
  "安",
  "富",
  "星",
  "宇",
];
const CHINESE_WORD = [
  "纺织",
  "服装",
  "电子",
  "塑料",
  "五金",
  "家具",
  "包装",
  "皮革",
  "鞋业",
  "食品",
];
const BENGALI_SYLLABLES = [
  "ঢাকা",
  "পদ্মা",
  "মেঘনা",
  "যমুনা",
  "সোনার",
  "রূপালী",
  "নীল",
  "সবুজ",
  "তারা",
  "আলো",
  "নদী",
  "বন্ধু",
  "মিতা",
  "রহমান",
  "করিম",
  "হোসেন",
  "ইসলাম",
  "আহমেদ",
  "চৌধুরী",
  "খান",
  "সিরাজ",
  "মাহমুদ",
  "আকাশ",
  "সূর্য",
  "চাঁদ",
  "বাংলা",
  "সাগর",
  "পাহাড়",
  "জয়",
  "মুক্তি",
  "শান্তি",
  "প্রগতি",
  "নবীন",
  "উত্তরা",
  "গাজীপুর",
  "নারায়ণগঞ্জ",
  "সাভার",
  "টঙ্গী",
  "আশুলিয়া",
  "কর্ণফুলী",
];
const BENGALI_TRADE = ["নিটওয়্যার", "টেক্সটাইল", "গার্মেন্টস", "ডাইং", "স্পিনিং", "অ্যাপারেল"];
// Vietnamese names are made of common syllables; real ones draw on a few hundred.
const VIETNAMESE_SYLLABLES = [
  "Sài",
  "Gòn",
  "Hà",
  "Nội",
  "Đồng",
  "Nai",
  "Việt",
  "Tiến",
  "Phương",
  "Đông",
  "Hòa",
  "Bình",
  "Thành",
  "Công",
  "Minh",
  "Phát",
  "Hưng",
  "Long",
  "An",
  "Bảo",
  "Cường",
  "Dũng",
  "Đức",
  "Gia",
  "Hải",
  "Hiền",
  "Hoàng",
  "Huy",
  "Khánh",
  "Kim",
  "Lâm",
  "Lộc",
  "Mai",
  "Nam",
  "Nga",
  "Ngọc",
  "Nhật",
  "Phú",
  "Phúc",
  "Quang",
  "Quốc",
  "Sơn",
  "Tâm",
  "Tân",
  "Thái",
  "Thắng",
  "Thịnh",
  "Thuận",
  "Toàn",
  "Trung",
  "Trường",
  "Tuấn",
  "Uy",
  "Văn",
  "Vinh",
  "Vũ",
  "Xuân",
  "Yến",
  "Hạnh",
  "Lợi",
];
const VIETNAMESE_TRADE = ["May mặc", "Dệt may", "Thủy sản", "Gỗ", "Da giày", "Điện tử"];

const SECTORS = [
  "13",
  "C13",
  "1392",
  "14",
  "C14",
  "15",
  "1512",
  "10",
  "C10",
  "A",
  "01",
  "03",
  "16",
  "22",
  "26",
  "27",
  "31",
  "C - Manufacturing",
  "14 - Manufacture of wearing apparel",
  "46",
  "G46",
  "08",
];
const PRODUCTS = [
  "cotton",
  "yarn",
  "denim",
  "t-shirts",
  "shoes",
  "leather",
  "shrimp",
  "tuna",
  "cocoa beans",
  "coffee",
  "rubber",
  "timber",
  "furniture",
  "cables",
  "PCBs",
  "plastic bags",
  "cartons",
  "buttons",
  "zips",
  "dyes",
];
const STATUSES = [
  "Active",
  "Active",
  "Active",
  "Active",
  "Onboarding",
  "approved",
  "Suspended",
  "Exited",
  "",
];
const DIRECT = ["Yes", "Yes", "yes", "Y", "No", "no", "", "TRUE"];

export const SUPPLIER_FILE_HEADER = [
  "Supplier name",
  "Other names",
  "Tax ID",
  "Country/Region",
  "Address",
  "Website",
  "ISIC",
  "Products",
  "Annual spend",
  "Currency",
  "Relationship owner",
  "Status",
  "Direct supplier",
];

const pick = <T>(next: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
};

const weightedCountries = COUNTRIES.flatMap((country) =>
  Array.from({ length: country.weight }, () => country),
);

const formatAmount = (next: () => number, amount: number): string => {
  const fixed = amount.toFixed(2);
  const [whole = "0", cents = "00"] = fixed.split(".");
  const grouped = (separator: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  switch (Math.floor(next() * 4)) {
    case 0:
      return `${grouped(",")}.${cents}`;
    case 1:
      return `${grouped(".")},${cents}`;
    case 2:
      return `${grouped(" ")},${cents}`;
    default:
      return whole;
  }
};

/** The row being generated: brands spell a scrambled form of it, so no two companies share one. */
let currentRow = 0;

const brand = (next: () => number, syllables: readonly string[], separator = ""): string => {
  // Syllables from the row number (scrambled, so neighbours do not look alike), then one or two
  // random ones: distinct brands, as in a real supplier base, where two companies with
  // the same name in the same country are rare.
  const base = syllables.length;
  // Enough syllables that every row has its own combination (14 Bengali syllables need four).
  const digits = base ** 3 >= 100_000 ? 3 : 4;
  let code = (currentRow * 7_919 + 104_729) % base ** digits;
  const parts: string[] = [];
  for (let digit = 0; digit < digits; digit += 1) {
    parts.push(syllables[code % base] ?? "");
    code = Math.floor(code / base);
  }
  // In scripts written with spaces between syllables (Bengali, Vietnamese) the scrambled part is
  // one word: a name made of five common syllables would look like every other one.
  const distinctive = parts.join("");
  const extras = Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(next, syllables));
  const word = separator ? [distinctive, ...extras].join(separator) : distinctive + extras.join("");
  return separator ? word : word.charAt(0).toUpperCase() + word.slice(1);
};

// Family and place names: real supplier names mostly carry a proper noun besides the trade.
const PROPER_NOUNS = [
  "Rahman",
  "Karim",
  "Chowdhury",
  "Nguyen",
  "Tran",
  "Pham",
  "Suzuki",
  "Tanaka",
  "Wongsa",
  "Siriwan",
  "Yilmaz",
  "Demir",
  "Kaya",
  "Sharma",
  "Patel",
  "Gupta",
  "Singh",
  "Silva",
  "Santos",
  "Oliveira",
  "Garcia",
  "Lopez",
  "Martinez",
  "Okafor",
  "Mensah",
  "Mwangi",
  "Haile",
  "Kowalski",
  "Popescu",
  "Ionescu",
  "Rossi",
  "Bianchi",
  "Muller",
  "Schmidt",
  "Dubois",
  "Moreau",
  "Smith",
  "Hughes",
  "Li",
  "Wang",
  "Zhang",
  "Chen",
  "Liu",
  "Sato",
  "Kim",
  "Park",
  "Rizal",
  "Santoso",
  "Halim",
  "Wijaya",
  "Perera",
  "Fernando",
  "Dhaka",
  "Chittagong",
  "Tiruppur",
  "Ludhiana",
  "Izmir",
  "Bursa",
  "Penang",
  "Selangor",
  "Surabaya",
  "Bandung",
  "Haiphong",
  "Danang",
  "Cebu",
  "Lima",
  "Recife",
  "Puebla",
  "Accra",
  "Kumasi",
  "Mombasa",
  "Addis",
  "Tangier",
  "Alexandria",
];

const latinName = (next: () => number): string =>
  [
    brand(next, LATIN_SYLLABLES),
    next() < 0.5 ? pick(next, PROPER_NOUNS) : "",
    pick(next, LATIN_TRADE),
    pick(next, LATIN_DESCRIPTOR),
  ]
    .filter(Boolean)
    .join(" ");

const nameFor = (next: () => number, country: Country): string => {
  const form = pick(next, country.forms);
  switch (country.script) {
    case "thai":
      return form === "จำกัด"
        ? `บริษัท ${brand(next, THAI_SYLLABLES)}${pick(next, THAI_TRADE)} จำกัด`
        : `${latinName(next)} ${form}`;
    case "chinese":
      return form.startsWith("Co")
        ? `${latinName(next)} (${pick(next, ["Guangzhou", "Ningbo", "Suzhou", "Shenzhen"])}) ${form}`
        : `${pick(next, CHINESE_CITY)}${brand(next, CHINESE_CHARS)}${pick(next, CHINESE_WORD)}${form}`;
    case "bengali":
      return form === "লিমিটেড"
        ? `${brand(next, BENGALI_SYLLABLES, " ")} ${pick(next, BENGALI_TRADE)} লিমিটেড`
        : `${latinName(next)} ${form}`;
    case "vietnamese":
      return form === "Công ty TNHH"
        ? `Công ty TNHH ${pick(next, VIETNAMESE_TRADE)} ${brand(next, VIETNAMESE_SYLLABLES, " ")}`
        : `${brand(next, VIETNAMESE_SYLLABLES, " ")} ${pick(next, VIETNAMESE_TRADE)} ${form}`;
    case "latin":
      return form === "PT" ? `PT ${latinName(next)}` : `${latinName(next)} ${form}`;
  }
};

const csvCell = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export type SupplierFile = { text: string; rows: number; bytes: number };

/** `count` data rows (about 1 in 200 repeats an earlier company in another spelling). */
export const generateSupplierFile = (count: number, seed = 20_261_129): SupplierFile => {
  const next = random(seed);
  const lines = [SUPPLIER_FILE_HEADER.join(",")];
  const earlier: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const repeat = earlier.length > 100 && next() < 0.005;
    if (repeat) {
      const original = pick(next, earlier);
      const again = [...original];
      again[0] = (original[0] ?? "").toUpperCase();
      again[4] = "";
      lines.push(again.map(csvCell).join(","));
      continue;
    }
    currentRow = index;
    const country = pick(next, weightedCountries);
    const name = nameFor(next, country);
    const slug = `supplier-${index.toString(36)}`;
    const spend = next() < 0.7 ? 1_000 + Math.floor(next() * 5_000_000) + next() : null;
    const row = [
      name,
      next() < 0.15 ? `${brand(next, LATIN_SYLLABLES)} Brand; ${slug.toUpperCase()}` : "",
      next() < 0.8 ? `${country.code}-${(index * 7919).toString().padStart(9, "0")}` : "",
      pick(next, country.spellings),
      next() < 0.6 ? `${1 + Math.floor(next() * 400)} Industrial Road, Zone ${index % 40}` : "",
      next() < 0.5 ? `https://www.${slug}.example` : "",
      next() < 0.85 ? pick(next, SECTORS) : "",
      Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, PRODUCTS)).join("; "),
      spend === null ? "" : formatAmount(next, spend),
      spend === null ? "" : country.currency,
      next() < 0.4
        ? pick(next, ["Ana Lima", "Ben Okafor", "Chen Wei", "Dina Rahman", "Erik Larsen"])
        : "",
      pick(next, STATUSES),
      pick(next, DIRECT),
    ];
    earlier.push(row);
    lines.push(row.map(csvCell).join(","));
  }
  const text = `${lines.join("\r\n")}\r\n`;
  return { text, rows: count, bytes: Buffer.byteLength(text) };
};
