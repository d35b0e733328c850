import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Validates the configuration at build and start: a bad variable stops here with a clear list.
import "./src/env";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Packages with native or WebAssembly parts stay outside the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pino",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
  ],
  typedRoutes: false,
  headers: () =>
    Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ]),
};

export default withNextIntl(nextConfig);
