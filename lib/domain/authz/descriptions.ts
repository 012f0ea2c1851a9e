// What each role may do, in words, generated from the permission matrix so the prose cannot drift from it.

import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from "./permissions";
import { ROLES, type Role } from "./roles";

/** Each permission as a verb on its area's object: "comments on" + "reviews". */
const VERBS: Readonly<Record<Permission, string>> = {
  "topology.read": "reads",
  "topology.create": "creates",
  "topology.edit": "edits",
  "topology.archive": "archives",
  "topology.export": "exports",
  "topology.production": "marks as production",
  "review.request": "requests",
  "review.comment": "comments on",
  "review.decide": "approves or rejects",
  "drill.save": "saves",
  "notification.read": "gets",
  "template.publish": "publishes to the organisation",
  "template.publish-public": "publishes publicly",
  "template.rate": "rates",
  "audit.read": "reads",
  "audit.verify": "verifies",
  "org.read": "sees",
  "org.settings": "changes",
  "member.read": "sees",
  "member.manage": "manages",
  "invitation.manage": "sends and revokes",
};

const OBJECTS: Readonly<Record<string, string>> = {
  topology: "topologies", review: "reviews", drill: "outage drills", notification: "notifications", template: "templates", audit: "the audit log",
  org: "the organisation's settings", member: "members", invitation: "invitations",
};

const joinAnd = (words: readonly string[]) => (words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

/** Permissions every role holds go unsaid (bar reading topologies, the point of the viewer role). */
export function roleDescription(role: Role): string {
  const held = ROLE_PERMISSIONS[role];
  if (PERMISSIONS.every((p) => held.includes(p))) {
    return role === "owner" ? "Everything, including acting on other owners" : "Everything but acting on owners";
  }
  const universal = new Set(PERMISSIONS.filter((p) => p !== "topology.read" && ROLES.every((r) => ROLE_PERMISSIONS[r].includes(p))));
  const byArea = new Map<string, string[]>();
  for (const p of PERMISSIONS) {
    if (!held.includes(p) || universal.has(p)) continue;
    const area = p.slice(0, p.indexOf("."));
    byArea.set(area, [...(byArea.get(area) ?? []), VERBS[p]]);
  }
  const sentence = [...byArea].map(([area, verbs]) => `${joinAnd(verbs)} ${OBJECTS[area]}`).join("; ");
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}`;
}

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = Object.freeze(
  Object.fromEntries(ROLES.map((r) => [r, roleDescription(r)])) as Record<Role, string>,
);
