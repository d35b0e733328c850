import type { Messages } from "./messages";

// Type-checks every translation key against the English catalogue.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
