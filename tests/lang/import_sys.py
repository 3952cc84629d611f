# the sys module (portable parts)
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("import_sys.py"))
print(type(sys.path).__name__, type(sys.modules).__name__)
print(sys.maxsize >= 2 ** 31 - 1, sys.byteorder in ("little", "big"))
print(sys.version_info[0])
sys.stdout.write("written via sys.stdout\n")
print("sys" in sys.modules)
