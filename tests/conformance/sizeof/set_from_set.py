# set() of a set, frozenset, dict or list: presized as set_update_internal does.
import sys
a = set(range(100))
print(sys.getsizeof(a), sys.getsizeof(a.copy()), sys.getsizeof(frozenset(a)), sys.getsizeof(a | set()), sys.getsizeof(set(frozenset(a))), sys.getsizeof(set(a)))
print(sys.getsizeof(set({i: i for i in range(50)})), sys.getsizeof(set(list(range(50)))), sys.getsizeof(set(range(50))))
