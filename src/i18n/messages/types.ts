/**
 * A namespace's catalog in another language: exactly the English keys, each an ICU message
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/). The type makes a missing
 * or extra key a compile error; test/unit/i18n-catalogs.test.ts checks placeholders and plurals.
 */
export type Messages<T> = { readonly [K in keyof T]: string };
