import { createTrpcRouter } from "@/server/trpc";

import { addCorridorProcedure } from "./procedures/add-corridor";
import { addLicenceProcedure } from "./procedures/add-licence";
import { addSubAgentProcedure } from "./procedures/add-sub-agent";
import { archiveRecruiterProcedure } from "./procedures/archive-recruiter";
import { createRecruiterProcedure } from "./procedures/create-recruiter";
import { findRecruitersProcedure } from "./procedures/find-recruiters";
import { getRecruiterProcedure } from "./procedures/get-recruiter";
import { linkSiteProcedure } from "./procedures/link-site";
import { removeCorridorProcedure } from "./procedures/remove-corridor";
import { removeLicenceProcedure } from "./procedures/remove-licence";
import { removeSubAgentProcedure } from "./procedures/remove-sub-agent";
import { restoreRecruiterProcedure } from "./procedures/restore-recruiter";
import { searchSitesProcedure } from "./procedures/search-sites";
import { unlinkSiteProcedure } from "./procedures/unlink-site";
import { updateLicenceProcedure } from "./procedures/update-licence";
import { updateRecruiterProcedure } from "./procedures/update-recruiter";
import { updateSiteLinkProcedure } from "./procedures/update-site-link";

export const recruitersRouter = createTrpcRouter({
  findRecruiters: findRecruitersProcedure,
  getRecruiter: getRecruiterProcedure,
  createRecruiter: createRecruiterProcedure,
  updateRecruiter: updateRecruiterProcedure,
  archiveRecruiter: archiveRecruiterProcedure,
  restoreRecruiter: restoreRecruiterProcedure,
  addLicence: addLicenceProcedure,
  updateLicence: updateLicenceProcedure,
  removeLicence: removeLicenceProcedure,
  addCorridor: addCorridorProcedure,
  removeCorridor: removeCorridorProcedure,
  searchSites: searchSitesProcedure,
  linkSite: linkSiteProcedure,
  updateSiteLink: updateSiteLinkProcedure,
  unlinkSite: unlinkSiteProcedure,
  addSubAgent: addSubAgentProcedure,
  removeSubAgent: removeSubAgentProcedure,
});
