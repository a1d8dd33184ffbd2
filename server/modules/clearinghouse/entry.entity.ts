import { Field, Float, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Marking } from '../../core/marking';
import { Node, VersionedNode } from '../../core/node';
import { FrontierModel } from '../models/frontier-model.entity';
import { Organization } from '../organizations/organization.entity';
import { Sector } from '../organizations/organization.enums';
import { EntryStatus, Severity } from './entry.enums';
import { AffectedProduct, Cvss, EntryIdentifier, Kev, Remediation } from './entry.types';

/** One validated (or being validated) vulnerability in the AI cybersecurity clearinghouse. */
@Entity('clearinghouse_entry')
@Index('entry_updated_idx', ['updatedAt', 'id'])
@Index('entry_published_idx', ['publishedAt', 'id'])
@Index('entry_status_idx', ['status', 'updatedAt', 'id'])
@Index('entry_severity_idx', ['severity', 'updatedAt', 'id'])
@Index('entry_score_idx', ['cvssScore', 'id'])
@Index('entry_reporter_idx', ['reportedById', 'updatedAt', 'id'])
@Index('entry_cve_idx', ['cve'])
@Index('entry_search_weight_idx', ['searchWeight', 'id'])
// Full-text, sector and affected-product indexes (GIN) are created by the migration.
@Index('entry_search_idx', { synchronize: false })
@Index('entry_sectors_idx', { synchronize: false })
@Index('entry_affected_idx', { synchronize: false })
@ObjectType('ClearinghouseEntry', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A vulnerability in the AI cybersecurity clearinghouse, often found with an AI model, and the coordination of its fix.',
})
export class ClearinghouseEntry extends VersionedNode {
  @PrimaryGeneratedColumn('uuid')
  declare id: string;

  @Field({ description: 'Human key, sequential per year without gaps, e.g. ACC-2026-00042.' })
  @Index('entry_key_key', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  key!: string;

  /** The entry's CVE id: one entry per CVE, apart from reports held as possible duplicates. */
  @Index('entry_cve_key', { unique: true, where: 'cve IS NOT NULL AND possible_duplicate_of_id IS NULL' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  cve!: string | null;

  @Field(() => [EntryIdentifier], { description: 'CVE, GHSA, vendor and other identifiers.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  identifiers!: EntryIdentifier[];

  @Field({ description: 'Title.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'One-paragraph summary.' })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Technical details.' })
  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Field(() => [String], { description: 'CWE ids, e.g. CWE-787.' })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  cwes!: string[];

  @Field(() => Cvss, { nullable: true, description: 'CVSS vector and computed base score.' })
  @Column({ type: 'jsonb', nullable: true })
  cvss!: Cvss | null;

  @Field(() => Float, { nullable: true, description: 'The CVSS base score (for ordering and filters).' })
  @Column({
    name: 'cvss_score',
    type: 'numeric',
    precision: 3,
    scale: 1,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  cvssScore!: number | null;

  @Field(() => Severity, { description: 'Severity (from the CVSS score when there is one).' })
  @Column({ type: 'varchar', length: 10 })
  severity!: Severity;

  @Field({ description: 'Known to be exploited in the wild.' })
  @Column({ name: 'known_exploited', type: 'boolean', default: false })
  knownExploited!: boolean;

  @Field(() => Kev, { nullable: true, description: 'KEV catalog fields, when known exploited.' })
  @Column({ type: 'jsonb', nullable: true })
  kev!: Kev | null;

  @Field(() => [String], { description: 'Reference URLs (vendor advisories, KEV notes).' })
  @Column({ name: 'reference_urls', type: 'text', array: true, default: () => "'{}'" })
  references!: string[];

  @Field(() => [AffectedProduct], { description: 'Affected products and versions.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  affected!: AffectedProduct[];

  @Field(() => [Sector], { description: 'Critical-infrastructure sectors exposed.' })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  sectors!: Sector[];

  @Column({ name: 'reported_by_id', type: 'uuid' })
  reportedById!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by_id', foreignKeyConstraintName: 'entry_reported_by_fk' })
  reportedBy?: Organization;

  @Column({ name: 'reported_by_user_id', type: 'uuid', nullable: true })
  reportedByUserId!: string | null;

  @Column({ name: 'discovered_with_model_id', type: 'uuid', nullable: true })
  discoveredWithModelId!: string | null;

  @ManyToOne(() => FrontierModel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discovered_with_model_id', foreignKeyConstraintName: 'entry_discovered_with_model_fk' })
  discoveredWithModel?: FrontierModel;

  @Field(() => Marking, { description: 'TLP marking.' })
  @Column({ type: 'varchar', length: 16 })
  marking!: Marking;

  /** Organizations named as affected parties: they see the entry (not RED) during an embargo and by AMBER. */
  @Column({ name: 'affected_party_ids', type: 'uuid', array: true, default: () => "'{}'" })
  affectedPartyIds!: string[];

  /** TLP:RED entries are visible to these users (and the reporting user) only. */
  @Column({ name: 'red_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  redUserIds!: string[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until then only the reporter and the government see it.',
  })
  @Column({ name: 'embargo_until', type: 'timestamptz', nullable: true })
  embargoUntil!: Date | null;

  @Field(() => EntryStatus, { description: 'Where it stands.' })
  @Column({ type: 'varchar', length: 20 })
  status!: EntryStatus;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId!: string | null;

  /**
   * Set when the reporter sent a CVE that an entry it may not see already holds: the report is accepted (so
   * nothing is revealed) and linked here for the analysts to triage.
   */
  @Column({ name: 'possible_duplicate_of_id', type: 'uuid', nullable: true })
  possibleDuplicateOfId!: string | null;

  @ManyToOne(() => ClearinghouseEntry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'entry_duplicate_of_fk' })
  duplicateOf?: ClearinghouseEntry;

  @Field(() => [Remediation], { description: 'Fixes, workarounds and mitigations.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  remediations!: Remediation[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was first validated (published to its audience).',
  })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Maintained by a trigger from title, summary and details (weights A, B, C); never read by the app. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: unknown;

  /** Maintained by the same trigger: how much the entry matters whatever the query (broad searches walk it). */
  @Column({ name: 'search_weight', type: 'double precision', default: 0, select: false, insert: false, update: false })
  searchWeight?: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was reported.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
