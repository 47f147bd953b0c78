// The one list of bundles: source entry → dist folder. build.mjs and check-dist.mjs read it.
export const entries = [
  { src: 'src/actions/setup-go-matrix/main.ts', out: 'setup-go-matrix/main' },
  { src: 'src/actions/setup-go-matrix/post.ts', out: 'setup-go-matrix/post' },
  { src: 'src/actions/abi-diff/main.ts', out: 'abi-diff/main' },
  { src: 'src/actions/sonar-go-compat/main.ts', out: 'sonar-go-compat/main' },
  { src: 'src/cli.ts', out: 'cli' },
];
