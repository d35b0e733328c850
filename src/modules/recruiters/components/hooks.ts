"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";

import { appErrorOf } from "@/trpc/app-error-of";
import { useTRPC } from "@/trpc/react";

export type Notice = { tone: "success" | "error"; text: string };

/** A section's last outcome: a success message, or the server's translated error. */
export const useNotice = () => {
  const tErrors = useTranslations("errors.code");
  const [notice, setNotice] = useState<Notice | null>(null);
  const succeed = useCallback((text: string) => setNotice({ tone: "success", text }), []);
  const fail = useCallback(
    (error: unknown) =>
      setNotice({ tone: "error", text: appErrorOf(error)?.userMessage ?? tErrors("INTERNAL") }),
    [tErrors],
  );
  const clear = useCallback(() => setNotice(null), []);
  return { notice, succeed, fail, clear };
};

/** Refetches every recruiters query (this page, the list, other recruiters' chains). */
export const useRefreshRecruiters = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries(trpc.recruiters.pathFilter()),
    [queryClient, trpc],
  );
};

/** `value`, once it has stopped changing for `delayMs` (search as you type, without a query per key). */
export const useDebounced = <T>(value: T, delayMs = 250): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
};
