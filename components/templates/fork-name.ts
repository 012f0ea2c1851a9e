/** The new topology's name as submitted, or why it can't be: an empty name no longer falls back to the title unseen. */
export function forkName(input: string): { name: string; error?: undefined } | { name?: undefined; error: string } {
  const name = input.trim();
  return name ? { name } : { error: "Give the new topology a name." };
}
