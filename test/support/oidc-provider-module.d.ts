// oidc-provider (a devDependency for the SSO tests) ships no types; its process types what it uses.
declare module 'oidc-provider';
