/* tests/fs/image_driver.c - stand-alone driver for `kiln image` so the image
 * tool can be tested before/without ports/unix/main.c:
 *   image_driver <command> IMG ...   ==   kiln image <command> IMG ... */
#include "ports/unix/image_cmd.h"

int main(int argc, char **argv)
{
    argv[0] = "image";
    return image_main(argc, argv);
}
