// What publishing needs, built once per entry point (the API's composition roots).
import type { ReportFileStore } from '../documents/report-files.js';
import type { Store } from '../store/dynamo-client.js';
import type { Repositories } from '../store/repositories.js';
import type { PublishingPorts } from '../use-cases/publish-document.js';
import type { PublicFileStore } from './public-files.js';

export function publishingPorts(deps: {
  store: Store;
  repos: Repositories;
  files: ReportFileStore;
  publicFiles: PublicFileStore;
  publicBaseUrl: string;
  clock: () => Date;
}): PublishingPorts {
  const { repos, ...rest } = deps;
  return {
    ...rest,
    orgs: repos.orgs,
    publications: repos.publications,
    leases: repos.leases,
    generations: repos.generations,
  };
}
