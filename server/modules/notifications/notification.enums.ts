import { registerEnumType } from 'type-graphql';

export enum NotificationChannel {
  WEBHOOK = 'WEBHOOK',
  EMAIL = 'EMAIL',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'How a notification travels.',
  valuesConfig: {
    WEBHOOK: { description: 'A signed HTTPS POST to an endpoint an organization registered.' },
    EMAIL: { description: 'An email to a person (SMTP).' },
  },
});

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
  SUPPRESSED = 'SUPPRESSED',
  DIGEST = 'DIGEST',
}
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'Where a notification stands.',
  valuesConfig: {
    PENDING: { description: 'Queued; not attempted yet.' },
    SENDING: { description: 'Being sent now.' },
    RETRYING: { description: 'An attempt failed; it is tried again with exponential backoff and jitter.' },
    DELIVERED: { description: 'The receiver accepted it (a 2xx answer, or the mail server took it).' },
    DEAD: {
      description:
        'Every attempt failed for over a day (the dead-letter state); `retryNotification` sends it again, with the same id.',
    },
    SUPPRESSED: {
      description:
        'Not sent: when it was due, its target could no longer see the subject (visibility, embargo, revocation), the credential or person was gone, or the endpoint was disabled.',
    },
    DIGEST: { description: "Waiting for the person's daily digest email." },
  },
});

export enum NotificationMode {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}
registerEnumType(NotificationMode, {
  name: 'NotificationMode',
  description: 'How a person wants the email of one notification kind.',
  valuesConfig: {
    IMMEDIATELY: { description: 'One email as soon as it happens.' },
    DAILY_DIGEST: { description: 'Collected into one email a day.' },
    OFF: { description: 'No email (webhooks of the organization are not affected).' },
  },
});

export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint receives notifications.',
  valuesConfig: {
    ACTIVE: { description: 'Receives the kinds it subscribed to.' },
    DISABLED: { description: 'Receives nothing: disabled by an admin, or after failing for days.' },
  },
});
