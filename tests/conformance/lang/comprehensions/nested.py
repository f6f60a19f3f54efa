matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([(x, y) for x in range(3) for y in range(x)])
flat = [n for row in matrix for n in row]
print(flat, sum(flat))
print([[0] * 3 for _ in range(2)])
