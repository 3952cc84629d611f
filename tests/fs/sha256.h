/* tests/fs/sha256.h - small SHA-256 (FIPS 180-4), for manifest checks. */
#ifndef KILN_TESTS_FS_SHA256_H
#define KILN_TESTS_FS_SHA256_H
#include <stdint.h>
#include <stddef.h>
typedef struct { uint32_t h[8]; uint64_t len; uint8_t buf[64]; size_t n; } sha256_ctx;
void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t len);
void sha256_final(sha256_ctx *c, uint8_t out[32]);
void sha256_hex(const void *data, size_t len, char hex[65]);
#endif
