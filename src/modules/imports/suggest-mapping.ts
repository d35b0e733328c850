/**
 * Proposes which column feeds which field, from the headers alone: a header equal to a field's
 * label or one of its synonyms wins; otherwise a header that contains all the words of a synonym
 * ("Annual spend (USD)" → annual spend). Each header feeds at most one field and each field
 * takes at most one header; the closest matches are assigned first. Client-safe and pure.
 */
import { fieldsOf, foldHeader, type ColumnMapping, type ImportEntity } from "./fields";

type Candidate = { field: string; header: string; score: number };

const scoreMatch = (header: string, synonym: string): number => {
  if (!synonym) return 0;
  if (header === synonym) return 1000 + synonym.length;
  // Very short synonyms ("x", "lat", "tin") only count as the whole header.
  if (synonym.length < 4) return 0;
  const headerWords = header.split(" ");
  const synonymWords = synonym.split(" ");
  if (!synonymWords.every((word) => headerWords.includes(word))) return 0;
  // More of the header explained by the synonym is a closer match.
  return 100 + synonymWords.length * 10 - (headerWords.length - synonymWords.length);
};

export const suggestMapping = ({
  entity,
  headers,
  labels,
}: {
  entity: ImportEntity;
  headers: readonly string[];
  /** Field key → its label (the export's column header), recognised like a synonym. */
  labels: Readonly<Record<string, string>>;
}): ColumnMapping => {
  const candidates: Candidate[] = [];
  const folded = headers.map((header) => ({ header, folded: foldHeader(header) }));
  for (const definition of fieldsOf(entity)) {
    const label = labels[definition.key];
    const synonyms = [...(label ? [label] : []), ...definition.synonyms].map(foldHeader);
    for (const { header, folded: foldedHeader } of folded) {
      const score = Math.max(0, ...synonyms.map((synonym) => scoreMatch(foldedHeader, synonym)));
      // The label itself (an export's own header) beats any synonym.
      const bonus = label && foldHeader(label) === foldedHeader ? 5000 : 0;
      if (score > 0) candidates.push({ field: definition.key, header, score: score + bonus });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const mapping: ColumnMapping = {};
  const usedHeaders = new Set<string>();
  for (const { field, header } of candidates) {
    if (mapping[field] !== undefined || usedHeaders.has(header)) continue;
    mapping[field] = header;
    usedHeaders.add(header);
  }
  return mapping;
};

/** The required fields of `entity` that `mapping` leaves without a column. */
export const missingRequiredFields = (entity: ImportEntity, mapping: ColumnMapping): string[] =>
  fieldsOf(entity)
    .filter((definition) => definition.required && !mapping[definition.key])
    .map((definition) => definition.key);

/**
 * What keeps a mapping from being usable: required fields without a column, and (sites) no column
 * naming the supplier.
 */
export const mappingProblems = (
  entity: ImportEntity,
  mapping: ColumnMapping,
): { missingRequired: string[]; needsSupplierReference: boolean } => ({
  missingRequired: missingRequiredFields(entity, mapping),
  needsSupplierReference:
    entity === "sites" && !mapping.supplierRegistrationId && !mapping.supplierLegalName,
});

export const isMappingComplete = (entity: ImportEntity, mapping: ColumnMapping): boolean => {
  const problems = mappingProblems(entity, mapping);
  return problems.missingRequired.length === 0 && !problems.needsSupplierReference;
};
