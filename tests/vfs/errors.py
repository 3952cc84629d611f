# OSError with littlefs errno values: ENOENT 2, EEXIST 17, EISDIR 21,
# ENOTDIR 20, ENOTEMPTY 39, EINVAL 22 (ENOSPC 28: see full.py)
import os

def check(what, f, *args):
    try:
        f(*args)
        print(what, "no error")
    except OSError as e:
        print(what, type(e).__name__, e.errno, e.args[0] == e.errno)

os.mkdir("d")
os.mkdir("d/sub")
with open("f.txt", "w") as f:
    f.write("file")
with open("d/g.txt", "w") as f:
    f.write("g")

# ENOENT
check("open missing", open, "missing.txt")
check("open missing rb", open, "missing.bin", "rb")
check("open in missing dir", open, "nodir/x.txt", "w")
check("stat missing", os.stat, "missing")
check("remove missing", os.remove, "missing")
check("rmdir missing", os.rmdir, "missing")
check("rename missing", os.rename, "missing", "other")
check("listdir missing", os.listdir, "missing")
check("mkdir in missing", os.mkdir, "nodir/sub")
check("chdir missing", os.chdir, "missing")
# EEXIST
check("mkdir existing dir", os.mkdir, "d")
check("mkdir existing file", os.mkdir, "f.txt")
check("open x existing", open, "f.txt", "x")
check("open x existing dir", open, "d", "xb")
# EISDIR
check("open dir", open, "d")
check("open dir w", open, "d", "w")
check("open dir a", open, "d/sub", "ab")
check("rename file onto dir", os.rename, "f.txt", "d")
# ENOTDIR
check("open under a file", open, "f.txt/x")
check("create under a file", open, "f.txt/x", "w")
check("stat under a file", os.stat, "f.txt/x")
check("mkdir under a file", os.mkdir, "f.txt/sub")
check("listdir of a file", os.listdir, "f.txt")
check("chdir to a file", os.chdir, "f.txt")
# ENOTEMPTY
check("rmdir non-empty", os.rmdir, "d")
check("rename onto non-empty dir", os.rename, "d/sub", "d")
# EINVAL
with open("f.txt", "rb") as f:
    check("seek before start", f.seek, -10)
    check("seek before start, from end", f.seek, -100, 2)
    print(f.read())

# nothing above changed the tree
print(sorted(os.listdir()), sorted(os.listdir("d")), os.listdir("d/sub"))
print(open("f.txt").read(), open("d/g.txt").read())

# how MicroPython prints it
try:
    open("missing.txt")
except OSError as e:
    print(e)
try:
    os.mkdir("d")
except OSError as e:
    print(e)
try:
    os.rmdir("d")
except OSError as e:
    print(e)
