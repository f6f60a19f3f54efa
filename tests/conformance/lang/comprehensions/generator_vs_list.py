import sys

squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print(sum(squares_list) == sum(squares_gen))
print(sum(squares_gen))
print(sys.getsizeof(squares_list) > sys.getsizeof([]))
print(type(squares_gen).__name__)
