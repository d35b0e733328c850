/**
 * Validated input → the columns written on every save, including the ones derived from it
 * (normalized name and website domain, so duplicate detection always sees current values).
 */
import { normalizeCompanyName, normalizeWebsiteDomain } from "./normalize";

import type { TSupplierInput } from "../schemas";

export const supplierColumns = (input: TSupplierInput) => ({
  legalName: input.legalName,
  normalizedName: normalizeCompanyName(input.legalName),
  otherNames: input.otherNames,
  registrationId: input.registrationId,
  country: input.country,
  address: input.address,
  website: input.website,
  websiteDomain: normalizeWebsiteDomain(input.website),
  sectorSection: input.sectorSection,
  sectorDivision: input.sectorDivision,
  products: input.products,
  annualSpendAmount: input.annualSpendAmount,
  annualSpendCurrency: input.annualSpendCurrency,
  relationshipOwner: input.relationshipOwner,
  status: input.status,
  isDirect: input.isDirect,
});
