// One linter for the whole repository: typescript-eslint (type-aware), React hooks, Next.js.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      "src/generated/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression > TSAsExpression[typeAnnotation.type='TSUnknownKeyword']",
          message: "Double casts (`as unknown as`) hide type errors; validate with zod instead.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // Configuration is read and validated in one place: src/env.ts.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Import `env` from '@/env' instead." },
      ],
      // Full reloads are used on purpose after the session changes organisation (switch, accept,
      // leave, sign-in), so that no page or cached query of the previous organisation survives.
      "@next/next/no-location-assign-relative-destination": "off",
      // Client-side event handlers return promises on purpose (forms, mutations).
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // env.ts validates configuration; instrumentation.ts reads NEXT_RUNTIME, which Next.js sets.
    files: ["src/env.ts", "src/instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Module augmentation (next-intl's AppConfig) only works with interfaces.
    files: ["**/*.d.ts"],
    rules: { "@typescript-eslint/consistent-type-definitions": "off" },
  },
  {
    // next-auth 4 types its App Router handler as `any`; the route only re-exports it.
    files: ["src/app/api/auth/**/route.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
