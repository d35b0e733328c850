import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { AppError } from "./app-error";
import { toAppError, userMessageFor } from "./describe-error";
import { APP_TO_TRPC_CODE } from "./to-trpc-error";

describe("error mapping", () => {
  it("gives user messages from the message files, with values", () => {
    expect(
      userMessageFor(
        new AppError("FORBIDDEN", {
          userMessageKey: "invitation.wrongAccount",
          userMessageValues: { email: "a@b.example" },
        }),
      ),
    ).toBe("This invitation is for a@b.example. Sign in with that address to accept it.");
  });

  it("falls back to the code's message for an unknown key", () => {
    expect(userMessageFor(new AppError("NOT_FOUND", { userMessageKey: "no.such.key" }))).toMatch(
      /could not find/,
    );
  });

  it("never exposes unknown errors, and maps client mistakes to 4xx codes", () => {
    expect(toAppError(new Error("database exploded")).code).toBe("INTERNAL");
    expect(toAppError(new TRPCError({ code: "BAD_REQUEST" })).code).toBe("INVALID_INPUT");
    const wrapped = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      cause: new AppError("EXPIRED"),
    });
    expect(toAppError(wrapped).code).toBe("EXPIRED");
    for (const [code, trpcCode] of Object.entries(APP_TO_TRPC_CODE)) {
      if (code !== "INTERNAL") expect(trpcCode).not.toBe("INTERNAL_SERVER_ERROR");
    }
  });
});
