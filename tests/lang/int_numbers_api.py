# int as a number: real/imag/numerator/denominator/conjugate, bit_count, as_integer_ratio
for v in (0, 1, -7, 255, 2 ** 64 - 1, -(2 ** 100), True, False):
    print(v, v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.bit_count(), v.bit_length(), v.as_integer_ratio())
print(type(True.real).__name__, type((5).imag).__name__, (7).bit_count() + (-8).bit_count(), int.bit_count(10))
print(sum(x.bit_count() for x in range(256)), (2 ** 1000 - 1).bit_count(), (-(2 ** 200) + 1).bit_count())
