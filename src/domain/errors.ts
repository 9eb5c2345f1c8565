/** Errors the engine throws for input it cannot use (hosts show the Indonesian message as is). */
export class NoTableError extends Error {
  readonly sheetsLookedAt: string[];
  constructor(message: string, sheetsLookedAt: string[]) {
    super(message);
    this.name = "NoTableError";
    this.sheetsLookedAt = sheetsLookedAt;
  }
}

export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MappingError";
  }
}
