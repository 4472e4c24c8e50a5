import type { FastifyRequest } from 'fastify';
import { type Locale, negotiateLocale } from '#i18n/index.ts';

const cache = new WeakMap<FastifyRequest, Locale>();
let defaultLocale: Locale = 'en';

export function setDefaultLocale(locale: Locale): void {
  defaultLocale = locale;
}

/** The caller's language, from Accept-Language (zh-CN or en). */
export function localeOf(request: FastifyRequest): Locale {
  let locale = cache.get(request);
  if (!locale) {
    locale = negotiateLocale(request.headers['accept-language'], defaultLocale);
    cache.set(request, locale);
  }
  return locale;
}
