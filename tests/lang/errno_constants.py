# errno: constants have the Linux values; errorcode maps them back to names
import errno

names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST',
         'ENODEV', 'EISDIR', 'EINVAL', 'ENOSPC', 'EROFS', 'ENOTDIR', 'ENOTEMPTY',
         'ENAMETOOLONG', 'ETIMEDOUT', 'EINPROGRESS', 'EALREADY', 'ECONNRESET',
         'ECONNREFUSED', 'EHOSTUNREACH', 'EADDRINUSE', 'EOPNOTSUPP', 'ENOBUFS',
         'ENOTCONN', 'ECONNABORTED']
for n in names:
    v = getattr(errno, n)
    # (CPython names 95 ENOTSUP in errorcode, MicroPython EOPNOTSUPP)
    print(n, v, errno.errorcode[v] if v != 95 else '-', type(v).__name__)
print(errno.ENOENT == 2, errno.EAGAIN == 11, errno.EINVAL == 22)
print(type(errno.errorcode).__name__)
print(errno.errorcode.get(2), errno.errorcode.get(100000))
print(hasattr(errno, 'ENOENT'), hasattr(errno, 'ENOTANERROR'))
