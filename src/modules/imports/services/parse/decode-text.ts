/**
 * Turns the bytes of a text file (CSV) into a string, whatever the spreadsheet program that wrote
 * it: UTF-8 with or without a byte-order mark, UTF-16 (little or big endian, with a BOM, or
 * without one when the zero bytes give it away), and, when the bytes are not valid UTF-8, the
 * Windows-1252 code page that Excel on Western Windows uses (a superset of Latin-1).
 */
import { AppError } from "@/modules/platform/errors/app-error";

export const TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export type DecodedText = { text: string; encoding: TextEncoding };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * UTF-16 without a BOM: text in Latin script has a zero byte in every other position. Looks at
 * the first kilobyte only.
 */
const sniffUtf16 = (bytes: Uint8Array): TextEncoding | null => {
  const length = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
};

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (€, ‚, ƒ, „, …, ’, “, ”, –, —, ™ …); the
 * undefined ones stay as they are. Decoded by hand: Node's TextDecoder("windows-1252") reads
 * these bytes as Latin-1 control characters, losing curly quotes and the euro sign.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const decodeWindows1252 = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  const chunk = 16_384;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
};

const decodeAs = (bytes: Uint8Array, encoding: TextEncoding, fatal: boolean): string =>
  encoding === "windows-1252"
    ? decodeWindows1252(bytes)
    : // The decoder drops a leading BOM of its own encoding.
      new TextDecoder(encoding, { fatal }).decode(bytes);

const invalidText = (cause?: unknown) =>
  new AppError("INVALID_INPUT", {
    message: "the file's text could not be decoded",
    userMessageKey: "imports.undecodableText",
    cause,
  });

export const decodeText = (bytes: Uint8Array): DecodedText => {
  let encoding: TextEncoding | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) encoding = "utf-8";
  else if (startsWith(bytes, [0xff, 0xfe])) encoding = "utf-16le";
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = "utf-16be";
  else encoding = sniffUtf16(bytes);

  let text: string;
  if (encoding) {
    // A BOM (or the UTF-16 pattern) names the encoding: bytes that break it are a broken file.
    try {
      text = decodeAs(bytes, encoding, true);
    } catch (error) {
      throw invalidText(error);
    }
  } else {
    try {
      text = decodeAs(bytes, "utf-8", true);
      encoding = "utf-8";
    } catch {
      // Not UTF-8: an export from a Western code page. Windows-1252 maps every byte.
      text = decodeAs(bytes, "windows-1252", false);
      encoding = "windows-1252";
    }
  }
  // A text file has no NUL characters: this is a binary file (or a wrongly named one).
  if (text.includes("\u0000")) throw invalidText();
  return { text, encoding };
};
