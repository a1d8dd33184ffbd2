// Demo data that tells the order's story: the agencies, a handful of frontier developers and their models,
// a few hundred critical-infrastructure recipients (fictional names) and users for every role.
// Loaded set-based, once, into an empty database.
import { DEV_AUDIT_KEY } from '../config';
import { createHmac } from 'node:crypto';
import { SecretBox } from '../modules/notifications/signing';
import { seedKevCatalog } from '../modules/kev/kev.service';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../core/clock';
import { DAY_MS } from '../core/clock';
import { Agency } from '../modules/organizations/agency.entity';
import { Developer } from '../modules/organizations/developer.entity';
import { Recipient } from '../modules/organizations/recipient.entity';
import {
  AgencyCapability as Cap,
  OrganizationKind,
  Participation,
  RecipientType,
  Sector,
  SizeTier,
} from '../modules/organizations/organization.enums';
import { FrontierModel } from '../modules/models/frontier-model.entity';
import { User } from '../modules/users/user.entity';
import { Role } from '../modules/users/role.enum';
import { Marking } from '../core/marking';
import { TimelineEvent } from '../core/timeline-event.entity';
import { Designation } from '../modules/designations/designation.entity';
import { BenchmarkResult } from '../modules/designations/benchmark-result.entity';
import { DesignationResponse } from '../modules/designations/designation-response.entity';
import { DesignationBasis, DesignationStatus, ResponsePosition } from '../modules/designations/designation.enums';
import { ReviewWindow } from '../modules/review-windows/review-window.entity';
import { ReviewFinding } from '../modules/review-windows/review-finding.entity';
import { FindingSeverity, FindingStatus, ReviewWindowStatus } from '../modules/review-windows/review-window.enums';
import { ClearinghouseEntry } from '../modules/clearinghouse/entry.entity';
import {
  EntryStatus,
  IdentifierType,
  PUBLISHED_STATUSES,
  RemediationCategory,
} from '../modules/clearinghouse/entry.enums';
import { scoreCvss, severityFor } from '../modules/clearinghouse/cvss';
import { Advisory } from '../modules/advisories/advisory.entity';
import { AdvisoryPriority, AdvisoryStatus } from '../modules/advisories/advisory.enums';
import { DefenseTool } from '../modules/defense-tools/defense-tool.entity';
import { Directive } from '../modules/directives/directive.entity';
import { DirectiveKind, DirectiveStatus } from '../modules/directives/directive.enums';
import { Milestone } from '../modules/milestones/milestone.entity';
import { HiringInitiative } from '../modules/workforce/hiring-initiative.entity';
import {
  HiringAuthority,
  STAGE_ALLOTMENT_DAYS,
  STAGE_ORDER,
  STAGE_COLUMN,
  SystemPriority,
} from '../modules/workforce/workforce.enums';

