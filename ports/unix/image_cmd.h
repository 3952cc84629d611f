/* ports/unix/image_cmd.h - `kiln image ...`: build and inspect littlefs v2
 * flash images (a bare vfs partition, or a whole ESP32 flash dump with a
 * partition table at 0x8000). */
#ifndef KILN_PORTS_UNIX_IMAGE_CMD_H
#define KILN_PORTS_UNIX_IMAGE_CMD_H

#include <stddef.h>
#include <stdint.h>

/* argv[0] is "image". Returns the process exit status (0 ok, 1 error, 2 usage). */
int image_main(int argc, char **argv);

/* Where the littlefs region of an image file lives: the whole file, or the
 * vfs partition of a full ESP32 flash image. Returns 0 or -1 (msg set). */
struct image_region {
    uint64_t offset, size;
    int full;           /* 1 if a partition table was found */
};
int image_find_region(const uint8_t *img, uint64_t size, struct image_region *r);

/* Write the ESP32 partition table (nvs, phy_init, factory app, and a vfs
 * data partition of vfs_size bytes at 0x200000) at 0x8000 of a whole-flash
 * image `mem`. */
void image_write_partition_table(uint8_t *mem, uint32_t vfs_size);


#endif
