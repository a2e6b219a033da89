/** Key/value settings, per profile (scope = profile id) or device-wide (scope = GLOBAL_SCOPE). */
import type { ProgressDb } from './db';
import { guard } from './errors';
import { GLOBAL_SCOPE, type Json } from './records';

export { GLOBAL_SCOPE };

export function getSetting(db: ProgressDb, scope: string, key: string): Promise<Json | undefined> {
	return guard(async () => (await db.settings.get([scope, key]))?.value);
}

export function setSetting(db: ProgressDb, scope: string, key: string, value: Json): Promise<void> {
	return guard(async () => {
		await db.settings.put({ scope, key, value });
	});
}
