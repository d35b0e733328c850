import { createTrpcRouter } from "@/server/trpc";

import { acceptInvitationProcedure } from "./procedures/accept-invitation";
import { createOrganizationProcedure } from "./procedures/create-organization";
import { getInvitationProcedure } from "./procedures/get-invitation";
import { getMeProcedure } from "./procedures/get-me";
import { getOrganizationProcedure } from "./procedures/get-organization";
import { inviteMemberProcedure } from "./procedures/invite-member";
import { leaveOrganizationProcedure } from "./procedures/leave-organization";
import { listInvitationsProcedure } from "./procedures/list-invitations";
import { listMembersProcedure } from "./procedures/list-members";
import { listMyOrganizationsProcedure } from "./procedures/list-my-organizations";
import { removeMemberProcedure } from "./procedures/remove-member";
import { revokeInvitationProcedure } from "./procedures/revoke-invitation";
import { signUpProcedure } from "./procedures/sign-up";
import { switchOrganizationProcedure } from "./procedures/switch-organization";
import { updateMemberRoleProcedure } from "./procedures/update-member-role";
import { updateOrganizationProcedure } from "./procedures/update-organization";

export const identityRouter = createTrpcRouter({
  signUp: signUpProcedure,
  getMe: getMeProcedure,
  getInvitation: getInvitationProcedure,
  acceptInvitation: acceptInvitationProcedure,
  listMyOrganizations: listMyOrganizationsProcedure,
  createOrganization: createOrganizationProcedure,
  switchOrganization: switchOrganizationProcedure,
  getOrganization: getOrganizationProcedure,
  updateOrganization: updateOrganizationProcedure,
  leaveOrganization: leaveOrganizationProcedure,
  listMembers: listMembersProcedure,
  updateMemberRole: updateMemberRoleProcedure,
  removeMember: removeMemberProcedure,
  inviteMember: inviteMemberProcedure,
  listInvitations: listInvitationsProcedure,
  revokeInvitation: revokeInvitationProcedure,
});
