// Who sees webhook endpoints and notifications. Declared in the module's manifest and reached through `policy`.
import { Role } from '../../core/identity';
import { ALL, NONE, type Condition } from '../../core/policy';
import { hasRole, isClearinghouseAnalyst, isPlatformAdmin, type Viewer } from '../../core/viewer';

/** Platform admins and clearinghouse analysts (who operate delivery) see, and may resend, every notification. */
export const seesEveryNotification = (viewer: Viewer) =>
  isPlatformAdmin(viewer) || (isClearinghouseAnalyst(viewer) && hasRole(viewer, Role.ANALYST));

export const notificationsPolicy = {
  /** Webhook endpoints: platform admins, and the organization's own admins. Nobody else knows they exist. */
  webhookEndpoint(viewer: Viewer, alias: string): Condition {
    if (isPlatformAdmin(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId || !hasRole(viewer, Role.ORG_ADMIN)) return NONE;
    return { sql: `${alias}.organization_id = :pv_hook_org`, params: { pv_hook_org: viewer.organizationId } };
  },

  /**
   * Notifications: platform admins and clearinghouse analysts (who operate delivery) see every one; an
   * organization's admins see their organization's; a person sees the emails sent to them.
   */
  notification(viewer: Viewer, alias: string): Condition {
    if (seesEveryNotification(viewer)) return ALL;
    if (!viewer.authenticated || !viewer.organizationId) return NONE;
    if (hasRole(viewer, Role.ORG_ADMIN))
      return { sql: `${alias}.organization_id = :pv_note_org`, params: { pv_note_org: viewer.organizationId } };
    if (viewer.userId) return { sql: `${alias}.user_id = :pv_note_user`, params: { pv_note_user: viewer.userId } };
    return NONE;
  },
};

declare module '../../core/policy' {
  interface PolicyRules {
    webhookEndpoint: (typeof notificationsPolicy)['webhookEndpoint'];
    notification: (typeof notificationsPolicy)['notification'];
  }
}
