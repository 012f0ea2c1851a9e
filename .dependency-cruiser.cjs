// The layers, enforced (see docs/architecture.md): lib/domain is pure and shared by browser, server and CLI;
// the UI never reaches the server's modules; the CLI never loads what only runs inside Next's server; no cycles.
// Run with `npm run check:layers` (part of `npm test`).

const TESTS = "(\\.test\\.tsx?$|/testing/)";

const forbid = (name, comment, from, to) => ({ name, comment, severity: "error", from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid("domain-is-pure", "lib/domain imports no framework, UI library or database client: the browser and the CLI run it as well as the server.",
      { path: "^lib/domain/", pathNot: TESTS },
      { path: "(^|node_modules/)(react|react-dom|next|@prisma/client|\\.prisma|prisma|@radix-ui/[^/]+|sonner|lucide-react|@xyflow/[^/]+|@tanstack/[^/]+|server-only)(/|$)" }),
    forbid("domain-uses-no-node-api", "lib/domain runs in the browser too: no fs, path, crypto or other Node built-ins outside its tests.",
      { path: "^lib/domain/", pathNot: TESTS },
      { dependencyTypes: ["core"] }),
    forbid("domain-stays-inside", "lib/domain depends on nothing of the layers above it.",
      { path: "^lib/domain/" },
      { path: "^(lib/server|lib/client|lib/cli|components|app)/" }),
    forbid("ui-never-imports-server", "Components and client code talk to the server over HTTP; shared types live in lib/domain.",
      { path: "^(components|lib/client)/" },
      { path: "^lib/server/" }),
    forbid("server-never-imports-ui", "Server modules serve routes and pages; only their tests call route handlers directly.",
      { path: "^lib/server/", pathNot: TESTS },
      { path: "^(components|lib/client|app)/" }),
    forbid("cli-stays-off-the-server", "The CLI runs lib/domain on its own: no server modules, no framework.",
      { path: "^lib/cli/" },
      { path: "^(lib/server|lib/client|components|app)/|^(react|next)" }),
    forbid("cli-never-loads-server-only", "`server-only` throws outside Next's server runtime, so nothing the CLI loads may import it.",
      { path: "^lib/cli/" },
      { path: "server-only", reachable: true }),
    forbid("no-cycles", "A cycle makes two modules one, even through type-only imports: the shared part belongs in a module of its own.",
      {},
      { circular: true }),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|test-results)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".mjs", ".js", ".json"] },
  },
};
