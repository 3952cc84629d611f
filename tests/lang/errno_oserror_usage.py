# errno constants used with OSError
import errno
for name in ('ENOENT', 'EEXIST', 'EINVAL', 'EAGAIN', 'EIO', 'EBADF', 'ENOMEM', 'EACCES'):
    print(name, hasattr(errno, name))
e = OSError(errno.ENOENT, 'missing')
print(e.args[0] == errno.ENOENT, e.errno == errno.ENOENT, e.args[1])
def op(code):
    raise OSError(code)
for code in (errno.EAGAIN, errno.EINVAL):
    try:
        op(code)
    except OSError as ex:
        print('handled', ex.args[0] == code)
print(errno.errorcode[errno.EEXIST] if hasattr(errno, 'errorcode') else 'EEXIST')
print(isinstance(OSError(1, 'x'), Exception))
