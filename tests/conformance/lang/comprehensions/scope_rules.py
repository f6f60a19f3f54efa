x = 'outer'
result = [x for x in range(3)]
print(x, result)
y = 10
print([y + i for i in range(3)])


class K:
    factor = 3
    values = [1, 2]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = str(e)


print(K.scaled)
