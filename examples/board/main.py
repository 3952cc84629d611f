# main.py -- the demo board's program: blink the LED on GPIO2 five times,
# then drop to the REPL. Edit it from the REPL, Thonny or mpremote;
# Ctrl-C stops it, Ctrl-D soft-reboots and runs it again.
from machine import Pin
import time

led = Pin(2, Pin.OUT)
print("Hello from Kiln on", end=" ")
import sys
print(sys.platform, "- blinking GPIO2")
for i in range(5):
    led.on()
    time.sleep_ms(200)
    led.off()
    time.sleep_ms(200)
    print("blink", i + 1)
print("done; try: led.value(1), import os; os.listdir(), help()")
