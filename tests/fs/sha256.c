/* tests/fs/sha256.c - the manifest checks' SHA-256: a thin layer over the
 * firmware's own digests (core/hash.c). */
#include "tests/fs/sha256.h"
#include "core/hash.h"
#include <stdio.h>

void sha256_init(sha256_ctx *c)
{
    hash_init(c, &hash_sha256);
}

void sha256_update(sha256_ctx *c, const void *data, size_t len)
{
    hash_feed(c, data, len);
}

void sha256_final(sha256_ctx *c, uint8_t out[32])
{
    hash_finish(c, out);
}

void sha256_hex(const void *data, size_t len, char hex[65])
{
    uint8_t d[32];
    hash_bytes(&hash_sha256, data, len, d);
    for (int i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", d[i]);
}
