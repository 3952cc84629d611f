"""The machine peripherals of the virtual ESP32 (issue 4 items 5-6): PWM, ADC,
DAC, TouchPad, I2C/SoftI2C, SPI/SoftSPI, UART, machine.bootloader and the
esp / esp32 modules, with MicroPython ESP32's API, reprs and messages. The
host drives analog inputs through the control socket (`adc PIN MV`,
`touch PIN VALUE`); PWM and DAC outputs show in the VCD as the real variable
GPIOn_avg (the mean output as a fraction of VDD)."""
import re
import time

from kilnboard import booted


def ok(b, code, timeout=10.0):
    return b.raw_exec(code, timeout).decode().replace("\r\n", "\n")


def analog_changes(b, pin):
    """[(time, value)] of the real variable GPIO<pin>_avg in the board's VCD."""
    with open(b.vcd_path) as f:
        text = f.read()
    m = re.search(r"\$var real 64 (\S+) GPIO%d_avg \$end" % pin, text)
    assert m, "no real variable GPIO%d_avg in the VCD" % pin
    ident = m.group(1)
    body = text[text.index("$enddefinitions"):]
    toks = body.split()
    out, t = [], 0
    for i, tok in enumerate(toks):
        if tok.startswith("#"):
            t = int(tok[1:])
        elif tok.startswith("r") and i + 1 < len(toks) and toks[i + 1] == ident:
            out.append((t, float(tok[1:])))
    return out


def test_pwm_api_reprs_and_errors():
    b = booted()
    out = ok(b, "from machine import PWM, Pin\n"
                "p = PWM(Pin(2))\n"
                "print(p)\nprint(p.freq(), p.duty(), p.duty_u16(), p.duty_ns())\n"
                "p.freq(1234); print(p.freq(), p.duty())\n"
                "p.duty_u16(16384); print(p.duty(), p.duty_u16())\n"
                "p.duty_ns(100000); print(p)\n"
                "q = PWM(Pin(4), freq=1234, duty=100); print(q)\n"
                "r = PWM(5, 50, duty_u16=3277); print(r)\n"
                "p.init(freq=2000, duty=256); print(p)\n"
                "for f in (0, 40000001):\n"
                "    try:\n        p.freq(f)\n    except ValueError as e:\n        print(e)\n"
                "for k in ('duty', 'duty_u16', 'duty_ns'):\n"
                "    try:\n        getattr(p, k)(-1)\n    except ValueError as e:\n        print(e)\n"
                "try:\n    p.duty(1024)\nexcept ValueError as e:\n    print(e)\n"
                "p.deinit(); print(p)\n"
                "try:\n    p.duty()\nexcept ValueError as e:\n    print(e)\n"
                "try:\n    PWM(Pin(36))\nexcept ValueError as e:\n    print(e)\n"
                "print(PWM(Pin(2), freq=40000000).freq(), PWM(Pin(2), freq=1).freq())\n")
    assert out == (
        "PWM(Pin(2), freq=5000, duty=512, resolution=13, (duty=50.00%, resolution=0.012%), mode=0, channel=0, timer=0)\n"
        "5000 512 32768 100002\n"
        "1235 512\n"
        "256 16384\n"
        "PWM(Pin(2), freq=1235, duty_ns=99987, resolution=15, (duty=12.34%, resolution=0.003%), mode=0, channel=0, timer=0)\n"
        "PWM(Pin(4), freq=1235, duty=100, resolution=15, (duty=9.77%, resolution=0.003%), mode=0, channel=1, timer=0)\n"
        "PWM(Pin(5), freq=50, duty_u16=3277, resolution=16, (duty=5.00%, resolution=0.002%), mode=0, channel=2, timer=1)\n"
        "PWM(Pin(2), freq=1996, duty=256, resolution=15, (duty=25.00%, resolution=0.003%), mode=0, channel=0, timer=2)\n"
        "frequency must be from 1Hz to 40MHz\nfrequency must be from 1Hz to 40MHz\n"
        "duty must be from 0 to 1023\nduty_u16 must be from 0 to 65535\nduty_ns must be from 0 to 500000 ns\n"
        "duty must be from 0 to 1023\n"
        "PWM(Pin(2))\nPWM inactive\ninvalid pin\n"
        "40000000 1\n"), out


