total = 0
for ch in 12345:
    total += ch
