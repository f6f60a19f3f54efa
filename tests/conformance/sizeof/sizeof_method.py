print([].__sizeof__(), ().__sizeof__(), {}.__sizeof__(), (1).__sizeof__(), 'ab'.__sizeof__())
print(set().__sizeof__(), b'x'.__sizeof__(), 1.0.__sizeof__())
