import type { PersonView } from "@/lib/domain/api";
import type { Db } from "../db";

type Reader = Pick<Db, "user">;

/** Names and emails of users by id, for views; an unknown id still gets an entry without name or email. */
export async function peopleById(db: Reader, ids: readonly string[]): Promise<(id: string) => PersonView> {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  return (id) => byId.get(id) ?? { id, name: null, email: null };
}

export function displayName(person: { name: string | null; email: string | null }): string {
  return person.name ?? person.email ?? "Someone";
}