def test_pwm_out_of_channels_and_timers():
    b = booted()
    out = ok(b, "from machine import PWM\n"
                "ps = [PWM(n, freq=1000 + n) for n in (0, 2, 4, 5)]\n"
                "try:\n    PWM(12, freq=999)\nexcept ValueError as e:\n    print(e)\n"
                "ps += [PWM(n, freq=1000) for n in (12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25)]\n"
                "print(ps[4])\n"
                "print(ps[-1])\n"
                "try:\n    PWM(26)\nexcept ValueError as e:\n    print(e)\n")
    assert out == ("out of PWM timers:8\n"
                   "PWM(Pin(12), freq=998, duty=512, resolution=16, (duty=50.00%, resolution=0.002%), mode=0, channel=4, timer=0)\n"
                   "PWM(Pin(25), freq=998, duty=512, resolution=16, (duty=50.00%, resolution=0.002%), mode=1, channel=7, timer=0)\n"
                   "out of PWM channels:16\n"), out


def test_pwm_in_vcd_as_analog_level_and_stopped_by_soft_reset():
    b = booted()
    t0 = int(b.control("clock"))
    ok(b, "from machine import PWM, Pin\nimport time\n"
          "led = PWM(Pin(2), freq=1000, duty=512)\ntime.sleep(1)\n"
          "led.duty(256)\ntime.sleep(1)\nled.duty_u16(65535)\ntime.sleep(1)\nled.deinit()\n")
    ch = [(t, v) for t, v in analog_changes(b, 2) if t >= t0]
    want = [0.5, 0.25, 65535 / 65536, 0.0]     # 1 kHz: 16-bit resolution
    assert len(ch) == 4 and all(abs(v - w) < 1e-5 for (_, v), w in zip(ch, want)), ch
    gaps = [ch[i + 1][0] - ch[i][0] for i in range(3)]
    assert all(abs(g - 1000000) < 100000 for g in gaps), gaps
    # the wire GPIO2 is not flooded with kHz edges
    _, sig = b.vcd()
    assert len(sig[2]) <= 2, sig[2]
    ok(b, "p = PWM(Pin(4), duty=100)\n")
    b.enter_raw()   # soft reset: every PWM channel stops
    assert analog_changes(b, 4)[-1][1] == 0.0
    assert ok(b, "from machine import PWM\nprint(PWM(Pin(4)) if False else PWM(21))\n") == \
        "PWM(Pin(21), freq=5000, duty=512, resolution=13, (duty=50.00%, resolution=0.012%), mode=0, channel=0, timer=0)\n"


def test_adc_values_from_the_host():
    b = booted()
    b.control_ok("adc 34 1650")
    out = ok(b, "from machine import ADC, Pin\n"
                "a = ADC(Pin(34), atten=ADC.ATTN_11DB)\n"
                "print(a, a.read(), a.read_u16(), a.read_uv())\n"
                "a.atten(ADC.ATTN_0DB); print(a.read(), a.read_uv())\n"
                "a.atten(ADC.ATTN_6DB); a.width(ADC.WIDTH_9BIT); print(a.read(), a.read_u16(), a.read_uv())\n"
                "a.width(12)\n"
                "print(ADC.ATTN_0DB, ADC.ATTN_2_5DB, ADC.ATTN_6DB, ADC.ATTN_11DB,"
                " ADC.WIDTH_9BIT, ADC.WIDTH_10BIT, ADC.WIDTH_11BIT, ADC.WIDTH_12BIT)\n"
                "print(ADC(34) is a, ADC(Pin(36)).read())\n")
    assert out == ("ADC(Pin(34), atten=3) 2048 32776 1650000\n"
                   "4095 1100000\n"
                   "383 49119 1649000\n"
                   "0 1 2 3 9 10 11 12\n"
                   "True 0\n"), out
    b.control_ok("adc 34 3300")
    b.control_ok("adc 0 500")
    assert b.eval("(a.read(), ADC(Pin(0), atten=3).read(), ADC(Pin(0), ADC.ATTN_0DB).read())") == (4095, 620, 1861)
    b.control_ok("adc 34 z")       # released: the digital level decides
    b.control_ok("pin 34 1")
    assert b.eval("a.read()") == 4095
    b.control_ok("pin 34 0")
    assert b.eval("a.read()") == 0
    out = ok(b, "for n in (1, 5, 16, 23):\n"
                "    try:\n        ADC(Pin(n))\n    except ValueError as e:\n        print(n, e)\n"
                "for f in (lambda: a.atten(4), lambda: a.width(8), lambda: ADC(Pin(32), atten=7)):\n"
                "    try:\n        f()\n    except ValueError as e:\n        print(e)\n")
    assert out == ("1 invalid pin\n5 invalid pin\n16 invalid pin\n23 invalid pin\n"
                   "invalid atten\ninvalid bits\ninvalid atten\n"), out
    assert b.control("adc 34 x") == "error: bad value"
    assert b.control("adc 40 100") == "error: no such pin"