/** A small deterministic PRNG so the demo data is the same on every machine. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES: Array<[string, string, string, Cap[]]> = [
  ['National Security Agency', 'nsa', 'NSA', [Cap.DESIGNATION_AUTHORITY, Cap.CLEARINGHOUSE_OPERATOR]],
  [
    'Cybersecurity and Infrastructure Security Agency',
    'cisa',
    'CISA',
    [Cap.CLEARINGHOUSE_OPERATOR, Cap.DIRECTIVE_ISSUER],
  ],
  ['Department of the Treasury', 'treasury', 'TREASURY', [Cap.CLEARINGHOUSE_OPERATOR]],
  ['Office of Management and Budget', 'omb', 'OMB', [Cap.DIRECTIVE_ISSUER, Cap.WORKFORCE_AUTHORITY]],
  ['Office of Personnel Management', 'opm', 'OPM', [Cap.WORKFORCE_AUTHORITY]],
  ['National Institute of Standards and Technology', 'nist', 'NIST', []],
  ['Department of the Interior', 'interior', 'DOI', [Cap.FEDERAL_CIVILIAN]],
  ['Department of Education', 'education', 'ED', [Cap.FEDERAL_CIVILIAN]],
  ['Small Business Administration', 'sba', 'SBA', [Cap.FEDERAL_CIVILIAN]],
];

const DEVELOPERS: Array<[string, string, Participation, string[]]> = [
  ['Atlas AI', 'atlas-ai', Participation.ENROLLED, ['Atlas', 'Atlas Coder']],
  ['Meridian Labs', 'meridian-labs', Participation.ENROLLED, ['Meridian', 'Meridian Mini']],
  ['Northstar Intelligence', 'northstar', Participation.ENROLLED, ['Polaris']],
  ['Cobalt Systems', 'cobalt-systems', Participation.INVITED, ['Cobalt-R']],
  ['Helix Research', 'helix-research', Participation.WITHDRAWN, ['Helix']],
];

const STATES: Record<string, string[]> = {
  OH: ['Adams', 'Athens', 'Gallia', 'Meigs', 'Pike', 'Vinton', 'Holmes', 'Monroe'],
  PA: ['Potter', 'Sullivan', 'Fulton', 'Forest', 'Cameron', 'Juniata'],
  WV: ['Pocahontas', 'Tucker', 'Webster', 'Calhoun'],
  KY: ['Owsley', 'Wolfe', 'Lee', 'Elliott'],
  IA: ['Adams', 'Taylor', 'Ringgold', 'Wayne'],
  NE: ['Custer', 'Cherry', 'Holt'],
  KS: ['Ness', 'Gove', 'Trego'],
  MT: ['Garfield', 'Petroleum', 'Treasure'],
  NM: ['Catron', 'Harding', 'Mora'],
  GA: ['Taliaferro', 'Quitman', 'Echols'],
};

const KINDS: Array<{ type: RecipientType; sector: Sector; names: string[] }> = [
  {
    type: RecipientType.HOSPITAL,
    sector: Sector.HEALTHCARE_AND_PUBLIC_HEALTH,
    names: ['Community Hospital', 'Memorial Hospital', 'Critical Access Hospital', 'Regional Medical Center'],
  },
  {
    type: RecipientType.COMMUNITY_BANK,
    sector: Sector.FINANCIAL_SERVICES,
    names: ['Farmers Bank', 'Savings Bank', 'Community Credit Union', 'State Bank'],
  },
  {
    type: RecipientType.LOCAL_UTILITY,
    sector: Sector.WATER_AND_WASTEWATER_SYSTEMS,
    names: ['Water District', 'Water and Sewer Authority'],
  },
  {
    type: RecipientType.LOCAL_UTILITY,
    sector: Sector.ENERGY,
    names: ['Rural Electric Cooperative', 'Public Power District'],
  },
  {
    type: RecipientType.STATE_LOCAL_GOVERNMENT,
    sector: Sector.GOVERNMENT_SERVICES_AND_FACILITIES,
    names: ['Emergency Management Agency', '911 Communications Center'],
  },
];

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);

export async function seedDemoData(db: DataSource, clock: Clock, auditKey = DEV_AUDIT_KEY): Promise<boolean> {
  return db.transaction(async (m) => {
    // Replicas starting together: one loads the data, the others wait here and then find it loaded.
    await m.query('SELECT pg_advisory_xact_lock(7340004)');
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM organization');
    if (n > 0) return false;
    await loadDemo(m, clock);
    await seedNotifications(m, clock.now(), auditKey);
    return true;
  });
}

async function loadDemo(m: EntityManager, clock: Clock) {
  const rand = prng(14409);
  const now = clock.now().getTime();
  const agencies = await m.save(
    AGENCIES.map(([name, slug, acronym, capabilities]) => m.create(Agency, { name, slug, acronym, capabilities })),
  );
  const developers = await m.save(
    DEVELOPERS.map(([name, slug, participation]) =>
      m.create(Developer, {
        name,
        slug,
        website: `https://${slug}.example`,
        participation,
        enrolledAt: participation === Participation.ENROLLED ? new Date(now - 120 * DAY_MS) : null,
      }),
    ),
  );
  const models: Partial<FrontierModel>[] = [];
  developers.forEach((dev, i) => {
    DEVELOPERS[i][3].forEach((name, j) => {
      models.push({
        developerId: dev.id,
        name,
        modelVersion: `${4 + j}.0`,
        description: `${name}, a general-purpose frontier model by ${dev.name}.`,
        releasedAt: new Date(now - (200 + 40 * j) * DAY_MS),
      });
      models.push({
        developerId: dev.id,
        name,
        modelVersion: `${5 + j}.0`,
        description: `The next ${name}, in pre-release evaluation.`,
        plannedReleaseAt: new Date(now + (20 + 15 * i + 10 * j) * DAY_MS),
      });
    });
  });
  const modelRows = await m.save(models.map((x) => m.create(FrontierModel, x)));

  const recipients: Partial<Recipient>[] = [];
  const seen = new Set<string>();
  for (const [state, counties] of Object.entries(STATES)) {
    for (const county of counties) {
      for (const kind of KINDS) {
        const count = kind.type === RecipientType.STATE_LOCAL_GOVERNMENT ? 1 : 1 + Math.floor(rand() * 2);
        for (let k = 0; k < count; k++) {
          const base = `${county} County ${kind.names[Math.floor(rand() * kind.names.length)]}`;
          const name = k === 0 ? base : `${base} ${['North', 'South', 'East', 'West'][k % 4]}`;
          const slug = slugify(`${name}-${state}`);
          if (seen.has(slug)) continue;
          seen.add(slug);
          const r = rand();
          recipients.push({
            name,
            slug,
            recipientType: kind.type,
            sector: kind.sector,
            state,
            county,
            rural: r < 0.8,
            sizeTier: r < 0.6 ? SizeTier.SMALL : r < 0.9 ? SizeTier.MEDIUM : SizeTier.LARGE,
          });
        }
      }
    }
  }
  // The recipient that the README's token example signs in as.
  recipients.push({
    name: 'Mercy Rural Hospital',
    slug: 'mercy-rural-oh',
    recipientType: RecipientType.HOSPITAL,
    sector: Sector.HEALTHCARE_AND_PUBLIC_HEALTH,
    state: 'OH',
    county: 'Meigs',
    rural: true,
    sizeTier: SizeTier.SMALL,
  });
  const inserted = await m
    .createQueryBuilder()
    .insert()
    .into(Recipient)
    .values(recipients.map((r) => m.create(Recipient, r)))
    .returning(['id', 'slug'])
    .execute();
  const recipientBySlug = new Map((inserted.raw as { id: string; slug: string }[]).map((r) => [r.slug, r.id]));

  const agencyId = (slug: string) => agencies.find((a) => a.slug === slug)!.id;
  const devId = (slug: string) => developers.find((d) => d.slug === slug)!.id;
  const users: Partial<User>[] = [
    {
      email: 'admin@cisa.gov',
      name: 'Dana Whitfield',
      organizationId: agencyId('cisa'),
      roles: [Role.PLATFORM_ADMIN, Role.ANALYST],
    },
    { email: 'analyst@cisa.gov', name: 'Marcus Reyes', organizationId: agencyId('cisa'), roles: [Role.ANALYST] },
    { email: 'analyst@nsa.gov', name: 'Priya Raman', organizationId: agencyId('nsa'), roles: [Role.ANALYST] },
    {
      email: 'analyst@treasury.gov',
      name: 'Helen Ostrowski',
      organizationId: agencyId('treasury'),
      roles: [Role.ANALYST],
    },
    { email: 'policy@omb.gov', name: 'Grant Holloway', organizationId: agencyId('omb'), roles: [Role.ANALYST] },
    { email: 'analyst@opm.gov', name: 'Celia Navarro', organizationId: agencyId('opm'), roles: [Role.ANALYST] },
    // NIST consults but holds no government capability in Concord: its staff are members, not analysts.
    { email: 'scientist@nist.gov', name: 'Wen Li', organizationId: agencyId('nist'), roles: [Role.MEMBER] },
    {
      email: 'security@interior.gov',
      name: 'Ruth Calloway',
      organizationId: agencyId('interior'),
      roles: [Role.ORG_ADMIN, Role.MEMBER],
    },
    { email: 'ciso@ed.gov', name: 'Tomas Avila', organizationId: agencyId('education'), roles: [Role.MEMBER] },
    {
      email: 'dev@atlas-ai.example',
      name: 'Jordan Park',
      organizationId: devId('atlas-ai'),
      roles: [Role.ORG_ADMIN, Role.MEMBER],
    },
    { email: 'safety@atlas-ai.example', name: 'Amara Okafor', organizationId: devId('atlas-ai'), roles: [Role.MEMBER] },
    {
      email: 'dev@meridian-labs.example',
      name: 'Sam Lindqvist',
      organizationId: devId('meridian-labs'),
      roles: [Role.ORG_ADMIN, Role.MEMBER],
    },
    {
      email: 'dev@northstar.example',
      name: 'Ilana Cohen',
      organizationId: devId('northstar'),
      roles: [Role.ORG_ADMIN, Role.MEMBER],
    },
    {
      email: 'it@mercy-rural-oh.example',
      name: 'Bev Trautman',
      organizationId: recipientBySlug.get('mercy-rural-oh')!,
      roles: [Role.ORG_ADMIN, Role.MEMBER],
    },
  ];
  const firstOf = (type: RecipientType, sector: Sector) =>
    recipients.find((r) => r.recipientType === type && r.sector === sector)!;
  for (const [type, sector, email, name] of [
    [RecipientType.COMMUNITY_BANK, Sector.FINANCIAL_SERVICES, 'security@farmers-bank.example', 'Carl Jensen'],
    [RecipientType.LOCAL_UTILITY, Sector.WATER_AND_WASTEWATER_SYSTEMS, 'ops@water-district.example', 'Luz Ortega'],
    [RecipientType.LOCAL_UTILITY, Sector.ENERGY, 'it@rural-electric.example', 'Dale Moore'],
  ] as const) {
    users.push({
      email,
      name,
      organizationId: recipientBySlug.get(firstOf(type, sector).slug!)!,
      roles: [Role.ORG_ADMIN, Role.MEMBER],
    });
  }
  const userRows = await m.save(users.map((u) => m.create(User, u)));
  const entryRows = await seedEntries(m, now, {
    reporters: [devId('atlas-ai'), devId('meridian-labs'), devId('northstar'), agencyId('nsa'), agencyId('cisa')],
    atlasModel: modelRows.find((x) => x.developerId === devId('atlas-ai'))!.id,
  });
  await seedAdvisories(m, now, { cisa: agencyId('cisa'), entries: entryRows, atlas: devId('atlas-ai') });
  // CISA's real KEV catalog (data/kev/, 1,404 entries), imported set-based as CISA's analyst.
  const cisaAnalyst = userRows.find((u) => u.email === 'analyst@cisa.gov')!;
  await seedKevCatalog(
    m,
    {
      authenticated: true,
      userId: cisaAnalyst.id,
      organizationId: agencyId('cisa'),
      organizationKind: OrganizationKind.GOVERNMENT_AGENCY,
      capabilities: [Cap.CLEARINGHOUSE_OPERATOR, Cap.DIRECTIVE_ISSUER],
      roles: [Role.ANALYST],
    },
    new Date(now),
  );
  await seedDirectivesAndMilestones(m, { agencyId, entries: entryRows });
  await seedWorkforce(m, now, agencyId);
  await seedDesignations(m, now, {
    nsa: agencies.find((a) => a.slug === 'nsa')!,
    cisa: agencies.find((a) => a.slug === 'cisa')!,
    model: (dev: string, name: string, version: string) =>
      modelRows.find((x) => x.developerId === devId(dev) && x.name === name && x.modelVersion === version)!,
    user: (email: string) => userRows.find((u) => u.email === email)!,
  });
}

interface DemoCast {
  nsa: Agency;
  cisa: Agency;
  model(dev: string, name: string, version: string): FrontierModel;
  user(email: string): User;
}

/** A model in each coverage state, and an open review window with findings. */
async function seedDesignations(m: EntityManager, now: number, c: DemoCast) {
  const day = (d: number) => new Date(now + d * DAY_MS);
  const event = (
    subjectType: string,
    subjectId: string,
    at: Date,
    action: string,
    fromStatus: string | null,
    toStatus: string,
    actor: User,
    extra: Partial<TimelineEvent> = {},
  ) =>
    m.create(TimelineEvent, {
      subjectType,
      subjectId,
      at,
      action,
      fromStatus,
      toStatus,
      actorUserId: actor.id,
      actorOrganizationId: actor.organizationId,
      note: null,
      governmentOnly: false,
      ...extra,
    });
  const analyst = c.user('analyst@nsa.gov');
  const atlasDev = c.user('dev@atlas-ai.example');

  // Atlas 5.0: covered after the developer contested.
  const atlas = c.model('atlas-ai', 'Atlas', '5.0');
  const covered = await m.save(
    m.create(Designation, {
      modelId: atlas.id,
      basis: DesignationBasis.DEVELOPER_REQUEST,
      leadAgencyId: c.nsa.id,
      status: DesignationStatus.COVERED,
      question: 'Does the order cover Atlas 5?',
      proposedAt: day(-30),
      developerNotifiedAt: day(-29),
      decidedAt: day(-10),
      rationale: 'Exceeds the exploit-development threshold on two suites.',
    }),
  );
  await m.save(
    m.create(BenchmarkResult, {
      designationId: covered.id,
      suite: 'CyberEval-Exploit',
      suiteVersion: '2.1',
      score: 0.81,
      threshold: 0.6,
      evaluatedAt: day(-32),
      classifiedReference: 'NSA-CR-2026-118',
    }),
  );
  await m.save(
    m.create(DesignationResponse, {
      designationId: covered.id,
      position: ResponsePosition.CONTEST,
      arguments: 'The harness allowed tools beyond the release configuration.',
      submittedAt: day(-20),
      submittedById: atlasDev.id,
    }),
  );
  await m.save([
    event('Designation', covered.id, day(-40), 'create', null, 'OPEN', atlasDev),
    event('Designation', covered.id, day(-32), 'recordBenchmarkResult', 'OPEN', 'BENCHMARKING', analyst, {
      governmentOnly: true,
    }),
    event('Designation', covered.id, day(-30), 'proposeCovered', 'BENCHMARKING', 'PROPOSED_COVERED', analyst),
    event('Designation', covered.id, day(-29), 'notifyDeveloper', 'PROPOSED_COVERED', 'PROPOSED_COVERED', analyst),
    event('Designation', covered.id, day(-20), 'respond', 'PROPOSED_COVERED', 'PROPOSED_COVERED', atlasDev),
    event('Designation', covered.id, day(-10), 'decideCovered', 'PROPOSED_COVERED', 'COVERED', analyst),
  ]);
  // ... with an open pre-release review window and findings.
  const planned = atlas.plannedReleaseAt!;
  const window = await m.save(
    m.create(ReviewWindow, {
      modelId: atlas.id,
      plannedReleaseAt: planned,
      accessStartsAt: new Date(planned.getTime() - 25 * DAY_MS),
      status: ReviewWindowStatus.ACCESS_GRANTED,
      reviewingAgencyIds: [c.nsa.id, c.cisa.id],
      accessTerms: {
        confidentiality: 'Need-to-know; nothing leaves the enclave.',
        intellectualProperty: 'Weights stay with the developer.',
        insiderRisk: 'Cleared reviewers; sessions logged.',
        isolatedEnvironment: true,
      },
    }),
  );
  await m.save([
    m.create(ReviewFinding, {
      windowId: window.id,
      filedByAgencyId: c.nsa.id,
      filedByUserId: analyst.id,
      title: 'Autonomous exploit chaining',
      category: 'exploit development',
      severity: FindingSeverity.HIGH,
      description: 'Chains two memory-safety bugs without guidance.',
      status: FindingStatus.ACKNOWLEDGED,
      marking: Marking.AMBER_STRICT,
    }),
    m.create(ReviewFinding, {
      windowId: window.id,
      filedByAgencyId: c.cisa.id,
      filedByUserId: c.user('analyst@cisa.gov').id,
      title: 'ICS protocol fuzzing',
      category: 'vulnerability discovery',
      severity: FindingSeverity.MEDIUM,
      description: 'Finds crashes in Modbus stacks used by small water utilities.',
      status: FindingStatus.SHARED,
      marking: Marking.AMBER,
    }),
  ]);

  // Meridian 6.0: proposed covered, developer notified, response due.
  const meridian = c.model('meridian-labs', 'Meridian', '5.0');
  await m.save(
    m.create(Designation, {
      modelId: meridian.id,
      basis: DesignationBasis.BENCHMARK_SCREENING,
      leadAgencyId: c.nsa.id,
      status: DesignationStatus.PROPOSED_COVERED,
      proposedAt: day(-3),
      developerNotifiedAt: day(-3),
    }),
  );
  // Polaris 5.0: determined not covered.
  const polaris = c.model('northstar', 'Polaris', '5.0');
  await m.save(
    m.create(Designation, {
      modelId: polaris.id,
      basis: DesignationBasis.AGENCY_INITIATIVE,
      leadAgencyId: c.nsa.id,
      status: DesignationStatus.NOT_COVERED,
      proposedAt: day(-60),
      developerNotifiedAt: day(-60),
      decidedAt: day(-40),
      rationale: 'Below every threshold.',
    }),
  );
  // Cobalt-R 5.0: a confidential screening the developer has not been told about.
  const cobalt = c.model('cobalt-systems', 'Cobalt-R', '5.0');
  await m.save(
    m.create(Designation, {
      modelId: cobalt.id,
      basis: DesignationBasis.BENCHMARK_SCREENING,
      leadAgencyId: c.nsa.id,
      status: DesignationStatus.BENCHMARKING,
    }),
  );
}

