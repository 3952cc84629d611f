# integer literal forms
print(0, 00, 123, 0x7f, 0X7F, 0o17, 0O17, 0b101, 0B101)
print(1_000_000, 0xff_ff, 0b1111_0000)
print(-0x10, -0o10, -0b10)
print(0xffffffff, 0x7fffffff, 0x100000000)
print(abs(-12), abs(12), abs(0))
x = 5
y = -x
print(y, -y, abs(y))