def test_dac_and_its_analog_level():
    b = booted()
    t0 = int(b.control("clock"))
    out = ok(b, "from machine import DAC, ADC, Pin\nimport time\n"
                "d = DAC(Pin(25)); print(d, DAC(25) is d)\n"
                "d.write(51); time.sleep_ms(500); print(ADC(25, atten=ADC.ATTN_11DB).read_uv())\n"
                "d.write(255)\n"
                "for v in (-1, 256):\n"
                "    try:\n        d.write(v)\n    except ValueError as e:\n        print(e)\n"
                "try:\n    DAC(Pin(27))\nexcept ValueError as e:\n    print(e)\n")
    assert out == "DAC(Pin(25)) True\n660000\nvalue out of range\nvalue out of range\ninvalid Pin for DAC\n", out
    ch = [(t, v) for t, v in analog_changes(b, 25) if t >= t0]
    assert [v for _, v in ch] == [0.2, 1.0], ch
    assert abs(ch[1][0] - ch[0][0] - 500000) < 100000, ch


def test_touchpad():
    b = booted()
    out = ok(b, "from machine import TouchPad, Pin\n"
                "t = TouchPad(Pin(4)); print(t.read(), t.config(400), TouchPad(4) is t)\n"
                "try:\n    TouchPad(Pin(5))\nexcept ValueError as e:\n    print(e)\n")
    assert out == "1000 None True\ninvalid pin for touchpad\n", out
    _, sig = b.vcd()      # booting with no PWM leaves every wire alone
    assert all(sig[n] == [(0, 'x')] for n in (0, 2, 4, 5)), [sig[n] for n in (0, 2, 4, 5)]
    b.control_ok("touch 4 180")
    assert b.eval("t.read()") == 180
    b.control_ok("touch 4 z")
    assert b.eval("t.read()") == 1000


def test_i2c_empty_bus():
    b = booted()
    out = ok(b, "from machine import I2C, SoftI2C, Pin\n"
                "i = I2C(0); print(i, i.scan(), I2C(0) is i)\n"
                "print(I2C(1, scl=Pin(22), sda=Pin(21), freq=100000))\n"
                "print(I2C(1, freq=300000))\n"
                "s = SoftI2C(scl=Pin(22), sda=Pin(21)); print(s, s.scan())\n"
                "print(SoftI2C(Pin(5), Pin(4), freq=100000))\n"
                "buf = bytearray(3)\n"
                "calls = [lambda: i.readfrom(0x3c, 2), lambda: i.readfrom_into(0x3c, buf),\n"
                "         lambda: i.writeto(0x3c, b'ab'), lambda: i.writevto(0x3c, (b'a', b'b')),\n"
                "         lambda: i.readfrom_mem(0x50, 0, 4), lambda: i.readfrom_mem_into(0x50, 0, buf),\n"
                "         lambda: i.writeto_mem(0x50, 0, b'x', addrsize=16), lambda: s.readfrom(0x3c, 1),\n"
                "         lambda: s.writeto(0x3c, b'')]\n"
                "for c in calls:\n"
                "    try:\n        c()\n    except OSError as e:\n        print(e, e.errno)\n"
                "s.start(); print(s.write(b'\\x78\\x00'), s.readinto(buf), buf); s.stop()\n"
                "try:\n    i.start()\nexcept OSError as e:\n    print(e)\n"
                "try:\n    I2C(2)\nexcept ValueError as e:\n    print(e)\n"
                "try:\n    i.readfrom_mem(0x50, 0, 1, addrsize=12)\nexcept ValueError as e:\n    print(e)\n"
                "try:\n    SoftI2C(scl=Pin(22))\nexcept TypeError as e:\n    print('TypeError')\n")
    enodev = "[Errno 19] ENODEV 19\n"
    assert out == ("I2C(0, scl=18, sda=19, freq=400000) [] True\n"
                   "I2C(1, scl=22, sda=21, freq=100000)\n"
                   "I2C(1, scl=22, sda=21, freq=300751)\n"
                   "SoftI2C(scl=22, sda=21, freq=500000) []\n"
                   "SoftI2C(scl=5, sda=4, freq=100000)\n"
                   + enodev * 9 +
                   "0 None bytearray(b'\\xff\\xff\\xff')\n"
                   "I2C operation not supported\n"
                   "I2C(2) doesn't exist\n"
                   "invalid addrsize\n"
                   "TypeError\n"), out
    # SDA held low by the host: the bytes read are 0
    b.control_ok("pin 21 0")
    assert b.eval("(s.readinto(buf), bytes(buf))") == (None, b"\x00\x00\x00")


