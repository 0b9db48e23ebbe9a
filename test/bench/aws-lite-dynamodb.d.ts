// @aws-lite/dynamodb ships no types (its types are a separate package we do not need for one GetItem).
declare module '@aws-lite/dynamodb' {
  const plugin: object;
  export default plugin;
}
