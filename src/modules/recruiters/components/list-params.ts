/**
 * The recruiter list's state lives in the address (shareable, survives a reload, works with
 * Back). These turn query-string parameters into the find input and back; the server page and
 * the client list use the same functions, so the prefetched query is the one the list asks for.
 */
import {
  RECRUITER_PAGE_SIZES,
  ZFindRecruitersInputSchema,
  type TFindRecruitersInput,
} from "../schemas";

type ParamReader = (name: string) => string | null;

const DEFAULTS = ZFindRecruitersInputSchema.parse({});

/** Each parameter is checked on its own: a bad one falls back to its default, not an error. */
export const findInputFromParams = (read: ParamReader): TFindRecruitersInput => {
  const field = <K extends keyof TFindRecruitersInput>(
    key: K,
    raw: unknown,
  ): TFindRecruitersInput[K] => {
    const parsed = ZFindRecruitersInputSchema.safeParse({ [key]: raw });
    return parsed.success ? parsed.data[key] : DEFAULTS[key];
  };
  const number = (name: string) => {
    const raw = read(name);
    return raw !== null && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
  };
  const text = (name: string) => read(name) ?? undefined;
  return {
    q: field("q", text("q")),
    country: field("country", text("country")),
    type: field("type", text("type")),
    flag: field("flag", text("flag")),
    feePolicy: field("feePolicy", text("feePolicy")),
    status: field("status", text("status")),
    sort: field("sort", text("sort")),
    direction: field("direction", text("direction")),
    page: field("page", number("page")),
    pageSize: field("pageSize", number("pageSize")),
  };
};

/** The query string for `input`, leaving out defaults so addresses stay short. */
export const paramsFromFindInput = (input: TFindRecruitersInput): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    const fallback: unknown = Reflect.get(DEFAULTS, key);
    if (value === null || value === "" || value === fallback) continue;
    params.set(key, String(value));
  }
  return params.toString();
};

export const PAGE_SIZES = RECRUITER_PAGE_SIZES;