def test_spi_reads_idle_high():
    b = booted()
    out = ok(b, "from machine import SPI, SoftSPI, Pin\n"
                "s = SPI(1); print(s, SPI(1) is s)\n"
                "v = SPI(2, baudrate=3000000, polarity=1, phase=1); print(v)\n"
                "print(SPI(2, 10000000, sck=Pin(5), mosi=None))\n"
                "print(s.read(3), s.read(2, 0x55), s.write(b'abc'))\n"
                "buf = bytearray(b'12'); print(s.readinto(buf), buf, s.write_readinto(b'xy', buf), buf)\n"
                "try:\n    s.write_readinto(b'xyz', buf)\nexcept ValueError as e:\n    print(e)\n"
                "s.deinit()\n"
                "try:\n    s.write(b'a')\nexcept OSError as e:\n    print(e)\n"
                "s.init(baudrate=1000000); print(s.read(1), s)\n"
                "ss = SoftSPI(baudrate=100000, sck=Pin(18), mosi=Pin(23), miso=Pin(19)); print(ss, ss.read(2))\n"
                "print(SoftSPI(2000000, sck=18, mosi=23, miso=19), SoftSPI(300000, sck=18, mosi=23, miso=19))\n"
                "print(SPI.MSB, SPI.LSB, SoftSPI.MSB)\n"
                "for f in (lambda: SPI(0), lambda: SPI(3), lambda: SoftSPI(sck=18, mosi=23),\n"
                "          lambda: SoftSPI(sck=18, mosi=23, miso=19, bits=7),\n"
                "          lambda: SoftSPI(sck=18, mosi=23, miso=19, firstbit=SPI.LSB)):\n"
                "    try:\n        f()\n    except ValueError as e:\n        print(e)\n")
    assert out == (
        "SPI(id=1, baudrate=500000, polarity=0, phase=0, bits=8, firstbit=0, sck=14, mosi=13, miso=12) True\n"
        "SPI(id=2, baudrate=2962962, polarity=1, phase=1, bits=8, firstbit=0, sck=18, mosi=23, miso=19)\n"
        "SPI(id=2, baudrate=10000000, polarity=0, phase=0, bits=8, firstbit=0, sck=5, mosi=-1, miso=19)\n"
        "b'\\xff\\xff\\xff' b'\\xff\\xff' None\n"
        "None bytearray(b'\\xff\\xff') None bytearray(b'\\xff\\xff')\n"
        "buffers must be the same length\n"
        "transfer on deinitialized SPI\n"
        "b'\\xff' SPI(id=1, baudrate=1000000, polarity=0, phase=0, bits=8, firstbit=0, sck=14, mosi=13, miso=12)\n"
        "SoftSPI(baudrate=100000, polarity=0, phase=0, sck=18, mosi=23, miso=19) b'\\xff\\xff'\n"
        "SoftSPI(baudrate=800000, polarity=0, phase=0, sck=18, mosi=23, miso=19) "
        "SoftSPI(baudrate=250000, polarity=0, phase=0, sck=18, mosi=23, miso=19)\n"
        "0 1 0\n"
        "SPI(0) doesn't exist\nSPI(3) doesn't exist\n"
        "must specify all of sck/mosi/miso\nbits must be 8\nfirstbit must be MSB\n"), out
    b.control_ok("pin 12 0")     # the host pulls MISO low
    assert b.eval("s.read(2)") == b"\x00\x00"
    # the SPI pins as the peripheral drives them (SCK idles at the polarity)
    _, sig = b.vcd()
    assert sig[18][-1][1] == "0" and sig[14][-1][1] == "0", (sig[18], sig[14])


