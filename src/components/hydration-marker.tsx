"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`), so browser tests can
 * wait for interactive pages instead of typing into inputs React is about to take over.
 */
export const HydrationMarker = () => {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
};
