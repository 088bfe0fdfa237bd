/**
 * The import rule of CONTRIBUTING.md, run by `npm run check` (`npm run lint:imports`): no two folders
 * of src/server or src/domain import each other, directly or round a longer loop. Test files are left
 * out: nothing imports a test, so a test seeding the demo data is no loop in the code that runs.
 * (eslint keeps src/domain free of I/O, frameworks and outer layers.)
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'Folders of src/server and src/domain must not import each other in circles.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/(server|domain)/[^/]+' },
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^src/(server|domain)/',
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
