# sys.exit raises SystemExit
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit no args", e.args)
print("before exit")
sys.exit(0)
print("never printed")
