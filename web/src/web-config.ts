// What the page reads from /config.json: written by `npm start` locally and by CDK in AWS.
export type WebConfig = {
  /** where the form API is; '' = this origin (CloudFront routes /v1/* to the API) */
  apiUrl: string;
  auth: { kind: 'demo' } | { kind: 'cognito'; domain: string; clientId: string; redirectUri: string };
};
