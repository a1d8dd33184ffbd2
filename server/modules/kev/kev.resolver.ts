import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { kevService } from './kev.service';

@InputType({
  description:
    "A KEV catalog exactly as CISA publishes it (known_exploited_vulnerabilities.json), checked against CISA's schema.",
})
export class ImportKevCatalogInput {
  @Field(() => GraphQLJSONObject, {
    description: 'The catalog file: { catalogVersion, dateReleased, count, vulnerabilities: [...] }.',
  })
  catalog!: Record<string, unknown>;
}

@ObjectType('KevImportPayload', { simpleResolvers: true, description: 'What an import of the KEV catalog changed.' })
export class KevImportPayload {
  @Field({ description: "The catalog's version, e.g. 2025.08.25." })
  catalogVersion!: string;

  @Field(() => Int, { description: 'Entries in the catalog.' })
  total!: number;

  @Field(() => Int, { description: 'New clearinghouse entries (TLP:CLEAR, validated, known exploited).' })
  created!: number;

  @Field(() => Int, {
    description: 'Entries whose KEV fields changed (each with a timeline event naming what changed).',
  })
  updated!: number;

  @Field(() => Int, { description: 'Entries already as the catalog says.' })
  unchanged!: number;

  @Field(() => Int, {
    description:
      "Reference URLs in the catalog's notes that were cleaned before storing: stray quotes and commas trimmed, characters a URI may not hold percent-encoded.",
  })
  referencesCleaned!: number;

  @Field(() => Int, {
    description: "Addresses in the catalog's notes left out because they are not http(s) URLs even after cleaning.",
  })
  referencesDropped!: number;
}

@Resolver()
export class KevResolver {
  @Mutation(() => KevImportPayload, {
    description:
      "Import CISA's KEV catalog (clearinghouse analysts): one TLP:CLEAR entry per CVE; a newer catalog adds new CVEs and updates changed ones; the same catalog again changes nothing. Concord's own KEV feed is GET /feeds/kev.json.",
  })
  importKevCatalog(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImportKevCatalogInput, { description: 'The catalog.' }) input: ImportKevCatalogInput,
  ) {
    return kevService.importCatalog(ctx, input.catalog);
  }
}