def test_uart():
    b = booted()
    out = ok(b, "from machine import UART, Pin\nimport time\n"
                "u = UART(1); print(u)\n"
                "print(u.write(b'hello'), u.read(), u.readline(), u.any(), u.readinto(bytearray(4)))\n"
                "u2 = UART(2, baudrate=9600, tx=5, rx=5, timeout=200)\nprint(u2)\n"
                "u2.write('line one\\nrest'); print(u2.any(), u2.readline(), u2.read(2), u2.read())\n"
                "t = time.ticks_ms(); print(u2.read(), time.ticks_diff(time.ticks_ms(), t) >= 200)\n"
                "u1 = UART(1, 115200, tx=26, rx=27); u2.init(rx=26, timeout=0)\n"
                "u1.write(b'abc'); b = bytearray(5); print(u2.readinto(b), b, u1.any())\n"
                "print(UART(1, 57600, 7, 0, 2, rxbuf=512))\n"
                "print(UART(1, invert=UART.INV_TX | UART.INV_CTS, flow=UART.RTS | UART.CTS))\n"
                "for f in (lambda: UART(3), lambda: UART(1, bits=9), lambda: UART(1, stop=3)):\n"
                "    try:\n        f()\n    except ValueError as e:\n        print(e)\n"
                "c = UART(0); print(c)\n"
                "print(c.write(b'<console>'))\n"
                "print(UART.INV_TX, UART.INV_RX, UART.RTS, UART.CTS, u.txdone(), u.flush())\n")
    assert out == (
        "UART(1, baudrate=115201, bits=8, parity=None, stop=1, tx=10, rx=9, rts=-1, cts=-1, txbuf=256, rxbuf=256, timeout=0, timeout_char=0)\n"
        "5 None None 0 None\n"
        "UART(2, baudrate=9600, bits=8, parity=None, stop=1, tx=5, rx=5, rts=-1, cts=-1, txbuf=256, rxbuf=256, timeout=200, timeout_char=0)\n"
        "13 b'line one\\n' b're' b'st'\n"
        "None True\n"
        "3 bytearray(b'abc\\x00\\x00') 0\n"
        "UART(1, baudrate=57600, bits=7, parity=0, stop=2, tx=10, rx=9, rts=-1, cts=-1, txbuf=256, rxbuf=512, timeout=0, timeout_char=0)\n"
        "UART(1, baudrate=115201, bits=8, parity=None, stop=1, tx=10, rx=9, rts=-1, cts=-1, txbuf=256, rxbuf=256, timeout=0, timeout_char=0, invert=INV_TX|INV_CTS, flow=RTS|CTS)\n"
        "UART(3) does not exist\ninvalid data bits\ninvalid stop bits\n"
        "UART(0, baudrate=115201, bits=8, parity=None, stop=1, tx=-1, rx=-1, rts=-1, cts=-1, txbuf=256, rxbuf=256, timeout=0, timeout_char=0)\n"
        "<console>9\n"
        "32 4 1 2 True None\n"), out


def test_uart0_reads_the_console():
    b = booted()
    b.send(b"from machine import UART; c = UART(0, timeout=2000); print(repr(c.read(5)))\r")
    b.expect(b"print(repr(c.read(5)))\r\n")
    b.send(b"xyz12")
    assert b.expect(b">>> ").endswith(b"b'xyz12'\r\n>>> ")


