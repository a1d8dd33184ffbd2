import { registerEnumType } from 'type-graphql';

export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  ORG_ADMIN = 'ORG_ADMIN',
  ANALYST = 'ANALYST',
  MEMBER = 'MEMBER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user (or API key) may do, on top of what its organization may see.',
  valuesConfig: {
    PLATFORM_ADMIN: { description: "Operates Concord: manages every organization and user (a government agency's staff)." },
    ORG_ADMIN: { description: "Manages its own organization's users and API keys." },
    ANALYST: { description: 'A government analyst (only in an agency): sees what the government may see.' },
    MEMBER: { description: 'A member of its organization.' },
  },
});
