data = list(range(1, 11))
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks)
windows = [data[i:i + 4] for i in range(len(data) - 3)]
print(windows[:3], len(windows))
print(data[::2], data[1::2], list(zip(data[::2], data[1::2])))
text = 'abcdefgh'
print([text[i:i + 2] for i in range(0, len(text), 2)], text[len(text) // 2:])
