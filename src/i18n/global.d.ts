import type en from "../../messages/en.json";

// Type-checks every translation key against the English catalogue.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
