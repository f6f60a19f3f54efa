# Comparing the memory of equivalent containers.
import sys

data = list(range(10))
as_tuple = tuple(data)
as_set = set(data)
as_dict = dict.fromkeys(data)
for name, obj in [('list', data), ('tuple', as_tuple), ('set', as_set), ('dict', as_dict)]:
    print(f'{name:6}{sys.getsizeof(obj):6}')
