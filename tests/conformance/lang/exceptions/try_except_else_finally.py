def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print('error:', e)
        return None
    else:
        print('ok')
        return result
    finally:
        print('finally', a, b)


print(divide(6, 3))
print(divide(1, 0))


def finally_overrides():
    try:
        return 'try'
    finally:
        print('cleanup runs before return')


print(finally_overrides())
