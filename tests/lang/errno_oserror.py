# errno values used with OSError: .errno, args, matching by value
import errno

def check(e):
    try:
        raise OSError(e, 'msg')
    except OSError as exc:
        print(exc.errno, exc.args, exc.errno == e, errno.errorcode[exc.errno])

for e in (errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.ETIMEDOUT, errno.EAGAIN):
    check(e)

try:
    raise OSError(errno.EISDIR, 'is a directory')
except OSError as exc:
    print(exc.errno == errno.EISDIR, exc.args)

def classify(exc):
    if exc.errno == errno.ENOENT:
        return 'missing'
    if exc.errno in (errno.EAGAIN, errno.ETIMEDOUT):
        return 'retry'
    return 'other'

for e in (2, 11, 110, 5):
    print(e, classify(OSError(e, 'x')))

# all constants distinct, all positive
vals = [k for k, v in errno.errorcode.items()]
print(len(vals) == len(set(vals)), all(v > 0 for v in vals))
print(sorted(k for k in errno.errorcode if k in (1, 2, 5, 9))[:4])