const FLAWS: Array<[string, string, string, Sector[], string]> = [
  [
    'Modbus gateway heap overflow',
    'AquaSCADA',
    'Modbus Gateway',
    [Sector.WATER_AND_WASTEWATER_SYSTEMS],
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  ],
  [
    'Infusion pump authentication bypass',
    'MedFlow',
    'InfusionHub',
    [Sector.HEALTHCARE_AND_PUBLIC_HEALTH],
    'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  ],
  [
    'Core banking SQL injection',
    'LedgerWorks',
    'CoreBank',
    [Sector.FINANCIAL_SERVICES],
    'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N',
  ],
  [
    'Substation RTU command injection',
    'GridCo',
    'RTU-9',
    [Sector.ENERGY],
    'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H',
  ],
  [
    'EHR portal stored XSS',
    'ChartPoint',
    'Patient Portal',
    [Sector.HEALTHCARE_AND_PUBLIC_HEALTH],
    'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N',
  ],
  [
    'Chlorine dosing controller unauthenticated writes',
    'AquaSCADA',
    'DoseControl',
    [Sector.WATER_AND_WASTEWATER_SYSTEMS, Sector.CHEMICAL],
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H',
  ],
  [
    'VPN appliance path traversal',
    'SecureEdge',
    'EdgeVPN',
    [Sector.INFORMATION_TECHNOLOGY, Sector.GOVERNMENT_SERVICES_AND_FACILITIES],
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
  ],
  [
    '911 CAD denial of service',
    'DispatchPro',
    'CAD Server',
    [Sector.EMERGENCY_SERVICES],
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
  ],
  [
    'ATM middleware privilege escalation',
    'LedgerWorks',
    'TellerLink',
    [Sector.FINANCIAL_SERVICES],
    'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
  ],
  [
    'Smart meter firmware signature bypass',
    'GridCo',
    'MeterOS',
    [Sector.ENERGY],
    'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
  ],
  [
    'Open-source logging library deserialization',
    'Apache-like Foundation',
    'logkit',
    [Sector.INFORMATION_TECHNOLOGY],
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H',
  ],
  [
    'PACS image server weak default credentials',
    'RadView',
    'PACS',
    [Sector.HEALTHCARE_AND_PUBLIC_HEALTH],
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:N',
  ],
];
const STATUS_CYCLE = [
  EntryStatus.REPORTED,
  EntryStatus.TRIAGED,
  EntryStatus.VALIDATED,
  EntryStatus.COORDINATING,
  EntryStatus.PATCH_AVAILABLE,
  EntryStatus.RESOLVED,
  EntryStatus.VALIDATED,
  EntryStatus.REJECTED,
  EntryStatus.COORDINATING,
  EntryStatus.WITHDRAWN,
  EntryStatus.PATCH_AVAILABLE,
  EntryStatus.RESOLVED,
];
const MARKING_CYCLE = [
  Marking.CLEAR,
  Marking.GREEN,
  Marking.AMBER,
  Marking.AMBER_STRICT,
  Marking.GREEN,
  Marking.CLEAR,
  Marking.AMBER,
  Marking.RED,
];

/** A few dozen clearinghouse entries across every status and marking. */
async function seedEntries(m: EntityManager, now: number, c: { reporters: string[]; atlasModel: string }) {
  const year = new Date(now).getUTCFullYear();
  const entries: Partial<ClearinghouseEntry>[] = [];
  for (let i = 0; i < 36; i++) {
    const [title, vendor, product, sectors, vector] = FLAWS[i % FLAWS.length];
    const scored = scoreCvss(vector);
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
    const published = (PUBLISHED_STATUSES as readonly string[]).includes(status);
    const minor = 1 + (i % 7);
    entries.push({
      key: `ACC-${year}-${String(i + 1).padStart(5, '0')}`,
      cve: i % 3 === 0 ? `CVE-${year}-${41000 + i}` : null,
      identifiers: i % 3 === 0 ? [{ type: IdentifierType.CVE, value: `CVE-${year}-${41000 + i}` }] : [],
      title: `${title}${i >= FLAWS.length ? ` (variant ${Math.floor(i / FLAWS.length) + 1})` : ''}`,
      summary: `${title} in ${vendor} ${product} lets a remote attacker compromise operator systems.`,
      details:
        i % 2 === 0
          ? `Found with AI-assisted fuzzing of ${product}; reproduced by the clearinghouse on version 2.${minor}.0.`
          : null,
      cwes: ['CWE-787', 'CWE-287', 'CWE-89', 'CWE-78', 'CWE-79', 'CWE-22'].slice(i % 6, (i % 6) + 1),
      cvss: scored,
      cvssScore: scored.baseScore,
      severity: severityFor(scored.baseScore),
      knownExploited: i % 5 === 0 && published,
      kev:
        i % 5 === 0 && published
          ? {
              dateAdded: new Date(now - 20 * DAY_MS),
              dueDate: new Date(now + (i % 2 ? 1 : -3) * DAY_MS),
              requiredAction: 'Apply vendor updates or disconnect affected devices.',
            }
          : null,
      affected: [
        {
          vendor,
          product,
          versionRange: `>=2.0.0 <2.${minor}.1`,
          fixedIn: status === EntryStatus.PATCH_AVAILABLE || status === EntryStatus.RESOLVED ? `2.${minor}.1` : null,
          purl: null,
        },
      ],
      sectors,
      reportedById: c.reporters[i % c.reporters.length],
      discoveredWithModelId: i % c.reporters.length === 0 ? c.atlasModel : null,
      marking: MARKING_CYCLE[i % MARKING_CYCLE.length],
      embargoUntil: i === 2 ? new Date(now + 10 * DAY_MS) : null,
      status,
      remediations:
        status === EntryStatus.PATCH_AVAILABLE || status === EntryStatus.RESOLVED
          ? [
              {
                category: RemediationCategory.VENDOR_FIX,
                details: `Upgrade ${product} to 2.${minor}.1.`,
                url: null,
                availableAt: new Date(now - 5 * DAY_MS),
              },
            ]
          : [],
      publishedAt: published ? new Date(now - (40 - i) * DAY_MS) : null,
    });
  }
  const saved = await m.save(entries.map((e) => m.create(ClearinghouseEntry, e)));
  await m.query('INSERT INTO entry_key_counter (year, last) VALUES ($1, $2)', [year, entries.length]);
  return saved;
}

/** Published advisories at different stages, so coverage numbers mean something, and a defense tool. */
async function seedAdvisories(
  m: EntityManager,
  now: number,
  c: { cisa: string; entries: ClearinghouseEntry[]; atlas: string },
) {
  const validated = c.entries.filter((e) => (PUBLISHED_STATUSES as readonly string[]).includes(e.status));
  const water = validated
    .filter(
      (e) =>
        e.sectors.includes(Sector.WATER_AND_WASTEWATER_SYSTEMS) ||
        e.sectors.includes(Sector.HEALTHCARE_AND_PUBLIC_HEALTH),
    )
    .slice(0, 2);
  const banks = validated.filter((e) => e.sectors.includes(Sector.FINANCIAL_SERVICES)).slice(0, 1);
  const plans: Array<{ a: Partial<Advisory>; ageHours: number }> = [
    {
      a: {
        title: 'Patch Modbus gateways and infusion pumps now',
        summary: 'Two validated flaws are being exploited against rural water systems and hospitals.',
        marking: Marking.AMBER,
        priority: AdvisoryPriority.URGENT,
        audience: {
          sectors: [Sector.WATER_AND_WASTEWATER_SYSTEMS, Sector.HEALTHCARE_AND_PUBLIC_HEALTH],
          recipientTypes: [RecipientType.HOSPITAL, RecipientType.LOCAL_UTILITY],
          states: ['OH', 'PA'],
          ruralOnly: true,
          recipientIds: [],
        },
        acknowledgeWithinHours: 48,
        patchWithinDays: 14,
        entryIds: water.map((e) => e.id),
      },
      ageHours: 72,
    },
    {
      a: {
        title: 'Core banking SQL injection: update CoreBank',
        summary: 'Community banks running CoreBank should update and review database logs.',
        marking: Marking.GREEN,
        priority: AdvisoryPriority.PRIORITY,
        audience: {
          sectors: [],
          recipientTypes: [RecipientType.COMMUNITY_BANK],
          states: [],
          ruralOnly: false,
          recipientIds: [],
        },
        acknowledgeWithinHours: 72,
        patchWithinDays: 14,
        entryIds: banks.map((e) => e.id),
      },
      ageHours: 20 * 24,
    },
  ];
  const rand = prng(6060);
  for (const { a, ageHours } of plans) {
    const publishedAt = new Date(now - ageHours * 3600_000);
    const advisory = await m.save(
      m.create(Advisory, {
        ...a,
        requiresAcknowledgement: true,
        status: AdvisoryStatus.PUBLISHED,
        publishedAt,
        issuerId: c.cisa,
        supersedesId: null,
      }),
    );
    const aud = advisory.audience;
    // A millisecond apart in slug order, so the same recipients get the same stages (and pages) on every seeding.
    const rows: { id: string; delivered_at: Date }[] = await m.query(
      `INSERT INTO advisory_delivery (advisory_id, recipient_id, delivered_at, status)
       SELECT $1, o.id, $2::timestamptz + (row_number() OVER (ORDER BY o.slug)) * interval '1 millisecond', 'DELIVERED' FROM organization o
       WHERE o.kind = 'CRITICAL_INFRASTRUCTURE' AND (cardinality($3::varchar[]) = 0 OR o.sector = ANY($3)) AND (cardinality($4::varchar[]) = 0 OR o.recipient_type = ANY($4))
         AND (cardinality($5::varchar[]) = 0 OR o.state = ANY($5)) AND (NOT $6 OR o.rural) RETURNING id, delivered_at`,
      [advisory.id, publishedAt, aud.sectors, aud.recipientTypes, aud.states, aud.ruralOnly],
    );
    rows.sort((a, b) => new Date(a.delivered_at).getTime() - new Date(b.delivered_at).getTime());
    // Recipients at every stage: some patched, some in progress, some not affected, some silent.
    for (const { id } of rows) {
      const r = rand();
      const ack = new Date(publishedAt.getTime() + (2 + rand() * 40) * 3600_000);
      const patched = new Date(ack.getTime() + (10 + rand() * 200) * 3600_000);
      if (r < 0.35)
        await m.query(
          `UPDATE advisory_delivery SET status = 'PATCHED', acknowledged_at = $2, patched_at = $3 WHERE id = $1`,
          [id, ack, patched.getTime() < now ? patched : new Date(now)],
        );
      else if (r < 0.55)
        await m.query(`UPDATE advisory_delivery SET status = 'PATCH_IN_PROGRESS', acknowledged_at = $2 WHERE id = $1`, [
          id,
          ack,
        ]);
      else if (r < 0.65)
        await m.query(
          `UPDATE advisory_delivery SET status = 'NOT_AFFECTED', acknowledged_at = $2, note = 'Product not in use.' WHERE id = $1`,
          [id, ack],
        );
      else if (r < 0.8)
        await m.query(`UPDATE advisory_delivery SET status = 'ACKNOWLEDGED', acknowledged_at = $2 WHERE id = $1`, [
          id,
          ack,
        ]);
    }
  }
  await m.save(
    m.create(Advisory, {
      title: 'Draft: smart meter firmware signatures',
      summary: 'Electric cooperatives should verify firmware signatures before updates.',
      marking: Marking.GREEN,
      priority: AdvisoryPriority.ROUTINE,
      audience: { sectors: [Sector.ENERGY], recipientTypes: [], states: [], ruralOnly: false, recipientIds: [] },
      requiresAcknowledgement: false,
      acknowledgeWithinHours: null,
      patchWithinDays: 30,
      status: AdvisoryStatus.DRAFT,
      publishedAt: null,
      issuerId: c.cisa,
      supersedesId: null,
      entryIds: validated.slice(0, 1).map((e) => e.id),
    }),
  );
  await m.save(
    m.create(DefenseTool, {
      developerId: c.atlas,
      name: 'Atlas Sentinel',
      description: 'AI log triage and phishing detection for small hospitals and utilities.',
      capabilities: ['log triage', 'phishing detection'],
      eligibility: {
        recipientTypes: [RecipientType.HOSPITAL, RecipientType.LOCAL_UTILITY],
        sectors: [],
        sizeTiers: [SizeTier.SMALL],
      },
      seats: 50,
    }),
  );
}

const SIGNED = Date.UTC(2026, 5, 2); // Executive Order 14409, 2026-06-02

/** The order's deliverables, and BOD 26-04 with reports from the federal civilian agencies. */
async function seedDirectivesAndMilestones(
  m: EntityManager,
  c: { agencyId(slug: string): string; entries: ClearinghouseEntry[] },
) {
  const d = (days: number) => new Date(SIGNED + days * DAY_MS);
  const milestones: Array<[string, string, string, number, number | null]> = [
    ['Sec. 5(a)', 'Establish the AI cybersecurity clearinghouse', 'treasury', 30, 28],
    ['Sec. 6(b)', 'Issue binding operational directives on AI-enabled assets', 'cisa', 30, 28],
    ['Sec. 3(a)', 'Establish the covered-frontier-model benchmarking process', 'nsa', 60, 57],
    ['Sec. 4(a)', 'Publish the voluntary pre-release review framework', 'nsa', 60, 66],
    ['Sec. 6(c)', 'OMB guidance on AI-enabled federal systems', 'omb', 90, null],
    ['Sec. 5(d)', 'Patch prioritization for rural hospitals, community banks and utilities', 'cisa', 120, null],
    ['Sec. 7(a)', 'NIST profile for AI cyber-defense tools', 'nist', 180, null],
    ['Sec. 8(b)', 'Annual report to the President on covered frontier models', 'nsa', 365, null],
  ];
  await m.save(
    milestones.map(([section, title, agency, due, done]) =>
      m.create(Milestone, {
        section,
        title,
        responsibleAgencyId: c.agencyId(agency),
        dueAt: d(due),
        completedAt: done === null ? null : d(done),
      }),
    ),
  );
  const bod = await m.save(
    m.create(Directive, {
      code: 'BOD 26-04',
      kind: DirectiveKind.BINDING_OPERATIONAL_DIRECTIVE,
      title: 'Securing AI-enabled internet-facing assets',
      summary:
        'Federal civilian agencies inventory AI-enabled internet-facing assets and remediate known exploited vulnerabilities on them.',
      sourceUrl: 'https://www.cisa.gov/directives/bod-26-04',
      issuerId: c.agencyId('cisa'),
      status: DirectiveStatus.ISSUED,
      issuedAt: d(28),
      supersedesId: null,
      requiredActions: [
        {
          title: 'Inventory AI-enabled internet-facing assets',
          description: 'Report every AI-enabled asset reachable from the internet.',
          dueInDays: 30,
        },
        {
          title: 'Remediate KEV entries on inventoried assets',
          description: 'Patch or isolate assets with known exploited vulnerabilities.',
          dueInDays: 60,
        },
        {
          title: 'Enroll in clearinghouse advisories',
          description: 'Subscribe security operations to clearinghouse advisories.',
          dueInDays: 365,
        },
      ],
      relatedEntryIds: c.entries.filter((e) => e.knownExploited).map((e) => e.id),
    }),
  );
  await m.query(
    `INSERT INTO compliance_report (directive_id, agency_id, action_index, status, reported_at, evidence, assigned_at)
     SELECT $1, o.id, a.idx, CASE WHEN o.slug = 'interior' THEN 'COMPLETE' WHEN o.slug = 'education' AND a.idx = 0 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
       CASE WHEN o.slug IN ('interior', 'education') THEN $2::timestamptz END, CASE WHEN o.slug = 'interior' THEN 'Submitted via CDM dashboard.' END, $3
     FROM organization o CROSS JOIN generate_series(0, 2) AS a(idx) WHERE o.kind = 'GOVERNMENT_AGENCY' AND 'FEDERAL_CIVILIAN' = ANY(o.capabilities)`,
    [bod.id, d(50), bod.issuedAt],
  );
}

/**
 * The cyber hiring surge: OMB's initiative launched 45 days ago (its day-30 plan deadline passed, SBA has not
 * reported), targets for five agencies, and 400 positions at every stage with dates that follow or overrun the
 * 80-day model by agency. Deterministic, and inserted in one statement.
 */
async function seedWorkforce(m: EntityManager, now: number, agencyId: (slug: string) => string) {
  const rand = prng(2210);
  const day = (d: number) => new Date(now + d * DAY_MS);
  const start = day(-45);
  const [plan, progress] = await m.save([
    m.create(Milestone, {
      section: 'Workforce (day 30)',
      title: 'Agencies report their cyber workforce hiring plans',
      responsibleAgencyId: agencyId('omb'),
      dueAt: day(-15),
      completedAt: null,
    }),
    m.create(Milestone, {
      section: 'Workforce (day 60)',
      title: 'Agencies report progress on cyber workforce hiring',
      responsibleAgencyId: agencyId('omb'),
      dueAt: day(15),
      completedAt: null,
    }),
  ]);
  const initiative = await m.save(
    m.create(HiringInitiative, {
      name: 'Federal cyber workforce surge FY2027',
      legalBasis: 'E.O. 14409 sec. 9 (cyber workforce); 5 U.S.C. 3304 (direct-hire authority); 5 CFR part 213',
      authorityId: agencyId('omb'),
      startsAt: start,
      planDueAt: day(-15),
      progressDueAt: day(15),
      allowedAuthorities: [
        HiringAuthority.COMPETITIVE_EXAMINING,
        HiringAuthority.DIRECT_HIRE,
        HiringAuthority.SCHEDULE_A,
        HiringAuthority.PATHWAYS,
        HiringAuthority.CYBERSECURITY_TALENT_MANAGEMENT_SYSTEM,
        HiringAuthority.SCHOLARSHIP_FOR_SERVICE,
        HiringAuthority.OTHER_EXCEPTED_SERVICE,
      ],
      planMilestoneId: plan.id,
      progressMilestoneId: progress.id,
    }),
  );
  // agency, target, plan reported (days after start, null: not yet), how slow it is, its system priorities
  const agencies: Array<[string, number, number | null, number, SystemPriority[]]> = [
    ['nsa', 120, 25, 1.0, [SystemPriority.NATIONAL_SECURITY_SYSTEMS]],
    ['cisa', 90, 31, 0.8, [SystemPriority.FEDERAL_CIVILIAN_SYSTEMS]],
    ['interior', 60, 20, 1.3, [SystemPriority.FEDERAL_CIVILIAN_SYSTEMS, SystemPriority.OTHER]],
    ['education', 40, 28, 1.6, [SystemPriority.FEDERAL_CIVILIAN_SYSTEMS, SystemPriority.OTHER]],
    ['sba', 30, null, 2.1, [SystemPriority.OTHER, SystemPriority.FEDERAL_CIVILIAN_SYSTEMS]],
  ];
  await m.query(
    `INSERT INTO hiring_target (initiative_id, agency_id, work_role_id, positions, due_at)
     SELECT $1, (t->>'agency')::uuid, (SELECT id FROM work_role WHERE code = t->>'role'), (t->>'n')::int, $2
     FROM jsonb_array_elements($3::jsonb) t`,
    [
      initiative.id,
      day(320),
      JSON.stringify([
        ...agencies.map(([slug, n]) => ({ agency: agencyId(slug), role: null, n })),
        { agency: agencyId('cisa'), role: 'PD-WRL-001', n: 30 },
        { agency: agencyId('nsa'), role: 'PD-WRL-001', n: 40 },
        { agency: agencyId('nsa'), role: 'IO-WRL-005', n: 20 },
      ]),
    ],
  );
  await m.query(
    `INSERT INTO hiring_report (initiative_id, agency_id, kind, summary, reported_at)
     SELECT $1, (r->>'agency')::uuid, 'PLAN', r->>'summary', (r->>'at')::timestamptz FROM jsonb_array_elements($2::jsonb) r`,
    [
      initiative.id,
      JSON.stringify(
        agencies
          .filter(([, , at]) => at !== null)
          .map(([slug, n, at]) => ({
            agency: agencyId(slug),
            at: new Date(start.getTime() + at! * DAY_MS).toISOString(),
            summary: `Hiring plan: ${n} cyber positions under the initiative, direct-hire authority first for IT specialists (INFOSEC).`,
          })),
      ),
    ],
  );
  // Codes common on federal cyber position descriptions; "000" on a GS-2210 is the GAO's coding error.
  const CODES = [
    ['511'],
    ['541', '511'],
    ['722'],
    ['461'],
    ['621', '622'],
    ['421'],
    ['451'],
    ['612', '611'],
    ['752'],
    ['801'],
    ['000'],
  ];
  const TITLES: Record<string, string> = {
    '511': 'IT Specialist (INFOSEC) - Cyber Defense Analyst',
    '541': 'IT Specialist (INFOSEC) - Vulnerability Assessment',
    '722': 'Information Systems Security Officer',
    '461': 'IT Specialist (SYSANALYSIS) - Systems Security Analyst',
    '621': 'IT Specialist (APPSW) - Software Developer',
    '421': 'IT Specialist (DATAMGT) - Database Administrator',
    '451': 'IT Specialist (SYSADMIN) - System Administrator',
    '612': 'IT Specialist (INFOSEC) - Security Control Assessor',
    '752': 'IT Specialist (POLICYPLN) - Cyber Policy and Planning',
    '801': 'IT Project Manager',
    '000': 'IT Specialist',
  };
  const CITIES: Array<[string, string]> = [
    ['MD', 'Fort Meade'],
    ['VA', 'Arlington'],
    ['DC', 'Washington'],
    ['CO', 'Denver'],
    ['TX', 'San Antonio'],
    ['OH', 'Columbus'],
  ];
  const AUTHORITIES = [
    HiringAuthority.DIRECT_HIRE,
    HiringAuthority.COMPETITIVE_EXAMINING,
    HiringAuthority.PATHWAYS,
    HiringAuthority.SCHEDULE_A,
  ];
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < 400; i++) {
    const [slug, , , slow, priorities] = agencies[i % agencies.length];
    const reached = Math.floor(rand() * 11); // 0..9: a stage of STAGE_ORDER; 10: cancelled
    const cancelled = reached === 10;
    const last = cancelled ? Math.floor(rand() * 5) : reached;
    const dates: Date[] = [];
    // Backwards from the current stage, entered a little while ago, each earlier stage its allotment times the
    // agency's slowness, give or take.
    // Half a day off the whole days, so no position sits exactly on its stage's deadline.
    let t = now - (Math.floor(rand() * 1.2 * (STAGE_ALLOTMENT_DAYS[STAGE_ORDER[last]] ?? 20)) + 0.5) * DAY_MS;
    const cancelledAt = cancelled ? new Date(t) : null;
    if (cancelled) t -= Math.floor(1 + rand() * 10) * DAY_MS;
    for (let s = last; s >= 0; s--) {
      dates[s] = new Date(t);
      if (s > 0)
        t -= Math.max(1, Math.round(STAGE_ALLOTMENT_DAYS[STAGE_ORDER[s - 1]] * slow * (0.5 + rand()))) * DAY_MS;
    }
    const codes = slug === 'nsa' && i % 3 === 0 ? ['511', '722'] : CODES[Math.floor(rand() * CODES.length)];
    const priority = priorities[Math.floor(rand() * priorities.length)];
    const row: Record<string, unknown> = {
      agency_id: agencyId(slug),
      title: TITLES[codes[0]],
      series: codes[0] === '801' ? '0340' : '2210',
      grade: 9 + Math.floor(rand() * 6),
      opm_codes: codes,
      location: CITIES[Math.floor(rand() * CITIES.length)],
      clearance:
        priority === SystemPriority.NATIONAL_SECURITY_SYSTEMS
          ? 'TOP_SECRET_SCI'
          : rand() < 0.5
            ? 'PUBLIC_TRUST'
            : 'SECRET',
      system_priority: priority,
      hiring_authority:
        slug === 'cisa' && rand() < 0.5
          ? HiringAuthority.CYBERSECURITY_TALENT_MANAGEMENT_SYSTEM
          : AUTHORITIES[Math.floor(rand() * AUTHORITIES.length)],
      sensitive: priority === SystemPriority.NATIONAL_SECURITY_SYSTEMS && i % 4 === 0,
      stage: cancelled ? 'CANCELLED' : STAGE_ORDER[last],
      stage_entered_at: (cancelledAt ?? dates[last]).toISOString(),
      usajobs: last >= 2 ? String(800000000 + i * 137) : null,
      applicants: last >= 3 ? 20 + Math.floor(rand() * 180) : 0,
    };
    STAGE_ORDER.forEach((stage, s) => (row[STAGE_COLUMN[stage]] = dates[s]?.toISOString() ?? null));
    row.cancelled_at = cancelledAt?.toISOString() ?? null;
    rows.push(row);
  }
  const stageColumns = STAGE_ORDER.map((s) => STAGE_COLUMN[s]);
  await m.query(
    `INSERT INTO position (agency_id, initiative_id, title, pay_plan, series, grade, opm_codes, work_role_id,
       location_state, location_city, clearance, system_priority, hiring_authority, sensitive, usajobs_control_number,
       stage, stage_entered_at, ${stageColumns.join(', ')}, cancelled_at, applicants, qualified, referred, interviewed, selected,
       created_at)
     SELECT (p->>'agency_id')::uuid, $1, p->>'title', 'GS', p->>'series', (p->>'grade')::int,
       ARRAY(SELECT jsonb_array_elements_text(p->'opm_codes'))::varchar[],
       (SELECT work_role_id FROM opm_cyber_code WHERE code = p->'opm_codes'->>0),
       p->'location'->>0, p->'location'->>1, p->>'clearance', p->>'system_priority', p->>'hiring_authority',
       (p->>'sensitive')::boolean, p->>'usajobs', p->>'stage', (p->>'stage_entered_at')::timestamptz,
       ${stageColumns.map((c) => `(p->>'${c}')::timestamptz`).join(', ')}, (p->>'cancelled_at')::timestamptz,
       (p->>'applicants')::int, (p->>'applicants')::int * 6 / 10, (p->>'applicants')::int * 3 / 10,
       CASE WHEN p->>'${STAGE_COLUMN.SELECTION}' IS NULL THEN 0 ELSE 4 END,
       CASE WHEN p->>'${STAGE_COLUMN.SELECTION}' IS NULL THEN 0 ELSE 1 END,
       $3::timestamptz - n * interval '1 second'
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(p, n)`,
    [initiative.id, JSON.stringify(rows), new Date(now)],
  );
}

