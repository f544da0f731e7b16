import { registerPathLocaleStrategy } from '$lib/public/locale-strategy';

registerPathLocaleStrategy();
