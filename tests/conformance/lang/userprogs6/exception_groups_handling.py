import traceback
def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    return i
def run_all():
    errors = []
    for i in range(4):
        try:
            task(i)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
try:
    run_all()
except* ValueError as eg:
    for e in eg.exceptions:
        print("handled", e)
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("key handled")
except* OSError as e:
    print("os escaped:", repr(e))
def cleanup():
    try:
        {}["x"]
    except KeyError:
        None.attr
try:
    cleanup()
except AttributeError:
    traceback.print_exc()
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt:
    print("kbd")
except* ValueError:
    print("val")
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally before propagation")
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
err = ExceptionGroup("nested", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ZeroDivisionError(3)])])
traceback.print_exception(err)
def handler():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise RuntimeError("while handling") 
handler()
