/**
 * Turns the message of a zod issue raised by this module's schemas into a typed catalogue key,
 * so that forms (`useTranslations()`) and the importer's row report (`getTranslator()`) show the
 * same sentence. Client-safe.
 */
import common from "../../../messages/en/common.json";
import suppliers from "../../../messages/en/suppliers.json";

type SharedValidationKey = `validation.${keyof (typeof common)["validation"]}`;
type SupplierValidationKey =
  `suppliers.validation.${keyof (typeof suppliers)["suppliers"]["validation"]}`;
export type ValidationMessageKey = SharedValidationKey | SupplierValidationKey;

const isSharedKey = (key: string): key is SharedValidationKey =>
  key.startsWith("validation.") &&
  Object.hasOwn(common.validation, key.slice("validation.".length));

const isSupplierKey = (key: string): key is SupplierValidationKey =>
  key.startsWith("suppliers.validation.") &&
  Object.hasOwn(suppliers.suppliers.validation, key.slice("suppliers.validation.".length));

/** The catalogue key for an issue message; zod's own messages become "validation.invalid". */
export const validationMessageKey = (message: string): ValidationMessageKey =>
  isSharedKey(message) || isSupplierKey(message) ? message : "validation.invalid";

export type FieldMessageKeys = Record<string, ValidationMessageKey | undefined>;

/** The first message key per top-level field. */
export const fieldMessageKeys = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldMessageKeys => {
  const keys: FieldMessageKeys = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    keys[field] ??= validationMessageKey(issue.message);
  }
  return keys;
};
