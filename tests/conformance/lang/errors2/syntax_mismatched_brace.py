foo(a, b}
