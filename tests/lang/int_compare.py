# integer comparisons and chained comparisons
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 > 2, 3 == 3, 3 != 3)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 0 <= x < 5)
print(1 < 2 < 3 < 4, 1 < 2 > 3)
print(x == 5.0, x == 5, 5 == True, 1 == True, 0 == False)
print(max(3, 9, 2), min(3, 9, 2))
print(-1 < 0, -100 < -99)
