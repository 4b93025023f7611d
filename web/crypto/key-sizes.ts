// The key sizes the lab offers and the ones it uses unless told otherwise: plain values, kept
// apart from the WebCrypto calls so that a page can show the defaults without loading them.

export const AES_SIZES = [128, 256] as const;
export type AesBits = (typeof AES_SIZES)[number];
export const DEFAULT_AES_BITS: AesBits = 256;

export const RSA_SIZES = [1024, 2048, 3072, 4096] as const;
export type RsaBits = (typeof RSA_SIZES)[number];
export const DEFAULT_RSA_BITS: RsaBits = 2048;
