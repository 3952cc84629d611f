// ports/unix/unix.h — the unix port's own API (beyond core/port.h), used by
// ports/unix/main.c.
#ifndef KILN_PORTS_UNIX_UNIX_H
#define KILN_PORTS_UNIX_UNIX_H

// Install the SIGINT handler (Ctrl-C -> KeyboardInterrupt). Call after rt_init().
void port_unix_init(void);
// Is stdin a terminal?
int port_unix_stdin_is_tty(void);

// Mount the host folder host_root at VFS point (ports/unix/vfs_posix.c).
// Returns 0 or a negative errno.
int vfs_mount_posix(const char *point, const char *host_root);

// `kiln board ...` (ports/unix/board_main.c); argv[0] is "board".
int board_main(int argc, char **argv);
// Set while the virtual board runs: port.h goes to the board.
extern int unix_board_mode;

#endif
