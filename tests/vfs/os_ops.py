# os: listdir, ilistdir, stat, statvfs, mkdir, rmdir, rename, remove,
# chdir, getcwd, uname, sync, sep (MicroPython on ESP32, littlefs at /)
import os
import uos
print(uos is os, os.sep)
print(os.getcwd())
print(os.listdir(), os.listdir("/"), list(os.ilistdir()))

os.mkdir("lib")
os.mkdir("/data")
with open("main.py", "w") as f:
    f.write("print('hi')\n")
with open("data/log.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir()))
print(os.listdir("data"), os.listdir("/data/"), os.listdir("lib"))
print(sorted(os.ilistdir("/")))
for e in os.ilistdir("data"):
    print(e, len(e), type(e).__name__)

st = os.stat("main.py")
print(len(st), st[0], st[1:6], st[6], st[7] == st[8] == st[9])
print(os.stat("data")[0], os.stat("data")[6])
print(os.stat("/")[0])
print(os.stat("data/log.txt")[6], os.stat("/data/./log.txt")[6], os.stat("lib/../data/log.txt")[6])

v = os.statvfs("/")
print(len(v), v[0], v[1], v[2], v[3] == v[4], 0 < v[3] < v[2], v[5:9], v[9])

# chdir / getcwd and relative paths
os.chdir("data")
print(os.getcwd())
print(os.listdir(), open("log.txt").read())
os.mkdir("sub")
os.chdir("sub")
print(os.getcwd())
with open("deep.txt", "w") as f:
    f.write("deep")
os.chdir("..")
print(os.getcwd(), os.listdir("sub"))
os.chdir("/")
print(os.getcwd())
os.chdir("data/sub/../..")
print(os.getcwd())
os.chdir("/data/sub")
os.chdir("../../lib")
print(os.getcwd())
os.chdir("..")
os.chdir("..")
print(os.getcwd())

# rename: file, across directories, directory
os.rename("main.py", "boot.py")
print(sorted(os.listdir()))
os.rename("boot.py", "lib/boot.py")
print(sorted(os.listdir()), os.listdir("lib"))
os.rename("data/sub", "lib/sub")
print(os.listdir("data"), sorted(os.listdir("lib")), open("lib/sub/deep.txt").read())
with open("a.txt", "w") as f:
    f.write("A")
with open("b.txt", "w") as f:
    f.write("B")
os.rename("a.txt", "b.txt")
print(sorted(os.listdir()), open("b.txt").read())

# remove / rmdir
os.remove("b.txt")
os.remove("lib/sub/deep.txt")
os.rmdir("lib/sub")
print(sorted(os.listdir()), os.listdir("lib"))
os.remove("lib/boot.py")
os.rmdir("lib")
os.remove("data/log.txt")
os.rmdir("data")
print(os.listdir())
print(os.statvfs("/")[3] >= v[3])

u = os.uname()
import sys
print(len(u), u[0] == sys.platform, u.sysname == sys.platform, u.nodename == sys.platform, u.sysname == u[0], u.release == u[2], u.version == u[3])
print(os.sync())
