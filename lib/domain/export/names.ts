// Names derived from document ids for each target's rules: Terraform identifiers ([a-z0-9_]), DNS labels
// for Kubernetes, compose and cloud resources ([a-z0-9-]). Ids are unique in a document, but two ids can
// sanitise to the same name ("a-b", "a_b"), so registries hand out unique names.

/** Terraform resource label: lowercase letters, digits and underscores, starting with a letter. */
export function tfIdentifier(id: string): string {
  const cleaned = id.toLowerCase().replace(/[^a-z0-9_]/g, "_").replace(/_+/g, "_").replace(/^_|_$/g, "");
  return /^[a-z]/.test(cleaned) ? cleaned : `r_${cleaned || "x"}`;
}

/** RFC 1123 label: lowercase letters, digits and '-', starting with a letter, at most `max` characters. */
export function dnsLabel(id: string, max = 63): string {
  const cleaned = id.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "");
  const label = /^[a-z]/.test(cleaned) ? cleaned : `n-${cleaned || "x"}`;
  return label.slice(0, max).replace(/-+$/, "");
}

/** Hands out unique names: the first claim of a name gets it as is, later ones a numeric suffix. */
export class NameRegistry {
  private readonly used = new Set<string>();
  private readonly byKey = new Map<string, string>();

  constructor(
    private readonly sanitise: (raw: string) => string,
    private readonly separator = "_",
    private readonly max = 63,
  ) {}

  /** The same key always gets the same name. */
  name(key: string, raw: string = key): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const wanted = this.sanitise(raw);
    let candidate = wanted;
    for (let n = 2; this.used.has(candidate); n += 1) {
      const suffix = `${this.separator}${n}`;
      candidate = `${wanted.slice(0, this.max - suffix.length)}${suffix}`;
    }
    this.used.add(candidate);
    this.byKey.set(key, candidate);
    return candidate;
  }
}

/** A short slug of the network's name for resource names and namespaces (at most 20 characters). */
export function networkSlug(name: string): string {
  const slug = dnsLabel(name, 20);
  return slug.length >= 2 ? slug : "meridian";
}

/**
 * A Kubernetes label value (node pool labels and the nodeSelector that matches them): at most 63 of
 * [A-Za-z0-9-_.], beginning and ending with a letter or digit. Document ids may be 64 long or end in '-'.
 */
export function labelValue(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_.-]/g, "-").slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  return cleaned || "x";
}
