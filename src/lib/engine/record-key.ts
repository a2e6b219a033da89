/** The key of a scenario's record (kept apart from endings.ts so the home screen can use it eagerly). */
export const recordKey = (packId: string, scenarioId: string) => `${packId}\u0000${scenarioId}`;
