import { createTrpcRouter } from "@/server/trpc";

import { archiveSiteProcedure } from "./procedures/archive-site";
import { archiveSupplierProcedure } from "./procedures/archive-supplier";
import { checkSupplierDuplicatesProcedure } from "./procedures/check-supplier-duplicates";
import { countPendingDuplicatesProcedure } from "./procedures/count-pending-duplicates";
import { createSiteProcedure } from "./procedures/create-site";
import { createSupplierProcedure } from "./procedures/create-supplier";
import { createSupplyEdgeProcedure } from "./procedures/create-supply-edge";
import { deleteSupplyEdgeProcedure } from "./procedures/delete-supply-edge";
import { findDuplicateCandidatesProcedure } from "./procedures/find-duplicate-candidates";
import { findSuppliersProcedure } from "./procedures/find-suppliers";
import { getSupplierProcedure } from "./procedures/get-supplier";
import { mergeDuplicatesProcedure } from "./procedures/merge-duplicates";
import { rejectDuplicateProcedure } from "./procedures/reject-duplicate";
import { restoreSiteProcedure } from "./procedures/restore-site";
import { restoreSupplierProcedure } from "./procedures/restore-supplier";
import { updateSiteProcedure } from "./procedures/update-site";
import { updateSupplierProcedure } from "./procedures/update-supplier";

export const suppliersRouter = createTrpcRouter({
  findSuppliers: findSuppliersProcedure,
  getSupplier: getSupplierProcedure,
  checkSupplierDuplicates: checkSupplierDuplicatesProcedure,
  createSupplier: createSupplierProcedure,
  updateSupplier: updateSupplierProcedure,
  archiveSupplier: archiveSupplierProcedure,
  restoreSupplier: restoreSupplierProcedure,
  createSite: createSiteProcedure,
  updateSite: updateSiteProcedure,
  archiveSite: archiveSiteProcedure,
  restoreSite: restoreSiteProcedure,
  createSupplyEdge: createSupplyEdgeProcedure,
  deleteSupplyEdge: deleteSupplyEdgeProcedure,
  findDuplicateCandidates: findDuplicateCandidatesProcedure,
  countPendingDuplicates: countPendingDuplicatesProcedure,
  mergeDuplicates: mergeDuplicatesProcedure,
  rejectDuplicate: rejectDuplicateProcedure,
});
