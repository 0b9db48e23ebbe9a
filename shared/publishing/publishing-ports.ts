// What publishing needs, built once per entry point (the API's composition roots).
import type { PublishedKind } from '../domain/public-addresses.js';
import type { ReportFileStore } from '../documents/report-files.js';
import { DocumentGenerationRepository } from '../store/document-generation-repository.js';
import type { Store } from '../store/dynamo-client.js';
import { LeaseRepository } from '../store/lease-repository.js';
import { OrgRepository } from '../store/org-repository.js';
import { PublicationRepository } from '../store/publication-repository.js';
import type { PublishingPorts } from '../use-cases/publish-document.js';
import type { PublicFileStore } from './public-files.js';

export function publishingPorts(deps: {
  store: Store;
  files: ReportFileStore;
  publicFiles: PublicFileStore;
  publicBaseUrl: string;
  clock: () => Date;
}): PublishingPorts {
  const generations = new DocumentGenerationRepository(deps.store);
  return {
    ...deps,
    orgs: new OrgRepository(deps.store),
    publications: new PublicationRepository(deps.store),
    leases: new LeaseRepository(deps.store),
    generations: { get: (kind: PublishedKind, orgId, fy, generation) => generations.get(kind, orgId, fy, generation) },
  };
}
