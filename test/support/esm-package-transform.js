// Jest (on Node 20) cannot require ES-module-only packages (openid-client, oauth4webapi, jose,
// rate-limiter-flexible's ESM deps …); Node itself can (require(esm)), so only tests need this:
// esbuild rewrites those packages to CommonJS as Jest loads them.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code, map };
  },
};
