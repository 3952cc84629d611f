// core/hash.h — SHA-256, SHA-1 and MD5 digests (FIPS 180-4, RFC 1321) as
// plain C over bytes: no Python objects, no allocation. The `hashlib`
// module wraps them; host tools (the ESP32 partition table's MD5, the fs
// tests' manifests) use them directly.
#ifndef KILN_HASH_H
#define KILN_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HASH_BLOCK 64
#define HASH_MAX_DIGEST 32

typedef struct {
    size_t digest_size;
    bool big_endian;                  // length and output word order
    void (*init)(uint32_t *h);
    void (*compress)(uint32_t *h, const uint8_t *block);
} hash_algo_t;

extern const hash_algo_t hash_sha256, hash_sha1, hash_md5;

typedef struct {
    const hash_algo_t *algo;
    uint64_t total;                   // bytes fed so far
    uint32_t h[8];
    uint8_t block[HASH_BLOCK];        // pending bytes: total % HASH_BLOCK of them
} hash_ctx_t;

void hash_init(hash_ctx_t *c, const hash_algo_t *algo);
void hash_feed(hash_ctx_t *c, const void *data, size_t len);
// The digest of what was fed (c is left as it was: feeding may go on).
void hash_finish(const hash_ctx_t *c, uint8_t *out);
// One call: out receives algo->digest_size bytes.
void hash_bytes(const hash_algo_t *algo, const void *data, size_t len, uint8_t *out);

#endif
