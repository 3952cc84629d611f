# script-args: one "two words" 3
# sys.argv holds the script name and its arguments
import sys
print(len(sys.argv), sys.argv[0].endswith("import_sys_argv.py"), sys.argv[1:])
n = int(sys.argv[3])
print(n * 2, sys.argv[2].split())