def test_esp_and_esp32_modules():
    b = booted()
    out = ok(b, "import esp, esp32\n"
                "print(esp.flash_size(), hex(esp.flash_user_start()), esp.osdebug(None), esp.osdebug(0, esp.LOG_INFO))\n"
                "print(esp.LOG_NONE, esp.LOG_ERROR, esp.LOG_WARNING, esp.LOG_INFO, esp.LOG_DEBUG, esp.LOG_VERBOSE)\n"
                "print(esp32.raw_temperature(), esp32.WAKEUP_ALL_LOW, esp32.WAKEUP_ANY_HIGH, esp32.HEAP_DATA, esp32.HEAP_EXEC)\n"
                "h = esp32.idf_heap_info(esp32.HEAP_DATA); print(len(h) > 0, all(len(t) == 4 for t in h))\n"
                "from machine import Pin\n"
                "print(esp32.wake_on_ext0(Pin(4), esp32.WAKEUP_ANY_HIGH), esp32.wake_on_ext0(None))\n"
                "try:\n    esp32.wake_on_ext0(Pin(5), 1)\nexcept ValueError as e:\n    print(e)\n"
                "try:\n    esp32.wake_on_ext1(pins=(Pin(2), Pin(22)))\nexcept ValueError as e:\n    print(e)\n")
    assert out == ("4194304 0x200000 None None\n0 1 2 3 4 5\n128 False True 4 1\nTrue True\nNone None\n"
                   "invalid pin\ninvalid pin\n"), out


def test_deepsleep_wakes_on_ext1_and_touch():
    b = booted()
    b.put_file("main.py", "import machine\nprint('wake', machine.reset_cause(), machine.wake_reason())\n")
    b.exec_raw_no_follow("import esp32, machine\nfrom machine import Pin\n"
                         "esp32.wake_on_ext1(pins=(Pin(32), Pin(33)), level=esp32.WAKEUP_ANY_HIGH)\n"
                         "machine.deepsleep()\n")
    b.in_raw = False
    b.control_ok("pin 33 1")
    out = b.wait_banner(10)
    assert b"wake 4 3\r\n" in out, out
    b.control_ok("pin 33 z")
    b.enter_raw()
    b.exec_raw_no_follow("import esp32, machine\n"
                         "machine.TouchPad(machine.Pin(4)).config(300)\nesp32.wake_on_touch(True)\n"
                         "machine.deepsleep()\n")
    b.in_raw = False
    b.control_ok("touch 4 200")
    out = b.wait_banner(10)
    assert b"wake 4 5\r\n" in out, out


def test_bootloader_notice_then_hard_reset():
    b = booted()
    b.send(b"import machine; machine.bootloader()\r")
    out = b.wait_banner(10)
    assert b"bootloader: the virtual board has no ROM download mode; hard reset\r\n" in out, out
    assert b.eval("__import__('machine').reset_cause()") in (2, 5)


def test_i2c_simulated_device_from_host():
    b = booted()
    b.control_ok("i2c 0x3c on")
    b.control_ok("i2c 0x50 0x10 cafe01")
    assert b.control("i2c 0x50 0x0f") == "00cafe01" + "00" * 12
    out = ok(b, "from machine import I2C, SoftI2C, Pin\n"
                "i = I2C(0); print(i.scan())\n"
                "print(i.readfrom_mem(0x50, 0x10, 3), i.writeto(0x50, b'\\x20abc'), i.readfrom(0x50, 2))\n"
                "i.writeto_mem(0x3c, 0xfe, b'xyz'); print(i.readfrom_mem(0x3c, 0xfe, 3), i.readfrom(0x3c, 1))\n"
                "buf = bytearray(2); i.readfrom_mem_into(0x50, 0x21, buf); print(buf)\n"
                "print(i.writevto(0x50, (b'\\x30', b'A', b'BC')), i.readfrom_mem(0x50, 0x30, 4, addrsize=16))\n"
                "s = SoftI2C(scl=Pin(22), sda=Pin(21)); print(s.scan())\n"
                "s.start(); print(s.write(bytes([0x50 << 1, 0x10]))); s.start(); print(s.write(bytes([0xa1])))\n"
                "r = bytearray(3); s.readinto(r); s.stop(); print(r)\n"
                "s.start(); print(s.write(bytes([0x51 << 1, 1, 2]))); s.stop()\n")
    assert out == ("[60, 80]\n"
                   "b'\\xca\\xfe\\x01' 4 b'\\x00\\x00'\n"
                   "b'xyz' b'\\x00'\n"
                   "bytearray(b'bc')\n"
                   "4 b'ABC\\x00'\n"
                   "[60, 80]\n"
                   "2\n1\n"
                   "bytearray(b'\\xca\\xfe\\x01')\n"
                   "0\n"), out
    assert b.control("i2c 0x50 0x20") == "616263" + "00" * 13
    b.control_ok("i2c 0x3c off")
    assert b.eval("i.scan()") == [80]
    assert b.control("i2c 200 on") == "error: bad address"
    assert b.control("i2c 0x50 0 xyz") == "error: bad hex bytes"


