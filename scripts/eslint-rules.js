// Our own invariants, as lint rules (STYLE.md: "a small custom rule for our own invariants is worth
// more than ten generic ones").

/** Routes talk to services and queries, never to the database driver or the raw connection. */
const routesNeverImportDb = {
  meta: {
    type: 'problem',
    docs: { description: 'route files must not import the database layer directly' },
    messages: {
      noDb: 'A route file must not import "{{source}}": go through the module\'s service or queries, which apply the access context.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!/\.routes\.ts$/.test(file)) return {};
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (
          /platform\/db\//.test(source) ||
          /^drizzle-orm/.test(source) ||
          /^(pg|@electric-sql\/pglite)$/.test(source)
        ) {
          context.report({ node, messageId: 'noDb', data: { source } });
        }
      },
    };
  },
};

/** packages/domain is pure: no file system, network, database or process access. */
const domainHasNoIo = {
  meta: {
    type: 'problem',
    docs: { description: 'packages/domain/src holds pure logic without I/O' },
    messages: {
      noIo: 'packages/domain is pure logic: "{{source}}" does I/O. Put it in apps/server or a CLI.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename.replace(/\\/g, '/');
    if (!file.includes('packages/domain/src/')) return {};
    // The routing solver's worker-thread runner is the one sanctioned exception (threads, not I/O).
    if (/\/worker[^/]*\.(ts|mjs|js)$/.test(file) || /\.test\.ts$/.test(file)) return {};
    const forbidden =
      /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|tls|dns|pg|@electric-sql\/pglite)$/;
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (forbidden.test(source)) context.report({ node, messageId: 'noIo', data: { source } });
      },
    };
  },
};

export default {
  rules: {
    'routes-never-import-db': routesNeverImportDb,
    'domain-has-no-io': domainHasNoIo,
  },
};
