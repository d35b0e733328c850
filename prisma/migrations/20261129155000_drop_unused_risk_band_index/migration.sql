-- Nothing reads scores by band (the supplier list uses suppliers.risk_band); the index only
-- slowed every score write, and with stale statistics the planner picked it for look-ups by
-- subject id, scanning every current score of the organisation per batch.
DROP INDEX "risk_scores_organization_id_subject_is_current_residual_ban_idx";
