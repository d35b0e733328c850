/**
 * How two records of the same company become one (pure, unit-tested): the survivor keeps every
 * value it has; its blanks are filled from the other record; names and products are combined.
 * Used when a new supplier exactly matches an existing one and when a reviewer merges a pair.
 */

export type CombinableSupplier = {
  legalName: string;
  otherNames: string[];
  registrationId: string | null;
  address: string | null;
  website: string | null;
  sectorSection: string | null;
  sectorDivision: string | null;
  products: string[];
  annualSpendAmount: string | null;
  annualSpendCurrency: string | null;
  relationshipOwner: string | null;
};

export type CombinedFields = Omit<CombinableSupplier, "legalName">;

/** Keeps the first spelling of each value, compared case-insensitively; drops `exclude`. */
export const unionIgnoringCase = (values: string[], exclude: string[] = []): string[] => {
  const seen = new Set(exclude.map((value) => value.trim().toLocaleLowerCase()));
  const kept: string[] = [];
  for (const value of values) {
    const key = value.trim().toLocaleLowerCase();
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    kept.push(value.trim());
  }
  return kept;
};

export const combineSuppliers = ({
  survivor,
  other,
}: {
  survivor: CombinableSupplier;
  other: CombinableSupplier;
}): CombinedFields => {
  // Pairs are filled together, so a sector division never lands under another section and an
  // amount never gets another record's currency.
  const sector =
    survivor.sectorSection === null
      ? { sectorSection: other.sectorSection, sectorDivision: other.sectorDivision }
      : {
          sectorSection: survivor.sectorSection,
          sectorDivision:
            survivor.sectorDivision ??
            (other.sectorSection === survivor.sectorSection ? other.sectorDivision : null),
        };
  const spend =
    survivor.annualSpendAmount === null
      ? {
          annualSpendAmount: other.annualSpendAmount,
          annualSpendCurrency: other.annualSpendCurrency,
        }
      : {
          annualSpendAmount: survivor.annualSpendAmount,
          annualSpendCurrency: survivor.annualSpendCurrency,
        };
  return {
    otherNames: unionIgnoringCase(
      [...survivor.otherNames, other.legalName, ...other.otherNames],
      [survivor.legalName],
    ),
    products: unionIgnoringCase([...survivor.products, ...other.products]),
    registrationId: survivor.registrationId ?? other.registrationId,
    address: survivor.address ?? other.address,
    website: survivor.website ?? other.website,
    relationshipOwner: survivor.relationshipOwner ?? other.relationshipOwner,
    ...sector,
    ...spend,
  };
};
