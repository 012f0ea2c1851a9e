/** Where the proof of a domain lives: a TXT record under the claimed domain that only its holder can publish. */
export const challengeName = (domain: string) => `_meridian-challenge.${domain}`;
export const challengeValue = (token: string) => `meridian-verification=${token}`;
