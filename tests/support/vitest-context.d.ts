// What the integration global setup hands to every test file (see global-setup.ts).
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

export {};
