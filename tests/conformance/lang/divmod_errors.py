# divmod of ints and floats: one computation, each type's own ZeroDivisionError message.
cases = [
    "divmod(7, 2)", "divmod(-7, 2)", "divmod(7, -2.0)", "divmod(7.5, 2)", "divmod(-0.0, 1)",
    "divmod(1, 0)", "divmod(10**30, 0)", "divmod(1, 0.0)", "divmod(1.0, 0)", "divmod(True, 0.0)",
    "(1.5).__divmod__(0)", "(1.0).__rdivmod__(0)", "(1).__rdivmod__(0.0)", "(3).__divmod__(2)",
    "divmod(10**400, 1.0)", "divmod(float('inf'), 3)", "divmod(5, float('nan'))", "divmod('a', 1)",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__, e)


class M(float):
    pass


print(divmod(M(7.5), 2), type(divmod(M(7.5), 2)[0]).__name__)
