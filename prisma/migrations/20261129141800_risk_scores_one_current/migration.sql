-- At most one current score per subject, enforced by the database (a recomputation that raced
-- another fails rather than leaving two "current" explanations). Checked at commit, because one
-- statement retires the old current row and inserts the new one. Its index is also how
-- recomputations find the current scores they compare against.
-- Partial constraints cannot be declared in the Prisma schema; see the note on RiskScore.
ALTER TABLE "risk_scores" ADD CONSTRAINT "risk_scores_one_current"
  EXCLUDE USING btree ("organization_id" WITH =, "subject" WITH =, "subject_id" WITH =)
  WHERE ("is_current") DEFERRABLE INITIALLY DEFERRED;

-- A digest of the score and its explanation: a recomputation compares digests, and sends the
-- full explanation only for the subjects whose score or explanation changed.
ALTER TABLE "risk_scores" ADD COLUMN "fingerprint" TEXT;

-- Explanations are written in bulk and read whole, never queried inside: `json` stores the text
-- as sent (about twice as fast to write as `jsonb`, which parses into a tree).
ALTER TABLE "risk_scores" ALTER COLUMN "factors" TYPE JSON, ALTER COLUMN "unknowns" TYPE JSON;
