// The error of talking to a SonarQube server (unreachable, refused, not SonarQube): reports are
// still written when the feature check can be skipped.
export class SonarServerError extends Error {
  override name = 'SonarServerError';
}