/**
 * Reach: Mercy Rural Hospital's webhook endpoint (a demo URL that does not resolve: its deliveries show retries;
 * register your own receiver to see them arrive) and the email it got about its latest advisory.
 */
async function seedNotifications(m: EntityManager, now: Date, auditKey: string) {
  const [it] = await m.query(`SELECT id, organization_id FROM user_account WHERE email = 'it@mercy-rural-oh.example'`);
  // Derived from the deployment's key, so the demo is the same on every start and the secret is not guessable.
  const secret = `whsec_${createHmac('sha256', auditKey).update('concord demo webhook secret').digest('base64')}`;
  await m.query(
    `INSERT INTO webhook_endpoint (organization_id, url, description, events, secret_enc, secret_hint, created_by_user_id)
     VALUES ($1, 'https://hooks.mercy-rural-oh.example/concord', 'Demo: the hospital ticketing system', $2, $3, $4, $5)`,
    [
      it.organization_id,
      ['advisory.published', 'delivery.due_soon', 'delivery.overdue'],
      new SecretBox(auditKey).seal(secret),
      secret.slice(-4),
      it.id,
    ],
  );
  const [latest] = await m.query(
    `SELECT a.id, a.published_at FROM advisory a JOIN advisory_delivery d ON d.advisory_id = a.id
      WHERE d.recipient_id = $1 AND a.published_at IS NOT NULL ORDER BY a.published_at DESC LIMIT 1`,
    [it.organization_id],
  );
  if (!latest) return;
  const [event] = await m.query(
    `INSERT INTO outbox_event (kind, subject_type, subject_id, occurred_at, dispatched_at)
     VALUES ('advisory.published', 'Advisory', $1, $2, $2) RETURNING id`,
    [latest.id, latest.published_at],
  );
  await m.query(
    `INSERT INTO notification (id, event_id, kind, channel, target, user_id, organization_id, subject_type, subject_id,
                               status, attempt_count, attempts, occurred_at, created_at, delivered_at)
     VALUES (gen_random_uuid(), $1, 'advisory.published', 'EMAIL', $2, $2, $3, 'Advisory', $4, 'DELIVERED', 1,
             jsonb_build_array(jsonb_build_object('at', $5::timestamptz, 'status', NULL, 'latencyMs', 38, 'response', NULL, 'error', NULL)),
             $5, $5, $5)`,
    [event.id, it.id, it.organization_id, latest.id, latest.published_at],
  );
  void now;
}
