-- Each supplier's current residual score and band move from `suppliers` to a narrow table of
-- their own. A whole-organisation recomputation rewrites them for every supplier whose score
-- changed; on `suppliers` each of those writes was a new version of a wide row through all of
-- the table's indexes (trigram index included), about a third of a run's database time, and it
-- left the table that every supplier page reads bloated. The explanation stays in risk_scores.

-- CreateTable
CREATE TABLE "supplier_current_risks" (
    "supplier_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "risk_score" SMALLINT NOT NULL,
    "risk_band" "risk_band" NOT NULL,

    CONSTRAINT "supplier_current_risks_pkey" PRIMARY KEY ("supplier_id")
);

-- CreateIndex
CREATE INDEX "supplier_current_risks_organization_id_risk_band_risk_score_idx" ON "supplier_current_risks"("organization_id", "risk_band", "risk_score");

-- CreateIndex
CREATE INDEX "supplier_current_risks_organization_id_risk_score_idx" ON "supplier_current_risks"("organization_id", "risk_score");

-- AddForeignKey
ALTER TABLE "supplier_current_risks" ADD CONSTRAINT "supplier_current_risks_supplier_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplier_current_risks" ADD CONSTRAINT "supplier_current_risks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep every score already computed.
INSERT INTO "supplier_current_risks" ("supplier_id", "organization_id", "risk_score", "risk_band")
SELECT "id", "organization_id", "risk_score", "risk_band" FROM "suppliers"
WHERE "risk_score" IS NOT NULL AND "risk_band" IS NOT NULL;

-- DropIndex
DROP INDEX "suppliers_organization_id_risk_band_risk_score_idx";

-- AlterTable
ALTER TABLE "suppliers" DROP COLUMN "risk_band",
DROP COLUMN "risk_score";
