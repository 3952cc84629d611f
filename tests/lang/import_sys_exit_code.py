# kiln-exit: 3
# sys.exit(n) ends the program with exit status n and no traceback
import sys
print("exiting")
sys.exit(3)
print("never")
