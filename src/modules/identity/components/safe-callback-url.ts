/**
 * Only same-site paths are allowed as post-sign-in destinations (no open redirect).
 */
export const safeCallbackUrl = (value: string | null | undefined, fallback = "/"): string =>
  value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : fallback;