def test_slow_pwm_edges_on_the_wire():
    b = booted()
    t0 = int(b.control("clock"))
    ok(b, "from machine import PWM, Pin\nimport time\n"
          "led = PWM(Pin(2), freq=1, duty=256)\ntime.sleep(10)\n"
          "servo = PWM(Pin(4), freq=50, duty_ns=1500000)\ntime.sleep(1)\n"
          "led.freq(1000)\ntime.sleep(1)\nled.deinit(); servo.deinit()\n"
          "Pin(5, Pin.OUT, value=1); p5 = PWM(Pin(5), freq=2, duty=0); time.sleep(1); p5.deinit()\n", timeout=20)
    _, sig = b.vcd()
    led = [(t, v) for t, v in sig[2] if t >= t0]
    rises = [t for t, v in led if v == "1"]
    falls = [t for t, v in led if v == "0"]
    # 1 Hz from REF_TICK: a period of 999936 us; 11 s until freq(1000): 12 rises
    assert len(rises) == 12, led[:14]
    assert all(abs(rises[i + 1] - rises[i] - 999936) <= 1 for i in range(11)), rises
    assert all(abs(f - r - 249984) <= 1 for r, f in zip(rises, falls[:11])), (rises[:3], falls[:3])
    # at 1 kHz the wire is left alone (high: where the wave stopped), then
    # deinit: the GPIO latch (an input pin: 0)
    assert led[-2][1] == "1" and led[-1][1] == "0" and led[-1][0] - rises[0] > 12000000, led[-3:]
    servo = [(t, v) for t, v in sig[4] if t >= t0]
    srises = [t for t, v in servo if v == "1"]
    widths = [f - r for (r, v1), (f, v2) in zip(servo, servo[1:]) if v1 == "1" and v2 == "0"]
    # 2 s of 50 Hz (exactly 20 ms from the 80 MHz clock), 1.5 ms pulses
    # (deinit may cut the last pulse short)
    assert 100 <= len(srises) <= 110 and all(1499 <= w <= 1500 for w in widths[:-1]), (len(srises), widths)
    assert widths[-1] <= 1500 and servo[-1][1] == "0", servo[-3:]
    assert all(srises[i + 1] - srises[i] == 20000 for i in range(len(srises) - 1)), srises[:5]
    # duty 0: a steady 0; after deinit the output latch (1) again
    assert [v for t, v in sig[5] if t >= t0] == ["1", "0", "1"], sig[5]


def test_uart_host_end_of_the_wire():
    b = booted()
    assert b.control("uart 2 4142") == "error: UART not open"
    ok(b, "from machine import UART\nu = UART(2, 9600, timeout=3000)\n")
    b.control_ok("uart 2 " + b"$GPGGA,1\r\n".hex())
    assert b.eval("(u.any(), u.readline())") == (10, b"$GPGGA,1\r\n")
    assert ok(b, "print(u.write(b'AT\\r\\n'), u.write(b'+'))\n") == "4 1\n"
    assert b.control("uart 2") == b"AT\r\n+".hex()
    assert b.control("uart 2") == ""
    assert b.control("uart 3") == "error: uart 1 or 2"
    assert b.control("uart 1 4") == "error: bad hex bytes"
    # (virtual clock: a read's timeout passes at once) on a real clock, a
    # read waiting for its timeout takes what arrives meanwhile
    r = booted(clock="real")
    ok(r, "from machine import UART\nu = UART(1, timeout=5000)\n")
    r.exec_raw_no_follow("print(u.read(3))\n")
    time.sleep(0.3)
    r.control_ok("uart 1 78797a")
    out, err = r.follow(10)
    assert out == b"b'xyz'\r\n" and err == b"", (out, err)
