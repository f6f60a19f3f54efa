for args in [(b"42",), (b" -7 ",), (bytearray(b"0x1f"), 0), (b"ff", 16), (b"1_000",), (b"x",), (b"\xff",), (b"1\x002",), (memoryview(b"12"),), (bytearray(b"9"),), (b"z", 36), (b"12", 3), ("12", 3), (b"",)]:
    try:
        print(args if not isinstance(args[0], memoryview) else "memoryview", int(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for a in [b"1.5", bytearray(b" 2e3 "), b"x", b"inf", bytearray(b"nan?"), b"1_0.5", b"\xff", b" -0.25\n", b""]:
    try: print(float(a))
    except Exception as e: print(type(e).__name__, e)
