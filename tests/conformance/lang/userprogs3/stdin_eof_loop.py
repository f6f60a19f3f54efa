while True:
    try:
        line = input()
    except EOFError:
        break
    if not line:
        continue
    a, *b = line.split()
    print(a.upper(), b)
name = input("Name: ")
