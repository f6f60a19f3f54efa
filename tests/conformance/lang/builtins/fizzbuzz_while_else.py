for i in range(1, 16):
    print('FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else i, end=' ')
print()
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print('while finished without break', n)
for x in [1, 3, 5]:
    if x % 2 == 0:
        print('found even')
        break
else:
    print('no even number')
