import { registerEnumType } from 'type-graphql';

/** Traffic Light Protocol 2.0 markings. Who may see each is decided by the modules' visibility rules (`<module>.policy.ts`, core/policy.ts). */
export enum Marking {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}
registerEnumType(Marking, {
  name: 'Marking',
  description: 'Traffic Light Protocol (TLP 2.0) marking: who may see the information.',
  valuesConfig: {
    CLEAR: { description: 'TLP:CLEAR: anyone, including the public.' },
    GREEN: { description: 'TLP:GREEN: the community (anyone signed in).' },
    AMBER: { description: 'TLP:AMBER: the targeted organizations, the reporter and the government.' },
    AMBER_STRICT: { description: 'TLP:AMBER+STRICT: the targeted organization itself and the government originator.' },
    RED: { description: 'TLP:RED: named individuals only.' },
  },
});
