// Access rules as data, in one pure module the server, the pages and the UI all import: roles and their rank,
// the permission matrix, region scopes, the review and single sign-on rules, and the roles' descriptions.

export * from "./roles";
export * from "./permissions";
export * from "./rules";
export * from "./descriptions";
