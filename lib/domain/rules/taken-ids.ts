// The ids a document uses, as a Set that fixes can claim fresh ids into (`freshId` adds what it picks), built
// in O(1) over the context's own lookups instead of copying every id (`usedIds`) once per proposed fix: a
// design with thousands of node groups and a hundred findings with fixes would otherwise copy them all each time.

/** Answers `has` from the document's lookups first, then from the ids claimed into this set. */
export class TakenIds extends Set<string> {
  constructor(private readonly inDocument: (id: string) => boolean) {
    super();
  }

  override has(id: string): boolean {
    return this.inDocument(id) || super.has(id);
  }
}
