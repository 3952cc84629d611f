# nested comprehensions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print(sum([sum(row) for row in matrix]))
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([[c for c in w] for w in ["ab", "cd"]])
pyth = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
