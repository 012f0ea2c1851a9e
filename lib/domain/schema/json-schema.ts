import { z } from "zod";
import { TopologyDocumentSchema } from "./document";

/** The published JSON Schema of the topology document, derived from the zod schema (input side). */
export function topologyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TopologyDocumentSchema, { io: "input", unrepresentable: "any" });
  return {
    ...schema,
    $id: "https://meridian.dev/schema/topology.json",
    title: "Meridian topology document",
  };
}
