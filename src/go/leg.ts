// What one matrix leg is after setup: the facts the cache, the summary and later steps need.
export interface GoLeg {
  /** Resolved, installed Go version without the `go` prefix, e.g. "1.23.5". */
  version: string;
  goroot: string;
  /** Absolute path of GOROOT/bin/go. */
  goBin: string;
  /** Target GOOS/GOARCH as Go spells them (linux, amd64). */
  goos: string;
  goarch: string;
  /** Per-version isolated directories exported for this leg. */
  gopath: string;
  gocache: string;
  gomodcache: string;
  /** Directory whose go.mod/go.work the leg was checked against. */
  workingDirectory: string;
}
