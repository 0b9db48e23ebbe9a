// After the route (served or refused): flush the request's metrics as CloudWatch EMF, when it stored
// any. Only a served request counts (its "<route>Succeeded"); Powertools' own logMetrics middleware
// publishes after every request and warns "No application metrics to publish" when there is none,
// a line in CloudWatch Logs for every refused request. Powertools' other warnings (an invalid metric
// or dimension) still come out, when a request that stored a metric is published.
import type { MiddlewareObj } from '@middy/core';
import type { Metrics } from '@aws-lambda-powertools/metrics';

export function publishMetrics(metrics: Metrics): MiddlewareObj {
  const publish = () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return { after: publish, onError: publish };
}
