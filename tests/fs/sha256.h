/* tests/fs/sha256.h - SHA-256 for the manifest checks (core/hash.h). */
#ifndef KILN_TESTS_FS_SHA256_H
#define KILN_TESTS_FS_SHA256_H
#include <stdint.h>
#include <stddef.h>
#include "core/hash.h"
typedef hash_ctx_t sha256_ctx;
void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t len);
void sha256_final(sha256_ctx *c, uint8_t out[32]);
void sha256_hex(const void *data, size_t len, char hex[65]);
#endif
